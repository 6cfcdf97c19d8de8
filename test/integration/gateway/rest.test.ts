import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument, type OpenApiDocument } from '../../../src/rest/openApiDocument';
import { aRunningLocalStack, type RunningLocalStack } from './localStackHarness';

/** The members of IoT's shapes these tests read, as the REST routes answer them: exact 64-bit counts, epoch-second dates. */
interface RestBehavior {
  name: string;
  criteria?: { comparisonOperator?: string; value?: { count?: bigint | number } };
}
interface RestProfile {
  version: number;
  creationDate: number;
  behaviors?: RestBehavior[];
}
interface RestChange {
  path: string;
  after?: unknown;
}
interface RestAuditEvent {
  operation: string;
  outcome: string;
  actor: { subject: string };
  time: number;
  completedAt: number;
  incarnation: { creationDate: number };
  before?: RestProfile;
  after?: RestProfile;
  changes: RestChange[];
}
/** Every answer of the routes: a profile, a change's payload, a page of events or an error. */
interface RestAnswer extends Partial<RestProfile> {
  attempts?: number;
  applied?: boolean;
  securityProfile?: RestProfile;
  changes?: RestChange[];
  warnings?: unknown[];
  message?: string;
  events?: { event: RestAuditEvent }[];
  hasNextPage?: boolean;
}

describe('the REST routes through the local stack', () => {
  let local: RunningLocalStack;
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    local = await aRunningLocalStack();
    alice = await local.tokenFor('alice', ['team-a']);
    bob = await local.tokenFor('bob', ['team-b']);
  });
  afterAll(() => local.close());

  // Every answer is checked against the served OpenAPI document (see localStackHarness).
  const call = (method: string, path: string, token: string, body?: string) =>
    local.rest<RestAnswer>(method, path, token, body);

  it('describes a profile in IoT’s JSON shape, dates as epoch seconds', async () => {
    const { status, body } = await call('GET', '/security-profiles/PossibleIssue', alice);

    expect(status).toBe(200);
    expect(body).toMatchObject({
      securityProfileName: 'PossibleIssue',
      version: 1,
      behaviors: [{ name: 'Authorization' }],
    });
    expect(typeof body.creationDate).toBe('number');
  });

  it('updates with IoT’s own request body and keeps a 64-bit count exact', async () => {
    const body = `{"behaviors":[{"name":"Huge","metric":"aws:num-messages-sent","criteria":{"comparisonOperator":"greater-than","value":{"count":1152921504606846977},"durationSeconds":300}}]}`;

    const { status, body: answer } = await call(
      'PATCH',
      '/security-profiles/PossibleIssue?expectedVersion=1',
      alice,
      body,
    );

    expect(status).toBe(200);
    expect(answer.attempts).toBe(1);
    expect(answer.securityProfile?.version).toBe(2);
    expect(answer.securityProfile?.behaviors?.[0]?.criteria?.value?.count).toBe(1152921504606846977n);
  });

  it('patches by behavior name and reports the field changes', async () => {
    const patch = JSON.stringify({
      upsertBehaviors: [
        {
          name: 'Extra',
          metric: 'aws:num-disconnects',
          criteria: { comparisonOperator: 'greater-than', value: { count: 5 }, durationSeconds: 600 },
        },
      ],
    });

    const { status, body } = await call('POST', '/security-profiles/PossibleIssue/patch', alice, patch);

    expect(status).toBe(200);
    expect(body.securityProfile?.behaviors?.map((b) => b.name)).toEqual(['Huge', 'Extra']);
    expect(body.changes?.[0]).toMatchObject({
      path: 'behaviors[name=Extra]',
      after: { criteria: { comparisonOperator: 'greater-than', value: { count: 5 } } },
    });
  });

  it.each([
    [
      'a wrongly typed member',
      'PATCH',
      '/security-profiles/PossibleIssue',
      '{"behaviors":"none"}',
      400,
      'BAD_USER_INPUT',
      'behaviors',
    ],
    [
      'an unknown member',
      'PATCH',
      '/security-profiles/PossibleIssue',
      '{"behaviorz":[]}',
      400,
      'BAD_USER_INPUT',
      'behaviorz',
    ],
    [
      'a stale expectedVersion',
      'PATCH',
      '/security-profiles/PossibleIssue?expectedVersion=1',
      '{"securityProfileDescription":"x"}',
      409,
      'VERSION_CONFLICT',
      undefined,
    ],
    [
      'a patch spelling an operator as GraphQL does',
      'POST',
      '/security-profiles/PossibleIssue/patch?dryRun=true',
      '{"upsertBehaviors":[{"name":"G","metric":"aws:num-disconnects","criteria":{"comparisonOperator":"GREATER_THAN","value":{"count":5},"durationSeconds":300}}]}',
      400,
      'BAD_USER_INPUT',
      'upsertBehaviors[0].criteria.comparisonOperator',
    ],
    ['a missing profile', 'GET', '/security-profiles/Nope', undefined, 404, 'NOT_FOUND', undefined],
  ])('answers %s with the right status and code', async (_case, method, path, body, status, code, field) => {
    const answer = await call(method, path, alice, body);

    expect(answer.status).toBe(status);
    expect(answer.body).toMatchObject({ code, ...(field && { field }) });
  });

  it('makes a change a reading finds fault with, listing it in the body’s warnings', async () => {
    const body = `{"behaviors":[{"name":"Exported","metric":"aws:num-messages-sent","exportMetric":true,"criteria":{"comparisonOperator":"greater-than","value":{"count":5},"durationSeconds":300}}]}`;

    const { status, body: answer } = await call('PATCH', '/security-profiles/TeamBBaseline', bob, body);

    expect(status).toBe(200);
    expect(answer.applied).toBe(true);
    expect(answer.warnings).toEqual([
      {
        code: 'UNCONFIRMED_RULE',
        field: 'behaviors[0].exportMetric',
        message: expect.stringContaining('(exportNeedsConfig)') as string,
      },
    ]);
  });

  it('answers what IoT refuses, a reading the gateway only warned of, with 400, IoT’s words and the field', async () => {
    const { status, body } = await call(
      'PATCH',
      '/security-profiles/TeamBBaseline',
      bob,
      '{"securityProfileDescription":"Überwachung"}',
    );

    expect(status).toBe(400);
    expect(body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'securityProfileDescription' });
    expect(body.message).toContain(
      'failed to satisfy constraint: Member must satisfy regular expression pattern',
    );
  });

  it('refuses another team with 404, as for a missing profile', async () => {
    const { status, body } = await call(
      'PATCH',
      '/security-profiles/PossibleIssue',
      bob,
      '{"securityProfileDescription":"x"}',
    );

    expect(status).toBe(404);
    expect(body).toEqual({
      code: 'NOT_FOUND',
      message: expect.stringContaining("'PossibleIssue'") as string,
    });
  });

  it('lists the profile’s audit trail newest first', async () => {
    const { status, body } = await call(
      'GET',
      '/security-profiles/PossibleIssue/audit-events?first=2',
      alice,
    );

    expect(status).toBe(200);
    expect(body.events).toHaveLength(2);
    expect(body.hasNextPage).toBe(true);
    // Newest first: the refusal of the test before, then the stale-version conflict.
    expect(body.events?.map((e) => [e.event.outcome, e.event.actor.subject])).toEqual([
      ['DENIED', 'bob'],
      ['CONFLICT', 'alice'],
    ]);
  });

  it('answers audit events in IoT’s spelling: epoch-second dates, operators, exact counts', async () => {
    const { body } = await call('GET', '/audit-events/mine?first=10', alice);
    const events = body.events?.map((e) => e.event) ?? [];
    const update = events.find((e) => e.operation === 'UPDATE' && e.outcome === 'SUCCEEDED');
    const patch = events.find((e) => e.operation === 'PATCH' && e.outcome === 'SUCCEEDED');

    expect(update).toMatchObject({ versionBefore: 1, versionAfter: 2 });
    if (!update || !patch) throw new Error('no applied update and patch in the trail');
    expect(Math.abs(update.time * 1000 - Date.now())).toBeLessThan(10 * 60 * 1000);
    expect(update.completedAt).toBeGreaterThanOrEqual(update.time);
    expect(update.incarnation.creationDate).toBe(update.before?.creationDate);
    expect(typeof update.before?.creationDate).toBe('number');
    expect(update.after?.behaviors?.[0]?.criteria?.value?.count).toBe(1152921504606846977n);
    expect(update.changes).toContainEqual(
      expect.objectContaining({
        path: 'behaviors[name=Huge]',
        after: expect.objectContaining({
          criteria: expect.objectContaining({
            comparisonOperator: 'greater-than',
            value: { count: 1152921504606846977n },
          }) as unknown,
        }) as unknown,
      }),
    );
    expect(patch.changes[0]).toMatchObject({
      path: 'behaviors[name=Extra]',
      after: { criteria: { comparisonOperator: 'greater-than' } },
    });
  });

  it('serves its OpenAPI 3.1 document without a token, made from the route table', async () => {
    const response = await fetch(local.stack.openApiUrl);
    const document = (await response.json()) as OpenApiDocument;

    expect(response.status).toBe(200);
    expect(document).toEqual(openApiDocument());
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toContain('/security-profiles/{securityProfileName}/patch');
  });

  it('answers an unknown path as API Gateway does', async () => {
    const { status, body } = await call('GET', '/nothing-here', alice);

    expect(status).toBe(404);
    expect(body).toEqual({ message: 'Not Found' });
  });
});
