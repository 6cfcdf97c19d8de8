import { afterAll, beforeAll } from 'vitest';
import { DynamoWriterTurns } from '../../src/adapters/turns/DynamoWriterTurns';
import { ensureWriterTurnTable } from '../../src/local/ensureAuditTable';
import { startAuditStack, type AuditStack } from '../integration/audit/startAuditStack';
import { InMemoryWriterTurns } from '../fakes/InMemoryWriterTurns';
import { describeWriterTurnLineContract, describeWriterTurnsContract } from './writerTurnsContract';

const TABLE = 'SecurityProfileWriterTurns';

describeWriterTurnsContract('the in-memory fake', () => new InMemoryWriterTurns());
describeWriterTurnLineContract('the in-memory fake', () => new InMemoryWriterTurns());

let dynamo: AuditStack;
beforeAll(async () => {
  dynamo = await startAuditStack();
  await ensureWriterTurnTable(dynamo.client, TABLE);
});
afterAll(async () => {
  await dynamo.close();
});

const onDynalite = () => new DynamoWriterTurns({ client: dynamo.client, tableName: TABLE });
describeWriterTurnsContract('DynamoDB on dynalite', onDynalite);
describeWriterTurnLineContract('DynamoDB on dynalite', onDynalite);
