import {
  CreateSecurityProfileCommand,
  DescribeSecurityProfileCommand,
  UpdateSecurityProfileCommand,
  VersionConflictException,
} from '@aws-sdk/client-iot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simpleProfile } from './support/profiles';
import { startTestEmulator, type TestEmulator } from './support/testEmulator';

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
});
afterAll(async () => t.close());

describe('concurrent updates', () => {
  it('lets exactly one of many updates racing with the same expectedVersion succeed; the others get 409', async () => {
    await t.iot.send(new CreateSecurityProfileCommand(simpleProfile('Raced')));
    // Jittered latency makes the requests overlap inside the emulator, not just on the socket.
    t.emulator.faults.set({ latencyMs: 5, jitterMs: 20 });
    const racers = Array.from({ length: 12 }, (_, i) =>
      t.iot.send(
        new UpdateSecurityProfileCommand({
          securityProfileName: 'Raced',
          securityProfileDescription: `writer ${i}`,
          expectedVersion: 1,
        }),
      ),
    );

    const results = await Promise.allSettled(racers);
    t.emulator.faults.clear();

    const winners = results.filter((r) => r.status === 'fulfilled');
    const losers = results.filter((r) => r.status === 'rejected');
    expect(winners).toHaveLength(1);
    expect(losers.every((r) => r.reason instanceof VersionConflictException)).toBe(true);
    const final = await t.iot.send(new DescribeSecurityProfileCommand({ securityProfileName: 'Raced' }));
    expect(final.version).toBe(2);
    expect(final.securityProfileDescription).toBe(winners[0]?.value.securityProfileDescription);
  });

  it('applies every one of many concurrent updates without expectedVersion, one version each', async () => {
    await t.iot.send(new CreateSecurityProfileCommand(simpleProfile('Counted')));

    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t.iot.send(
          new UpdateSecurityProfileCommand({
            securityProfileName: 'Counted',
            securityProfileDescription: `w${i}`,
          }),
        ),
      ),
    );

    const final = await t.iot.send(new DescribeSecurityProfileCommand({ securityProfileName: 'Counted' }));
    expect(final.version).toBe(11);
  });
});
