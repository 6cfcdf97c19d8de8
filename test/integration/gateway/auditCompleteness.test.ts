import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aRunningLocalStack, type RunningLocalStack } from './localStackHarness';

const UPDATE = `mutation($input: UpdateSecurityProfileInput!) {
  updateSecurityProfile(input: $input) { auditEventId changes { path before after } }
}`;
const MINE = `query { myAuditEvents(first: 20) { edges { node {
  eventId outcome errorCode attempts securityProfileName versionBefore versionAfter changes { path before after }
} } } }`;

describe('one final audit event for every outcome', () => {
  let local: RunningLocalStack;
  let carol: string;
  const payloads: Record<string, any> = {};

  beforeAll(async () => {
    local = await aRunningLocalStack();
    carol = await local.tokenFor('carol', ['team-a']);
    const send = async (label: string, input: Record<string, unknown>) => {
      payloads[label] = (await local.graphql(carol, UPDATE, { input })).body;
    };
    await send('applied', { securityProfileName: 'PossibleIssue', securityProfileDescription: 'Applied' });
    await send('denied', { securityProfileName: 'TeamBBaseline', securityProfileDescription: 'Not mine' });
    await send('invalid', {
      securityProfileName: 'PossibleIssue',
      behaviors: [
        {
          name: 'B',
          metric: 'aws:num-messages-sent',
          criteria: { comparisonOperator: 'GREATER_THAN', value: { count: 1 }, durationSeconds: 7 },
        },
      ],
    });
    await send('conflict', {
      securityProfileName: 'PossibleIssue',
      securityProfileDescription: 'Stale',
      expectedVersion: 1,
    });
    await send('failed', { securityProfileName: 'NoSuchProfile', securityProfileDescription: 'Missing' });
    await send('dryRun', {
      securityProfileName: 'PossibleIssue',
      securityProfileDescription: 'Dry',
      dryRun: true,
    });
  });
  afterAll(() => local.close());

  it('records exactly one final event per call, none for the dry run, and none left PENDING', async () => {
    const { body } = await local.graphql(carol, MINE);

    const events = body.data.myAuditEvents.edges.map((edge: any) => edge.node);
    expect(events.map((e: any) => [e.outcome, e.errorCode, e.securityProfileName])).toEqual([
      ['FAILED', 'NOT_FOUND', 'NoSuchProfile'],
      ['CONFLICT', 'VERSION_CONFLICT', 'PossibleIssue'],
      ['INVALID', 'BAD_USER_INPUT', 'PossibleIssue'],
      ['DENIED', 'FORBIDDEN', 'TeamBBaseline'],
      ['SUCCEEDED', null, 'PossibleIssue'],
    ]);
  });

  it('gives the applied change the same id and diff as its payload', async () => {
    const { body } = await local.graphql(carol, MINE);

    const applied = body.data.myAuditEvents.edges
      .map((edge: any) => edge.node)
      .find((e: any) => e.outcome === 'SUCCEEDED');
    expect(applied.eventId).toBe(payloads.applied.data.updateSecurityProfile.auditEventId);
    expect(applied.changes).toEqual(payloads.applied.data.updateSecurityProfile.changes);
    expect([applied.versionBefore, applied.versionAfter, applied.attempts]).toEqual([1, 2, 1]);
  });

  it('names the failing field of the refused input in the error', () => {
    expect(payloads.invalid.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'behaviors[0].criteria.durationSeconds',
    });
  });
});
