import { afterAll, beforeAll } from 'vitest';
import { startAuditStack, type AuditStack } from '../integration/audit/startAuditStack';
import { InMemoryAuditTrail } from '../fakes/InMemoryAuditTrail';
import { RecordingAuditLog } from '../fakes/RecordingAuditLog';
import { describeAuditTrailContract } from './auditTrailContract';

describeAuditTrailContract('the recording fake', () => {
  const log = new RecordingAuditLog();
  return { log, trail: new InMemoryAuditTrail(log) };
});

let dynamo: AuditStack;
beforeAll(async () => {
  dynamo = await startAuditStack();
});
afterAll(async () => {
  await dynamo.close();
});

describeAuditTrailContract('DynamoDB on dynalite', () => ({ log: dynamo.auditLog(), trail: dynamo.trail }));
