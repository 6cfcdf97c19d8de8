import {
  CreateSecurityProfileCommand,
  CreateThingGroupCommand,
  ListTagsForResourceCommand,
} from '@aws-sdk/client-iot';
import { afterAll, beforeAll } from 'vitest';
import { IotSecurityProfileStore } from '../../src/adapters/iot/IotSecurityProfileStore';
import { auditUserAgentToken } from '../../src/domain/drift/iotApiCall';
import type { EmulatedCloudTrailRecord } from '../../src/local/iotEmulator/cloudTrail/cloudTrailRecord';
import { startTestEmulator, type TestEmulator } from '../conformance/support/testEmulator';
import { InMemorySecurityProfileStore } from '../fakes/InMemorySecurityProfileStore';
import {
  CREATED_BEHAVIOR,
  CREATED_DESCRIPTION,
  describeSecurityProfileStoreContract,
} from './securityProfileStoreContract';

const OWNER_TAG_KEY = 'owner';
const ACCOUNT_PREFIX = 'arn:aws:iot:us-east-1:123456789012';

/** The IoT operation of each write the fake recorded, by the audit event it carried. */
function fakeCallsCarrying(store: InMemorySecurityProfileStore, auditEventId: string): string[] {
  const operations = {
    create: 'CreateSecurityProfile',
    delete: 'DeleteSecurityProfile',
    tagOwner: 'TagResource',
    attach: 'AttachSecurityProfile',
    detach: 'DetachSecurityProfile',
  } as const;
  return [
    ...store.updates.filter((u) => u.auditEventId === auditEventId).map(() => 'UpdateSecurityProfile'),
    ...store.targetChanges.filter((c) => c.auditEventId === auditEventId).map((c) => operations[c.change]),
    ...store.writes.filter((w) => w.auditEventId === auditEventId).map((w) => operations[w.operation]),
  ].sort();
}

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
      const arn = `${ACCOUNT_PREFIX}:thinggroup/${name}`;
      store.addThingGroup(arn);
      return Promise.resolve(arn);
    },
    tagsOf(name) {
      return Promise.resolve(store.tagsOf(name) ?? {});
    },
    callsCarrying: (auditEventId) => fakeCallsCarrying(store, auditEventId),
  };
});

let iot: TestEmulator;
/** What CloudTrail would record of every call the emulator served. */
const cloudTrail: EmulatedCloudTrailRecord[] = [];
beforeAll(async () => {
  iot = await startTestEmulator({ cloudTrail: (record) => cloudTrail.push(record) });
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
  async tagsOf(name) {
    const resourceArn = `${ACCOUNT_PREFIX}:securityprofile/${name}`;
    const listed = await iot.iot.send(new ListTagsForResourceCommand({ resourceArn }));
    return Object.fromEntries((listed.tags ?? []).map((tag) => [tag.Key!, tag.Value ?? '']));
  },
  callsCarrying(auditEventId) {
    const token = auditUserAgentToken(auditEventId);
    return cloudTrail
      .filter((record) => record.userAgent.split(' ').includes(token))
      .map((record) => record.eventName)
      .sort();
  },
}));
