import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/domain/actor';
import { catalogueEntryOf } from '../../../src/domain/catalogue/catalogueEntry';
import type { PageRequest } from '../../../src/service/ports';
import { aProfile } from '../../fixtures/profiles';
import { admin, aServiceHarness, teamA, teamB } from '../../fakes/serviceHarness';

const auditor: Actor = { subject: 'eve', teams: ['security-audit'], isAdmin: false };
const bothTeams: Actor = { subject: 'carol', teams: ['team-a', 'team-b'], isAdmin: false };
const OWNERS = ['team-a', 'team-b', 'team-c', undefined] as const;

/**
 * 300 profiles of three teams and none, in the store and in the catalogue (as the
 * scan records them; `scanned` runs the scan itself instead).
 */
async function aCatalogued({ scanned = false } = {}) {
  const harness = aServiceHarness();
  for (let i = 0; i < 300; i++) {
    const owner = OWNERS[i % OWNERS.length];
    const profile = aProfile({
      securityProfileName: `p-${String(i).padStart(3, '0')}`,
      version: BigInt(i + 1),
    });
    harness.store.put(profile, owner);
    if (!scanned) await harness.catalogue.record(catalogueEntryOf(profile, owner), new Date(0));
  }
  if (scanned) expect((await harness.scanWithCatalogue()).scan.failed).toEqual([]);
  return harness;
}

type Harness = Awaited<ReturnType<typeof aCatalogued>>;

async function listAll(harness: Harness, actor: Actor, ownerTeam?: string, first = 40) {
  const names: string[] = [];
  let page: PageRequest = { first };
  for (;;) {
    const listed = await harness.service.list(harness.callAs(actor), ownerTeam, page);
    names.push(...listed.edges.map(({ entry }) => entry.securityProfileName));
    if (!listed.hasNextPage) return names;
    page = { first, after: listed.endCursor };
  }
}

function ownedBy(teams: readonly (string | undefined)[] | 'all'): string[] {
  const names: string[] = [];
  for (let i = 0; i < 300; i++) {
    if (teams === 'all' || teams.includes(OWNERS[i % OWNERS.length]))
      names.push(`p-${String(i).padStart(3, '0')}`);
  }
  return names;
}

describe('securityProfiles: the catalogue, a page at a time', () => {
  it.each([
    ['a team member', teamA, ['team-a']],
    ['a member of two teams', bothTeams, ['team-a', 'team-b']],
  ] as const)('gives %s exactly its teams’ profiles, in name order', async (_who, actor, teams) => {
    const harness = await aCatalogued();

    expect(await listAll(harness, actor)).toEqual(ownedBy(teams));
  });

  it.each([
    ['an admin', admin],
    ['an auditor', auditor],
  ])('gives %s every profile, owned or not', async (_who, actor) => {
    const harness = await aCatalogued();

    expect(await listAll(harness, actor, undefined, 100)).toEqual(ownedBy('all'));
  });

  it('costs one catalogue query per team listed per page, and never asks IoT', async () => {
    const harness = await aCatalogued();
    const loads = harness.store.loads;
    harness.catalogue.queries = 0;

    const page = await harness.service.list(harness.callAs(bothTeams), undefined, { first: 20 });

    expect(page.edges).toHaveLength(20);
    expect(harness.catalogue.queries).toBe(2);
    expect(harness.store.loads).toBe(loads);
  });

  it('narrows to ownerTeam for its members, admins and auditors, and refuses anyone else naming the field', async () => {
    const harness = await aCatalogued();

    expect(await listAll(harness, bothTeams, 'team-b')).toEqual(ownedBy(['team-b']));
    expect(await listAll(harness, auditor, 'team-c')).toEqual(ownedBy(['team-c']));
    await expect(harness.service.list(harness.callAs(teamB), 'team-a', {})).rejects.toMatchObject({
      code: 'FORBIDDEN',
      path: 'ownerTeam',
    });
  });

  it('shows a change of the gateway at once: a create, a transfer, a delete', async () => {
    const harness = await aCatalogued();
    const { service, callAs } = harness;
    const options = { dryRun: false, input: {} };

    await service.create(callAs(teamA), { securityProfileName: 'a-first' }, options);
    const afterCreate = await service.list(callAs(teamA), undefined, { first: 1 });
    await service.transferOwnership(
      callAs(admin),
      { securityProfileName: 'a-first', toTeam: 'team-b' },
      options,
    );
    const ofB = await service.list(callAs(teamB), undefined, { first: 1 });
    await service.delete(callAs(teamB), { securityProfileName: 'a-first' }, options);
    const afterDelete = await service.list(callAs(teamB), undefined, { first: 1 });

    expect(afterCreate.edges[0]?.entry).toMatchObject({
      securityProfileName: 'a-first',
      ownerTeam: 'team-a',
      version: 1n,
    });
    expect(ofB.edges[0]?.entry).toMatchObject({ securityProfileName: 'a-first', ownerTeam: 'team-b' });
    expect(afterDelete.edges[0]?.entry.securityProfileName).toBe('p-001');
  });

  it('follows changes made outside the gateway at the next scan: new owner, new version, deleted', async () => {
    const harness = await aCatalogued({ scanned: true });
    const { store } = harness;
    store.setOwner('p-000', 'team-b');
    store.put(aProfile({ securityProfileName: 'p-004', version: 99n }), 'team-a');
    store.remove('p-008');
    harness.advance(60_000);

    const scanned = await harness.scanWithCatalogue();
    const ofA = await harness.service.list(harness.callAs(teamA), undefined, { first: 3 });

    expect(scanned.removed).toEqual(['p-008']);
    expect(ofA.edges.map(({ entry }) => [entry.securityProfileName, entry.version])).toEqual([
      ['p-004', 99n],
      ['p-012', 13n],
      ['p-016', 17n],
    ]);
  });
});
