import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { dataOf, type Answer } from '../../graphql/answer';
import { graphql } from '../../graphql/generated';
import type { UpdateSecurityProfileInput } from '../../graphql/generated/graphql';
import { aRunningLocalStack, type RunningLocalStack } from './localStackHarness';

const UPDATE = graphql(`
  mutation AuditCompletenessUpdate($input: UpdateSecurityProfileInput!) {
    updateSecurityProfile(input: $input) {
      auditEventId
      changes {
        path
        before
        after
      }
    }
  }
`);
const MINE = graphql(`
  query AuditCompletenessMine {
    myAuditEvents(first: 20) {
      edges {
        node {
          eventId
          outcome
          errorCode
          attempts
          securityProfileName
          versionBefore
          versionAfter
          changes {
            path
            before
            after
          }
        }
      }
    }
  }
`);

describe('one final audit event for every outcome', () => {
  let local: RunningLocalStack;
  let carol: string;
  const payloads: Record<string, Answer<ResultOf<typeof UPDATE>>> = {};

  beforeAll(async () => {
    local = await aRunningLocalStack();
    carol = await local.tokenFor('carol', ['team-a']);
    const send = async (label: string, input: UpdateSecurityProfileInput) => {
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

    const events = dataOf(body).myAuditEvents.edges.map((edge) => edge.node);
    expect(events.map((e) => [e.outcome, e.errorCode, e.securityProfileName])).toEqual([
      ['FAILED', 'NOT_FOUND', 'NoSuchProfile'],
      ['CONFLICT', 'VERSION_CONFLICT', 'PossibleIssue'],
      ['INVALID', 'BAD_USER_INPUT', 'PossibleIssue'],
      // Refused on a profile carol may not read: her view of it is a missing profile's.
      ['FAILED', 'NOT_FOUND', 'TeamBBaseline'],
      ['SUCCEEDED', null, 'PossibleIssue'],
    ]);
  });

  it('gives the applied change the same id and diff as its payload', async () => {
    const { body } = await local.graphql(carol, MINE);

    const applied = dataOf(body)
      .myAuditEvents.edges.map((edge) => edge.node)
      .find((e) => e.outcome === 'SUCCEEDED');
    const payload = dataOf(payloads.applied ?? {}).updateSecurityProfile;
    expect(applied?.eventId).toBe(payload.auditEventId);
    expect(applied?.changes).toEqual(payload.changes);
    expect([applied?.versionBefore, applied?.versionAfter, applied?.attempts]).toEqual([1, 2, 1]);
  });

  it('names the failing field of the refused input in the error', () => {
    expect(payloads.invalid?.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'behaviors[0].criteria.durationSeconds',
    });
  });
});
