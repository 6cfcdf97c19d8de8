import {
  DescribeSecurityProfileCommand,
  IoTClient,
  TagResourceCommand,
  UpdateSecurityProfileCommand,
} from '@aws-sdk/client-iot';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EmulatedCloudTrailRecord } from '../../src/local/iotEmulator/cloudTrail/cloudTrailRecord';
import { startTestEmulator, type TestEmulator } from './support/testEmulator';

let t: TestEmulator;
const records: EmulatedCloudTrailRecord[] = [];
beforeAll(async () => {
  t = await startTestEmulator({ seedDemo: true, cloudTrail: (record) => records.push(record) });
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.emulator.reset();
  records.length = 0;
});

const update = (description: string, client: IoTClient = t.iot) =>
  client.send(
    new UpdateSecurityProfileCommand({
      securityProfileName: 'PossibleIssue',
      securityProfileDescription: description,
    }),
  );
const versionNow = async () =>
  (await t.iot.send(new DescribeSecurityProfileCommand({ securityProfileName: 'PossibleIssue' }))).version;

describe('the CloudTrail records of the calls the emulator serves', () => {
  it('records a change with CloudTrail’s documented members: who (the signing key), when, from where, what', async () => {
    await update('Recorded');

    const [record] = records;
    expect(record).toMatchObject({
      eventVersion: expect.stringMatching(/^1\.\d+$/) as string,
      userIdentity: {
        type: 'IAMUser',
        accessKeyId: 'AKIDEXAMPLE',
        arn: 'arn:aws:iam::123456789012:user/AKIDEXAMPLE',
        accountId: '123456789012',
      },
      eventSource: 'iot.amazonaws.com',
      eventName: 'UpdateSecurityProfile',
      awsRegion: 'us-east-1',
      sourceIPAddress: '127.0.0.1',
      requestParameters: { securityProfileName: 'PossibleIssue', securityProfileDescription: 'Recorded' },
      responseElements: { securityProfileName: 'PossibleIssue', version: 2n },
      readOnly: false,
      eventType: 'AwsApiCall',
      managementEvent: true,
      recipientAccountId: '123456789012',
    });
    expect(record?.eventTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(record?.userAgent).toMatch(/aws-sdk-js/);
    expect(record?.eventID).not.toBe(record?.requestID);
  });

  it('records a refused call with its error and no response, and a read as read-only', async () => {
    await update('x'.repeat(1001)).catch(() => undefined);
    await versionNow();

    expect(records.map((r) => [r.eventName, r.errorCode, r.responseElements, r.readOnly])).toEqual([
      ['UpdateSecurityProfile', 'InvalidRequestException', null, false],
      ['DescribeSecurityProfile', undefined, null, true],
    ]);
  });

  it('records the tag calls with the resource they name', async () => {
    const resourceArn = 'arn:aws:iot:us-east-1:123456789012:securityprofile/PossibleIssue';

    await t.iot.send(new TagResourceCommand({ resourceArn, tags: [{ Key: 'team', Value: 'team-b' }] }));

    expect(records[0]).toMatchObject({
      eventName: 'TagResource',
      requestParameters: { resourceArn, tags: [{ Key: 'team', Value: 'team-b' }] },
    });
  });
});

describe('faults around the operation, as the network can break', () => {
  it('drops the connection before the operation: nothing applied, nothing recorded', async () => {
    t.emulator.faults.set({ dropBeforeRate: 1, operations: ['UpdateSecurityProfile'] });

    const failed = await update('Never').catch((error: unknown) => error);
    t.emulator.faults.clear();

    expect(failed).toBeInstanceOf(Error);
    expect(await versionNow()).toBe(1);
    expect(records.filter((r) => r.eventName === 'UpdateSecurityProfile')).toEqual([]);
  });

  it('drops the connection after the operation: applied and recorded, the answer lost', async () => {
    t.emulator.faults.set({ dropAfterRate: 1, operations: ['UpdateSecurityProfile'] });

    const failed = await update('Applied').catch((error: unknown) => error);
    t.emulator.faults.clear();

    expect(failed).toBeInstanceOf(Error);
    expect(await versionNow()).toBe(2);
    expect(records.filter((r) => r.eventName === 'UpdateSecurityProfile' && !r.errorCode)).toHaveLength(1);
  });

  it('holds the answer past a client’s timeout after applying it', async () => {
    t.emulator.faults.set({ stallRate: 1, stallMs: 400, operations: ['UpdateSecurityProfile'] });
    const impatient = new IoTClient({
      endpoint: t.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'impatient', secretAccessKey: 'x' },
      maxAttempts: 1,
      requestHandler: { requestTimeout: 100, throwOnRequestTimeout: true },
    });

    const failed = await update('Late', impatient).catch((error: unknown) => error);
    t.emulator.faults.clear();
    impatient.destroy();

    expect((failed as Error).name).toMatch(/Timeout/);
    expect(await versionNow()).toBe(2);
  });

  it('keeps the faults to the operations named, and records injected failures', async () => {
    t.emulator.faults.set({ errorRate: 1, operations: ['UpdateSecurityProfile'] });

    await update('Failing').catch(() => undefined);
    const version = await versionNow();
    t.emulator.faults.clear();

    expect(version).toBe(1);
    expect(records[0]).toMatchObject({
      eventName: 'UpdateSecurityProfile',
      errorCode: 'InternalFailureException',
    });
  });
});
