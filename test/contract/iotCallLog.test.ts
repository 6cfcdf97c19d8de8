import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoIotCallLog } from '../../src/adapters/audit/DynamoIotCallLog';
import type { IotCallRecord } from '../../src/domain/drift/iotCallRecord';
import type { IotCallLog } from '../../src/service/ports';
import { InMemoryIotCallLog } from '../fakes/InMemoryIotCallLog';
import { startAuditStack, type AuditStack } from '../integration/audit/startAuditStack';

let events = 0;
function aCall(overrides: Partial<IotCallRecord> = {}): IotCallRecord {
  return {
    auditEventId: `01JNCALLS000000000000000${(events += 1)}`,
    cloudTrailEventId: 'f2b2a9e4-0d3c-4e6f-9a1b-3c5d7e9f1a2b',
    eventName: 'UpdateSecurityProfile',
    eventTime: '2026-03-01T12:00:00Z',
    expectedVersion: 2n ** 63n - 2n,
    ...overrides,
  };
}

/** What the reconciler relies on from the call log, fake and DynamoDB alike. */
function describeIotCallLogContract(implementation: string, underTest: () => IotCallLog): void {
  describe(`IotCallLog contract: ${implementation}`, () => {
    it('keeps each record of an event once, however often it is delivered, and reads them back exactly', async () => {
      const log = underTest();
      const applied = aCall();
      const refused = { ...applied, cloudTrailEventId: 'other', errorCode: 'VersionConflictException' };
      delete (refused as Partial<IotCallRecord>).expectedVersion;

      await log.record(applied);
      await log.record(applied);
      await log.record(refused);

      const calls = await log.callsOf(applied.auditEventId);
      expect(calls.sort((a, b) => a.cloudTrailEventId.localeCompare(b.cloudTrailEventId))).toStrictEqual([
        applied,
        refused,
      ]);
    });

    it('answers no records for an event none were kept for', async () => {
      expect(await underTest().callsOf('01JNNOCALLS000000000000000')).toEqual([]);
    });
  });
}

describeIotCallLogContract('the in-memory fake', () => new InMemoryIotCallLog());

let dynamo: AuditStack;
beforeAll(async () => {
  dynamo = await startAuditStack();
});
afterAll(async () => {
  await dynamo.close();
});

describeIotCallLogContract(
  'DynamoDB on dynalite',
  () => new DynamoIotCallLog({ client: dynamo.client, tableName: dynamo.tableName }),
);
