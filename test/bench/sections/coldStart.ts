import { fileURLToPath } from 'node:url';
import type { BenchRun } from '../benchRun';
import { figure, type Section, type Target } from '../report/figures';
import { pairedRatios, spread } from '../stats';
import { runColdStart } from '../workerProcess';
import type { ColdStartFigures } from '../workers/protocol';
import { packageSize } from './packageSize';

const IMPORT_TARGET: Target = { op: '<=', value: 1.5 };

/**
 * Cold start: fresh processes that import the artifact and answer one mutation, gateway and
 * baseline alternating so that a drift of the machine hits both; then the artifacts' sizes.
 */
export async function measureColdStart(run: BenchRun): Promise<Section> {
  const endpoints = run.stack.direct;
  const gatewaySpec = run.process(run.bundles.coldStartDriver, run.gateway, endpoints);
  const baselineSpec = run.process(run.bundles.coldStartDriver, run.bundles.baseline, endpoints);
  // One untimed start each: the first read of a file from disk is nobody's cold start.
  await runColdStart(gatewaySpec);
  await runColdStart(baselineSpec);
  const gateway: ColdStartFigures[] = [];
  const baseline: ColdStartFigures[] = [];
  for (let i = 0; i < run.settings.coldStarts; i++) {
    if (i % 2 === 0) {
      baseline.push(await runColdStart(baselineSpec));
      gateway.push(await runColdStart(gatewaySpec));
    } else {
      gateway.push(await runColdStart(gatewaySpec));
      baseline.push(await runColdStart(baselineSpec));
    }
    run.log(`cold start ${i + 1}/${run.settings.coldStarts}`);
  }
  const timed = (name: keyof ColdStartFigures, label: string, target?: Target) => {
    const g = gateway.map((f) => f[name]);
    const b = baseline.map((f) => f[name]);
    return figure({
      name: label,
      unit: 'ms',
      gateway: spread(g),
      baseline: spread(b),
      ratio: spread(pairedRatios(g, b)),
      ...(target && { target }),
    });
  };
  const [gatewaySize, baselineSize] = await Promise.all([
    packageSize(fileURLToPath(run.gateway)),
    packageSize(fileURLToPath(run.bundles.baseline)),
  ]);
  const size = (name: string, g: number, b: number) =>
    figure({ name, unit: 'KiB', gateway: exact(g / 1024), baseline: exact(b / 1024), ratio: exact(g / b) });
  return {
    title: '1. Cold start',
    baseline: 'handler importing only @aws-sdk/client-iot, one UpdateSecurityProfile',
    figures: [
      timed('importMs', 'import of the artifact', IMPORT_TARGET),
      timed('firstInvokeMs', 'first invocation (one mutation)'),
      timed('totalMs', 'process start → first answer'),
      size('bundle (index.mjs)', gatewaySize.bundleBytes, baselineSize.bundleBytes),
      size('deploy zip (bundle, map, notices)', gatewaySize.zipBytes, baselineSize.zipBytes),
    ],
    notes: [
      `${run.settings.coldStarts} fresh processes each, alternating; Node start-up before the import: ` +
        `${spread(gateway.map((f) => f.bootMs)).median.toFixed(0)} ms (same for both)`,
    ],
  };
}

function exact(value: number) {
  return { median: value, min: value, max: value, n: 1 };
}
