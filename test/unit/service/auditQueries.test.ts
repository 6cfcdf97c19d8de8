import { describe, expect, it } from 'vitest';
import { AuthorizationError } from '../../../src/domain/errors';
import { aProfile } from '../../fixtures/profiles';
import { admin, aServiceHarness, teamA, teamB } from '../../fakes/serviceHarness';

const NAME = 'team-a-sensors';
const options = { dryRun: false, input: {} };

describe('reading the audit trail', () => {
  // The order is the trail's, held to DynamoDB's by test/contract/auditTrail.test.ts. What the
  // service adds: every call is listed, refusals included, and the page request reaches the trail.
  it('shows its owner team every call on a profile, a refusal of another team included, page by page', async () => {
    const { service, store, callAs } = aServiceHarness();
    store.put(aProfile({ securityProfileName: NAME }), 'team-a');
    const describe = (securityProfileDescription: string) => ({
      securityProfileName: NAME,
      securityProfileDescription,
    });
    await service.update(callAs(teamA), describe('one'), options);
    await service.update(callAs(teamB), describe('theirs'), options).catch(() => undefined);
    await service.update(callAs(teamA), describe('two'), options);

    const first = await service.auditTrail(callAs(teamA), NAME, { first: 2 });
    const rest = await service.auditTrail(callAs(teamA), NAME, { first: 2, after: first.endCursor });

    expect(first.hasNextPage).toBe(true);
    expect([...first.edges, ...rest.edges].map(({ event }) => [event.outcome, event.actor.subject])).toEqual([
      ['SUCCEEDED', 'alice'],
      ['DENIED', 'bob'],
      ['SUCCEEDED', 'alice'],
    ]);
  });

  it('shows callers their own events across profiles, and nobody else’s', async () => {
    const { service, store, callAs } = aServiceHarness();
    store.put(aProfile({ securityProfileName: NAME }), 'team-a');
    store.put(aProfile({ securityProfileName: 'team-b-sensors' }), 'team-b');
    await service.update(
      callAs(teamA),
      { securityProfileName: NAME, securityProfileDescription: 'a' },
      options,
    );
    await service.update(
      callAs(teamB),
      { securityProfileName: 'team-b-sensors', securityProfileDescription: 'b' },
      options,
    );

    const page = await service.myAuditEvents(callAs(teamB), {});

    expect(page.edges.map(({ event }) => [event.securityProfileName, event.actor.subject])).toEqual([
      ['team-b-sensors', 'bob'],
    ]);
  });

  it('refuses another team', async () => {
    const { service, store, callAs } = aServiceHarness();
    store.put(aProfile({ securityProfileName: NAME }), 'team-a');

    await expect(service.auditTrail(callAs(teamB), NAME, {})).rejects.toBeInstanceOf(AuthorizationError);
  });

  it('keeps the history of a profile that no longer exists for admins only', async () => {
    const { service, callAs } = aServiceHarness();

    const forAdmin = await service.auditTrail(callAs(admin), 'Deleted', {});
    const forTeam = service.auditTrail(callAs(teamA), 'Deleted', {});

    expect(forAdmin.edges).toEqual([]);
    await expect(forTeam).rejects.toMatchObject({ rule: 'ADMIN_ONLY_UNOWNED' });
  });
});
