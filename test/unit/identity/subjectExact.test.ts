import { describe, expect, it } from 'vitest';
import {
  aGraphqlEvent,
  aHandlerHarness,
  anEvent,
  NAME,
  type GatewayAnswer,
} from '../../fakes/handlerHarness';
import { loadEventFixture } from '../../fixtures/events/loadEventFixture';

const SUB = loadEventFixture('cognitoGroups').requestContext.authorizer.jwt.claims.sub as string;
const MINE = 'query { myAuditEvents { edges { node { eventId } } } }';

const graphqlEdges = (answer: GatewayAnswer) =>
  (answer.body.data as { myAuditEvents: { edges: unknown[] } }).myAuditEvents.edges;

describe('the caller’s sub, compared exactly', () => {
  it('gives a padded sub none of the events of the sub it would trim to, on GraphQL and REST', async () => {
    const gateway = aHandlerHarness();
    const change = await gateway.invoke(
      aGraphqlEvent(
        `mutation { patchSecurityProfile(input: { securityProfileName: "${NAME}", securityProfileDescription: "mine" }) { auditEventId } }`,
      ),
    );
    expect(change.body.errors).toBeUndefined();

    const own = await gateway.invoke(aGraphqlEvent(MINE));
    const padded = await gateway.invoke(aGraphqlEvent(MINE, undefined, { sub: ` ${SUB} ` }));
    const ownRest = await gateway.invoke(anEvent('GET', '/audit-events/mine'));
    const paddedRest = await gateway.invoke(
      anEvent('GET', '/audit-events/mine', undefined, { sub: `${SUB}\t` }),
    );

    expect(graphqlEdges(own)).toHaveLength(1);
    expect(graphqlEdges(padded)).toEqual([]);
    expect(ownRest.body.events).toHaveLength(1);
    expect(paddedRest.body.events).toEqual([]);
  });
});
