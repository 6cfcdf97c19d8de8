import { afterAll, beforeAll } from 'vitest';
import { DynamoProfileCatalogue } from '../../src/adapters/catalogue/DynamoProfileCatalogue';
import { ensureCatalogueTable } from '../../src/local/ensureAuditTable';
import { startAuditStack, type AuditStack } from '../integration/audit/startAuditStack';
import { InMemoryProfileCatalogue } from '../fakes/InMemoryProfileCatalogue';
import { describeProfileCatalogueContract } from './profileCatalogueContract';

describeProfileCatalogueContract('the in-memory fake', () => new InMemoryProfileCatalogue());

let dynamo: AuditStack;
beforeAll(async () => {
  dynamo = await startAuditStack();
  await ensureCatalogueTable(dynamo.client, 'ProfileCatalogue');
});
afterAll(async () => {
  await dynamo.close();
});

describeProfileCatalogueContract(
  'DynamoDB on dynalite',
  () => new DynamoProfileCatalogue({ client: dynamo.client, tableName: 'ProfileCatalogue' }),
);
