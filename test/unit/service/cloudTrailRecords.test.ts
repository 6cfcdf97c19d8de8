import { describe, expect, it } from 'vitest';
import { readCloudTrailEvent } from '../../../src/adapters/cloudtrail/readCloudTrailEvent';
import type { IotApiCall } from '../../../src/domain/drift/iotApiCall';
import { DriftDeferredError } from '../../../src/service/drift/recordIotApiCall';
import { UpstreamUnavailableError } from '../../../src/domain/errors';
import { aProfile } from '../../fixtures/profiles';
import { aServiceHarness, teamA } from '../../fakes/serviceHarness';

const NAME = 'team-a-sensors';
const ARN = aProfile({ securityProfileName: NAME }).securityProfileArn;

/** A CloudTrail record as EventBridge delivers it ("AWS API Call via CloudTrail"). */
function delivered(detail: Record<string, unknown>) {
  return {
    version: '0',
    id: 'e1',
    'detail-type': 'AWS API Call via CloudTrail',
    source: 'aws.iot',
    detail: {
      eventVersion: '1.09',
      eventSource: 'iot.amazonaws.com',
      eventName: 'UpdateSecurityProfile',
      eventID: 'ct-event-1',
      eventTime: '2026-03-01T12:00:00Z',
      userIdentity: { type: 'IAMUser', arn: 'arn:aws:iam::123456789012:user/ops', accessKeyId: 'AKIAOPS' },
      sourceIPAddress: '203.0.113.9',
      userAgent: 'aws-cli/2.15.0',
      requestParameters: { securityProfileName: NAME, securityProfileDescription: 'by hand' },
      ...detail,
    },
  };
}
const callOf = (detail: Record<string, unknown> = {}): IotApiCall => readCloudTrailEvent(delivered(detail))!;

function seeded() {
  const harness = aServiceHarness();
  harness.store.put(aProfile({ securityProfileName: NAME, version: 3n }), 'team-a');
  return harness;
}

describe('reading what EventBridge delivers', () => {
  it('reads the IoT call of a CloudTrail record, null parameters as none', () => {
    const call = readCloudTrailEvent(
      delivered({ requestParameters: null, errorCode: 'ThrottlingException' }),
    );

    expect(call).toEqual({
      eventName: 'UpdateSecurityProfile',
      eventID: 'ct-event-1',
      eventTime: '2026-03-01T12:00:00Z',
      errorCode: 'ThrottlingException',
      userIdentity: { type: 'IAMUser', arn: 'arn:aws:iam::123456789012:user/ops', accessKeyId: 'AKIAOPS' },
      sourceIPAddress: '203.0.113.9',
      userAgent: 'aws-cli/2.15.0',
      requestParameters: {},
    });
  });

  it.each([
    ['another detail type', { ...delivered({}), 'detail-type': 'Scheduled Event' }],
    ['another service', delivered({ eventSource: 's3.amazonaws.com' })],
    ['a record without an id', delivered({ eventID: undefined })],
    ['nothing like an event', 'hello'],
  ])('ignores %s', (_what, event) => {
    expect(readCloudTrailEvent(event)).toBeUndefined();
  });
});

describe('a CloudTrail record of a call on a security profile', () => {
  it('of the gateway’s own write is kept as evidence for its audit event, never recorded as a change', async () => {
    const harness = seeded();
    const auditEventId = '01KJMMA2G0HJ31FHGGDRJWX9B1';

    const outcome = await harness.cloudTrail(
      callOf({
        userIdentity: { type: 'AssumedRole', sessionContext: { sessionIssuer: { arn: 'gateway-role' } } },
        userAgent: `aws-sdk-js/3.1168.0 audit-event/${auditEventId}`,
        requestParameters: { securityProfileName: NAME, expectedVersion: 3 },
      }),
    );

    expect(outcome).toEqual({ kind: 'gateway-call', auditEventId });
    expect(await harness.calls.callsOf(auditEventId)).toEqual([
      {
        auditEventId,
        cloudTrailEventId: 'ct-event-1',
        eventName: 'UpdateSecurityProfile',
        eventTime: '2026-03-01T12:00:00Z',
        expectedVersion: 3n,
      },
    ]);
    expect(harness.auditLog.stored()).toEqual([]);
  });

  it('that only claims to be the gateway (its User-Agent, another identity) is a change made outside', async () => {
    const harness = seeded();
    await harness.scan();
    const current = harness.store.get(NAME)!;
    harness.store.put({ ...current.profile, version: 4n, securityProfileDescription: 'sneaky' }, 'team-a');
    const modified = harness.store.get(NAME)!.profile.lastModifiedDate!.toISOString();

    const outcome = await harness.cloudTrail(
      callOf({ userAgent: 'aws-sdk-js audit-event/01KJMMA2G0HJ31FHGGDRJWX9B1', eventTime: modified }),
    );

    expect(outcome.kind).toBe('recorded');
    const outside = harness.auditLog.stored().find((event) => event.operation === 'OUT_OF_BAND_CHANGE');
    expect(outside?.attribution).toMatchObject({ principal: 'arn:aws:iam::123456789012:user/ops' });
  });

  it('of a call that failed changed nothing: ignored', async () => {
    const outcome = await seeded().cloudTrail(callOf({ errorCode: 'VersionConflictException' }));

    expect(outcome).toMatchObject({ kind: 'ignored' });
  });

  it('of a tag call on another kind of IoT resource is ignored', async () => {
    const outcome = await seeded().cloudTrail(
      callOf({
        eventName: 'TagResource',
        requestParameters: { resourceArn: 'arn:aws:iot:eu-west-1:1:thing/t' },
      }),
    );

    expect(outcome).toMatchObject({ kind: 'ignored', reason: 'not about a security profile' });
  });

  it('adds who made it to the change a call of the gateway found first, once', async () => {
    const harness = seeded();
    await harness.scan();
    harness.advance(60_000);
    const current = harness.store.get(NAME)!;
    const changedAt = new Date(Date.parse('2026-03-01T12:01:00.000Z'));
    harness.store.put(
      { ...current.profile, version: 4n, securityProfileDescription: 'x', lastModifiedDate: changedAt },
      'team-a',
    );
    harness.advance(60_000);
    await harness.service.update(
      harness.callAs(teamA),
      { securityProfileName: NAME, securityProfileDescription: 'y' },
      {
        dryRun: false,
        input: {},
      },
    );

    const first = await harness.cloudTrail(callOf({ eventTime: '2026-03-01T12:01:00Z' }));
    const again = await harness.cloudTrail(callOf({ eventTime: '2026-03-01T12:01:00Z' }));

    expect(first.kind).toBe('attributed');
    expect(again).toMatchObject({ kind: 'ignored' });
    const outside = harness.auditLog.stored().filter((event) => event.operation === 'OUT_OF_BAND_CHANGE');
    expect(outside).toHaveLength(1);
    expect(outside[0]?.attribution?.eventID).toBe('ct-event-1');
  });

  it('adds who made it when the scan records the same change at the same moment', async () => {
    const harness = seeded();
    await harness.scan();
    const current = harness.store.get(NAME)!;
    const changedAt = new Date(Date.parse('2026-03-01T12:01:00.000Z'));
    harness.store.put(
      { ...current.profile, version: 4n, securityProfileDescription: 'x', lastModifiedDate: changedAt },
      'team-a',
    );

    await Promise.all([harness.scan(), harness.cloudTrail(callOf({ eventTime: '2026-03-01T12:01:00Z' }))]);

    const outside = harness.auditLog.stored().filter((event) => event.operation === 'OUT_OF_BAND_CHANGE');
    expect(outside).toHaveLength(1);
    expect(outside[0]?.attribution?.eventID).toBe('ct-event-1');
  });

  it('waits, by failing to be delivered again, while calls of the gateway are in flight on the profile', async () => {
    const harness = seeded();
    await harness.scan();
    harness.store.failNextUpdate(new UpstreamUnavailableError('socket hang up'), { applied: true });
    await harness.service
      .update(
        harness.callAs(teamA),
        { securityProfileName: NAME, securityProfileDescription: 'y' },
        { dryRun: false, input: {} },
      )
      .catch(() => undefined);

    const delivery = harness.cloudTrail(callOf());

    await expect(delivery).rejects.toBeInstanceOf(DriftDeferredError);
  });

  it('of a delete records it as a change made outside, with what was deleted, for its owner', async () => {
    const harness = seeded();
    await harness.scan();
    harness.store.remove(NAME);

    const outcome = await harness.cloudTrail(
      callOf({ eventName: 'DeleteSecurityProfile', requestParameters: { securityProfileName: NAME } }),
    );

    expect(outcome.kind).toBe('recorded');
    const [, deleted] = (await harness.service.auditTrail(harness.callAs(teamA), NAME, {})).edges
      .map((e) => e.event)
      .reverse();
    expect(deleted).toMatchObject({
      operation: 'OUT_OF_BAND_CHANGE',
      ownerTeam: 'team-a',
      securityProfileArn: ARN,
      versionBefore: 3n,
      before: { version: 3n },
      attribution: { eventName: 'DeleteSecurityProfile' },
    });
  });
});
