import { CreateSecurityProfileCommand, CreateThingGroupCommand } from '@aws-sdk/client-iot';
import { afterAll, beforeAll } from 'vitest';
import { IotSecurityProfileStore } from '../../src/adapters/iot/IotSecurityProfileStore';
import { startTestEmulator, type TestEmulator } from '../conformance/support/testEmulator';
import { InMemorySecurityProfileStore } from '../fakes/InMemorySecurityProfileStore';
import {
  CREATED_BEHAVIOR,
  CREATED_DESCRIPTION,
  describeSecurityProfileStoreContract,
} from './securityProfileStoreContract';

const OWNER_TAG_KEY = 'owner';

describeSecurityProfileStoreContract('the in-memory fake', () => {
  const store = new InMemorySecurityProfileStore();
  return {
    store,
    create(name, ownerTeam) {
      const created = new Date('2026-01-05T09:00:00.000Z');
      store.put(
        {
          securityProfileName: name,
          securityProfileArn: `arn:aws:iot:us-east-1:123456789012:securityprofile/${name}`,
          securityProfileDescription: CREATED_DESCRIPTION,
          behaviors: [structuredClone(CREATED_BEHAVIOR)],
          version: 1n,
          creationDate: created,
          lastModifiedDate: created,
        },
        ownerTeam,
      );
      return Promise.resolve();
    },
    createThingGroup(name) {
      const arn = `arn:aws:iot:us-east-1:123456789012:thinggroup/${name}`;
      store.addThingGroup(arn);
      return Promise.resolve(arn);
    },
  };
});

let iot: TestEmulator;
beforeAll(async () => {
  iot = await startTestEmulator();
});
afterAll(async () => {
  await iot.close();
});

describeSecurityProfileStoreContract('the IoT adapter on the emulator over HTTP', () => ({
  store: new IotSecurityProfileStore({ client: iot.iot, ownerTagKey: OWNER_TAG_KEY }),
  async create(name, ownerTeam) {
    // A tag of another key is no owner: only OWNER_TAG_KEY counts.
    const tags = [{ Key: 'cost-centre', Value: '42' }];
    if (ownerTeam !== undefined) tags.push({ Key: OWNER_TAG_KEY, Value: ownerTeam });
    await iot.iot.send(
      new CreateSecurityProfileCommand({
        securityProfileName: name,
        securityProfileDescription: CREATED_DESCRIPTION,
        behaviors: [
          {
            name: CREATED_BEHAVIOR.name,
            metric: CREATED_BEHAVIOR.metric,
            criteria: { comparisonOperator: 'greater-than', value: { count: 5 }, durationSeconds: 300 },
          },
        ],
        tags,
      }),
    );
  },
  async createThingGroup(name) {
    const created = await iot.iot.send(new CreateThingGroupCommand({ thingGroupName: name }));
    return created.thingGroupArn!;
  },
}));
