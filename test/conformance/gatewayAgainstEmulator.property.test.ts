import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toJson } from '../../src/iotJson/toJson';
import { bodiesMostlyWithinTheModel, updateBodies } from './support/modelRequests';
import { startTestEmulator, type TestEmulator } from './support/testEmulator';
import { emulatorVerdict, gatewayVerdict, sameField } from './support/twoImplementations';

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
  expect((await t.raw('POST', '/security-profiles/Target', {})).status).toBe(200);
});
afterAll(async () => t.close());

// The emulator models AWS from AWS's sources, the gateway's rules are its own: two implementations.
describe('the gateway against the emulator, on UpdateSecurityProfile bodies drawn from the model', () => {
  it('accepts every request the emulator accepts (warnings allowed)', async () => {
    await fc.assert(
      fc.asyncProperty(bodiesMostlyWithinTheModel, async (body) => {
        const text = toJson(body);
        const emulator = await emulatorVerdict(t, text, 'Target');
        fc.pre(!emulator.refused);

        expect(gatewayVerdict(text, 'Target')).toMatchObject({ refused: false });
      }),
      { numRuns: 300 },
    );
  });

  // IoT stops at its first layer: a reading the gateway only warns of (a description that is
  // not ASCII) can be what the framework refuses, before the handler looks at the rest.
  it('refuses only what the emulator refuses, and the emulator names a field the gateway flagged', async () => {
    await fc.assert(
      fc.asyncProperty(updateBodies, async (body) => {
        const text = toJson(body);
        const gateway = gatewayVerdict(text, 'Target');
        fc.pre(gateway.refused);

        const emulator = await emulatorVerdict(t, text, 'Target');

        expect(emulator.refused).toBe(true);
        const flagged = [...gateway.fields, ...gateway.warnings.flatMap((w) => w.field ?? [])];
        const said = JSON.stringify({ body: text, flagged, emulator: emulator.fields });
        expect(sameField(flagged, emulator.fields), said).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
