import { describe, expect, it } from 'vitest';
import type { CatalogueEntry } from '../../src/domain/catalogue/catalogueEntry';
import type { ProfileCatalogue } from '../../src/service/ports';

const BORN = new Date('2026-01-05T09:00:00.000Z');
const REBORN = new Date('2026-04-01T08:00:00.000Z');
const AT = new Date('2026-05-01T00:00:00.000Z');

function anEntry(name: string, overrides: Partial<CatalogueEntry> = {}): CatalogueEntry {
  return {
    securityProfileName: name,
    securityProfileArn: `arn:aws:iot:eu-west-1:123456789012:securityprofile/${name}`,
    ownerTeam: 'team-a',
    version: 3n,
    creationDate: BORN,
    lastModifiedDate: new Date('2026-02-01T10:00:00.500Z'),
    ...overrides,
  };
}

let lists = 0;

/** What listings, changes and the drift scan rely on from the profile catalogue, fake and DynamoDB alike. */
export function describeProfileCatalogueContract(
  implementation: string,
  underTest: () => ProfileCatalogue,
): void {
  describe(`ProfileCatalogue contract: ${implementation}`, () => {
    // Each test its own teams, so tests sharing one table never see each other's entries.
    const teams = () => {
      lists += 1;
      return [`team-${lists}-a`, `team-${lists}-b`, `team-${lists}-c`] as const;
    };
    const names = (page: Awaited<ReturnType<ProfileCatalogue['list']>>) =>
      page.edges.map(({ entry }) => entry.securityProfileName);

    it('gives back what was recorded, dates and 64-bit versions exact', async () => {
      const catalogue = underTest();
      const [team] = teams();
      const entry = anEntry(`${team}-exact`, { ownerTeam: team, version: 9_007_199_254_740_993n });
      await catalogue.record(entry, AT);

      const page = await catalogue.list({ ownerTeams: [team] }, {});

      expect(page.edges.map((edge) => edge.entry)).toEqual([entry]);
      expect(page.hasNextPage).toBe(false);
    });

    it('never goes back to an older version or incarnation, and takes a new owner at the same version', async () => {
      const catalogue = underTest();
      const [a, b] = teams();
      const name = `${a}-ordered`;
      await catalogue.record(anEntry(name, { ownerTeam: a, version: 5n }), AT);
      await catalogue.record(anEntry(name, { ownerTeam: a, version: 4n }), AT);
      await catalogue.record(anEntry(name, { ownerTeam: b, version: 5n }), AT);
      await catalogue.record(anEntry(name, { ownerTeam: b, version: 1n, creationDate: REBORN }), AT);
      await catalogue.record(anEntry(name, { ownerTeam: a, version: 7n, creationDate: BORN }), AT);

      const ofB = await catalogue.list({ ownerTeams: [b] }, {});
      const ofA = await catalogue.list({ ownerTeams: [a] }, {});

      expect(ofB.edges.map((edge) => [edge.entry.version, edge.entry.creationDate])).toEqual([[1n, REBORN]]);
      expect(ofA.edges).toEqual([]);
    });

    it('lists the teams asked for, merged in name order, a page at a time, with cursors', async () => {
      const catalogue = underTest();
      const [a, b, c] = teams();
      const recorded = ['m', 'b', 'x', 'a', 'q', 'c', 'z'].map((letter, i) =>
        anEntry(`${a}-${letter}`, { ownerTeam: [a, b, c][i % 3] }),
      );
      for (const entry of recorded) await catalogue.record(entry, AT);

      const first = await catalogue.list({ ownerTeams: [a, b] }, { first: 2 });
      const second = await catalogue.list({ ownerTeams: [a, b] }, { first: 2, after: first.endCursor });
      const third = await catalogue.list({ ownerTeams: [a, b] }, { first: 2, after: second.endCursor });

      expect([...names(first), ...names(second), ...names(third)]).toEqual(
        ['a', 'b', 'm', 'q', 'z'].map((letter) => `${a}-${letter}`),
      );
      expect([first.hasNextPage, second.hasNextPage, third.hasNextPage]).toEqual([true, true, false]);
      expect(first.edges[1]?.cursor).toBe(first.endCursor);
    });

    it('lists every entry, owned or not, for the whole account', async () => {
      const catalogue = underTest();
      const [a] = teams();
      await catalogue.record(anEntry(`${a}-owned`, { ownerTeam: a }), AT);
      const unowned = anEntry(`${a}-unowned`);
      delete unowned.ownerTeam;
      await catalogue.record(unowned, AT);

      const all: string[] = [];
      let after: string | undefined;
      do {
        const page = await catalogue.list({ allTeams: true }, { first: 100, ...(after && { after }) });
        all.push(...names(page));
        after = page.hasNextPage ? page.endCursor : undefined;
      } while (after);

      expect(all).toEqual(expect.arrayContaining([`${a}-owned`, `${a}-unowned`]));
      expect(all).toEqual([...all].sort());
    });

    it('refuses a cursor of another list, and a page size out of range, naming the field', async () => {
      const catalogue = underTest();
      const [a, b] = teams();
      await catalogue.record(anEntry(`${a}-1`, { ownerTeam: a }), AT);
      await catalogue.record(anEntry(`${a}-2`, { ownerTeam: a }), AT);
      const page = await catalogue.list({ ownerTeams: [a] }, { first: 1 });

      await expect(catalogue.list({ ownerTeams: [b] }, { after: page.endCursor })).rejects.toMatchObject({
        issues: [{ path: 'after', message: 'is not a cursor of this list' }],
      });
      await expect(catalogue.list({ ownerTeams: [a] }, { first: 0 })).rejects.toMatchObject({
        issues: [{ path: 'first' }],
      });
    });

    it('forgets a deleted incarnation only, and what the scan did not see since it began', async () => {
      const catalogue = underTest();
      const [a] = teams();
      await catalogue.record(anEntry(`${a}-deleted`, { ownerTeam: a, creationDate: REBORN }), AT);
      await catalogue.record(anEntry(`${a}-stale`, { ownerTeam: a }), AT);
      await catalogue.record(anEntry(`${a}-fresh`, { ownerTeam: a }), new Date(AT.getTime() + 60_000));

      await catalogue.remove(`${a}-deleted`, { creationDate: BORN });
      const kept = names(await catalogue.list({ ownerTeams: [a] }, {}));
      await catalogue.remove(`${a}-deleted`, { creationDate: REBORN });
      await catalogue.remove(`${a}-stale`, { recordedBefore: new Date(AT.getTime() + 1) });
      await catalogue.remove(`${a}-fresh`, { recordedBefore: new Date(AT.getTime() + 1) });
      await catalogue.remove(`${a}-never-there`, { recordedBefore: new Date(AT.getTime() + 1) });

      expect(kept).toEqual([`${a}-deleted`, `${a}-fresh`, `${a}-stale`]);
      expect(names(await catalogue.list({ ownerTeams: [a] }, {}))).toEqual([`${a}-fresh`]);
    });
  });
}
