import { afterAll, beforeAll } from 'vitest';
import { DynamoCallBudget } from '../../src/adapters/budget/DynamoCallBudget';
import { ensureBudgetTable } from '../../src/local/ensureAuditTable';
import { startAuditStack, type AuditStack } from '../integration/audit/startAuditStack';
import { InMemoryCallBudget } from '../fakes/InMemoryCallBudget';
import { describeCallBudgetContract } from './callBudgetContract';

const TABLE = 'SecurityProfileBudget';

describeCallBudgetContract('the in-memory fake', () => new InMemoryCallBudget());

let dynamo: AuditStack;
beforeAll(async () => {
  dynamo = await startAuditStack();
  await ensureBudgetTable(dynamo.client, TABLE);
});
afterAll(async () => {
  await dynamo.close();
});

describeCallBudgetContract(
  'DynamoDB on dynalite',
  () => new DynamoCallBudget({ client: dynamo.client, tableName: TABLE }),
);
