import { fileURLToPath } from 'node:url';
import type { BenchRun } from '../benchRun';
import { figure, type Section, type Target } from '../report/figures';
import { pairedRatios, spread } from '../stats';
import { runColdStart, type ProcessSpec } from '../workerProcess';
import type { ColdStartFigures } from '../workers/protocol';
import { packageSize } from './packageSize';

const FIRST_ANSWER_TARGET_SDK_ONLY: Target = { op: '<=', value: 1.5 };
const FIRST_ANSWER_TARGET_HANDWRITTEN: Target = { op: '<=', value: 1.25 };
const BUNDLE_TARGET: Target = { op: '<=', value: 2 };

type Variant = 'gateway' | 'sdkOnly' | 'handwritten';
const VARIANTS: readonly Variant[] = ['gateway', 'sdkOnly', 'handwritten'];

/**
 * Cold start: fresh processes that import an artifact and answer one mutation — the gateway,
 * the SDK-only baseline and the hand-written Lambda, in an order that rotates every round so a
 * drift of the machine hits all three; then the artifacts' sizes.
 */
export async function measureColdStart(run: BenchRun): Promise<Section> {
  const endpoints = run.stack.direct;
  const specs: Record<Variant, ProcessSpec> = {
    gateway: run.process(run.bundles.coldStartDriver, run.gateway, endpoints),
    sdkOnly: run.process(run.bundles.coldStartDriver, run.bundles.baseline, endpoints),
    handwritten: run.process(run.bundles.coldStartDriver, run.bundles.handwritten, endpoints),
  };
  // One untimed start each: the first read of a file from disk is nobody's cold start.
  for (const variant of VARIANTS) await runColdStart(specs[variant]);
  const samples: Record<Variant, ColdStartFigures[]> = { gateway: [], sdkOnly: [], handwritten: [] };
  for (let i = 0; i < run.settings.coldStarts; i++) {
    for (let k = 0; k < VARIANTS.length; k++) {
      const variant = VARIANTS[(i + k) % VARIANTS.length]!;
      samples[variant].push(await runColdStart(specs[variant]));
    }
    run.log(`cold start ${i + 1}/${run.settings.coldStarts}`);
  }
  const timed = (name: keyof ColdStartFigures, label: string, against: Variant, target?: Target) => {
    const g = samples.gateway.map((f) => f[name]);
    const b = samples[against].map((f) => f[name]);
    return figure({
      name: label,
      unit: 'ms',
      gateway: spread(g),
      baseline: spread(b),
      ratio: spread(pairedRatios(g, b)),
      ...(target && { target }),
    });
  };
  const [gatewaySize, sdkOnlySize, handwrittenSize] = await Promise.all([
    packageSize(fileURLToPath(run.gateway)),
    packageSize(fileURLToPath(run.bundles.baseline)),
    packageSize(fileURLToPath(run.bundles.handwritten)),
  ]);
  const size = (name: string, g: number, b: number, target?: Target) =>
    figure({
      name,
      unit: 'KiB',
      gateway: exact(g / 1024),
      baseline: exact(b / 1024),
      ratio: exact(g / b),
      ...(target && { target }),
    });
  const boot = spread(samples.gateway.map((f) => f.bootMs)).median.toFixed(0);
  return {
    title: '1. Cold start',
    baseline:
      'SDK-only: a handler importing only @aws-sdk/client-iot, one UpdateSecurityProfile; ' +
      "hand-written: the gateway's eleven calls with the same SDK clients, no GraphQL",
    figures: [
      timed('importMs', 'import ÷ SDK-only', 'sdkOnly'),
      timed('firstInvokeMs', 'first invocation ÷ SDK-only', 'sdkOnly'),
      timed('totalMs', 'start → first answer ÷ SDK-only', 'sdkOnly', FIRST_ANSWER_TARGET_SDK_ONLY),
      timed('importMs', 'import ÷ hand-written', 'handwritten'),
      timed('firstInvokeMs', 'first invocation ÷ hand-written', 'handwritten'),
      timed('totalMs', 'start → first answer ÷ hand-written', 'handwritten', FIRST_ANSWER_TARGET_HANDWRITTEN),
      size('bundle ÷ SDK-only', gatewaySize.bundleBytes, sdkOnlySize.bundleBytes, BUNDLE_TARGET),
      size('bundle ÷ hand-written', gatewaySize.bundleBytes, handwrittenSize.bundleBytes),
      size('deploy zip ÷ SDK-only', gatewaySize.zipBytes, sdkOnlySize.zipBytes),
    ],
    notes: [
      `${run.settings.coldStarts} fresh processes of each, order rotating; Node start-up before the import: ` +
        `${boot} ms (same for all)`,
    ],
  };
}

function exact(value: number) {
  return { median: value, min: value, max: value, n: 1 };
}
