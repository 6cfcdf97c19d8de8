import {
  CreateSecurityProfileCommand,
  DescribeSecurityProfileCommand,
  InternalFailureException,
  ThrottlingException,
  UpdateSecurityProfileCommand,
  VersionConflictException,
} from '@aws-sdk/client-iot';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { simpleProfile } from './support/profiles';
import { startTestEmulator, type TestEmulator } from './support/testEmulator';

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator({ seedDemo: true, random: () => 0.5 });
});
afterEach(() => t.emulator.faults.clear());
afterAll(async () => t.close());

const describePossibleIssue = () =>
  t.iot.send(new DescribeSecurityProfileCommand({ securityProfileName: 'PossibleIssue' }));

describe('fault injection in process', () => {
  it('is off by default', () => {
    const settings = t.emulator.faults.get();

    expect(settings).toEqual({
      latencyMs: 0,
      jitterMs: 0,
      throttleRate: 0,
      errorRate: 0,
      conflicts: {},
      dropBeforeRate: 0,
      dropAfterRate: 0,
      stallRate: 0,
      stallMs: 0,
      operations: [],
    });
  });

  it('answers calls with ThrottlingException (400) at the configured rate', async () => {
    t.emulator.faults.set({ throttleRate: 0.6 });

    const error = await describePossibleIssue().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ThrottlingException);
    expect(error).toMatchObject({ $metadata: { httpStatusCode: 400 } });
  });

  it('lets calls through when the draw is above the rate', async () => {
    t.emulator.faults.set({ throttleRate: 0.4, errorRate: 0.4 });

    const output = await describePossibleIssue();

    expect(output.securityProfileName).toBe('PossibleIssue');
  });

  it('answers calls with InternalFailureException (500, a server fault) at the configured rate', async () => {
    t.emulator.faults.set({ errorRate: 1 });

    const error = await describePossibleIssue().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(InternalFailureException);
    expect(error).toMatchObject({ $metadata: { httpStatusCode: 500 }, $fault: 'server' });
  });

  it('answers the next N updates of one profile with a version conflict, then lets updates through', async () => {
    await t.iot.send(new CreateSecurityProfileCommand(simpleProfile('Contended')));
    t.emulator.faults.conflictNextUpdates('Contended', 2);
    const update = () =>
      t.iot.send(
        new UpdateSecurityProfileCommand({
          securityProfileName: 'Contended',
          securityProfileDescription: 'x',
        }),
      );

    const results = [
      await update().catch((e: unknown) => e),
      await update().catch((e: unknown) => e),
      await update(),
    ];

    expect(results[0]).toBeInstanceOf(VersionConflictException);
    expect(results[1]).toBeInstanceOf(VersionConflictException);
    expect(results[2]).toMatchObject({ version: 2 });
    expect(t.emulator.faults.get().conflicts).toEqual({});
  });

  it('adds latency plus jitter drawn from the random source', () => {
    t.emulator.faults.set({ latencyMs: 10, jitterMs: 4 });

    const delay = t.emulator.faults.nextDelayMs();

    expect(delay).toBe(12);
  });

  it('refuses out-of-range settings and keeps the previous ones', () => {
    t.emulator.faults.set({ throttleRate: 0.1 });

    const attempt = () => t.emulator.faults.set({ errorRate: 2 });

    expect(attempt).toThrow('errorRate: must be a number between 0 and 1 (got 2)');
    expect(t.emulator.faults.get().throttleRate).toBe(0.1);
  });
});

describe('the control endpoint /__emulator/', () => {
  it('replaces the fault settings with PUT and reads them back with GET', async () => {
    const put = await t.raw('PUT', '/__emulator/faults', { latencyMs: 5, conflicts: { PossibleIssue: 1 } });
    const got = await t.raw('GET', '/__emulator/faults');

    expect(put.status).toBe(200);
    expect(got.json).toEqual({
      latencyMs: 5,
      jitterMs: 0,
      throttleRate: 0,
      errorRate: 0,
      conflicts: { PossibleIssue: 1 },
      dropBeforeRate: 0,
      dropAfterRate: 0,
      stallRate: 0,
      stallMs: 0,
      operations: [],
    });
  });

  it('turns every fault off with DELETE', async () => {
    t.emulator.faults.set({ throttleRate: 1 });

    const deleted = await t.raw('DELETE', '/__emulator/faults');

    expect(deleted.json).toMatchObject({ throttleRate: 0 });
    expect((await describePossibleIssue()).securityProfileName).toBe('PossibleIssue');
  });

  it.each([
    ['a rate above 1', { throttleRate: 1.5 }, 'throttleRate'],
    ['a negative latency', { latencyMs: -1 }, 'latencyMs'],
    ['an unknown setting', { latency: 5 }, 'latency'],
    ['a fractional conflict count', { conflicts: { P: 0.5 } }, 'conflicts.P'],
  ])('refuses %s with 400 naming the setting', async (_label, body, field) => {
    const response = await t.raw('PUT', '/__emulator/faults', body);

    expect(response.status).toBe(400);
    expect(response.json?.message).toMatch(new RegExp(`^${field}: `));
  });

  it('forgets every change on POST /__emulator/reset and re-seeds the demo profiles', async () => {
    await t.iot.send(
      new UpdateSecurityProfileCommand({
        securityProfileName: 'PossibleIssue',
        securityProfileDescription: 'changed',
      }),
    );
    await t.iot.send(new CreateSecurityProfileCommand(simpleProfile('Transient')));

    const reset = await t.raw('POST', '/__emulator/reset');

    expect(reset.status).toBe(200);
    const profile = await describePossibleIssue();
    expect(profile).toMatchObject({ version: 1, securityProfileDescription: 'Initial profile' });
    expect((await t.raw('GET', '/security-profiles/Transient')).status).toBe(404);
  });

  it('answers an unknown control path with 404', async () => {
    const response = await t.raw('GET', '/__emulator/nothing');

    expect(response.status).toBe(404);
  });
});
