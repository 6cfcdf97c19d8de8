import { afterAll, beforeAll } from 'vitest';
import { DynamoVersionLedger } from '../../src/adapters/audit/DynamoVersionLedger';
import { startAuditStack, type AuditStack } from '../integration/audit/startAuditStack';
import { InMemoryVersionLedger } from '../fakes/InMemoryVersionLedger';
import { describeVersionLedgerContract } from './versionLedgerContract';

describeVersionLedgerContract('the in-memory fake', () => new InMemoryVersionLedger());

let dynamo: AuditStack;
beforeAll(async () => {
  dynamo = await startAuditStack();
});
afterAll(async () => {
  await dynamo.close();
});

describeVersionLedgerContract(
  'DynamoDB on dynalite',
  () => new DynamoVersionLedger({ client: dynamo.client, tableName: dynamo.tableName }),
);
