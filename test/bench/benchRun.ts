import type { BenchBundles } from './buildBenchBundles';
import type { BenchSettings } from './benchSettings';
import { LAMBDA_NODE_FLAGS, lambdaEnvironment } from './lambdaEnvironment';
import type { BenchEndpoints, BenchStack } from './stack/benchStack';
import type { ProcessSpec } from './workerProcess';

/** What every measurement gets: settings, bundles, the AWS side and how to start processes. */
export interface BenchRun {
  settings: BenchSettings;
  bundles: BenchBundles;
  /** File URL of the gateway's artifact (dist/lambda/index.mjs). */
  gateway: string;
  stack: BenchStack;
  /** Progress lines (stderr), so a long run shows where it is. */
  log(message: string): void;
  /** A process running `script` with the Lambda environment for `artifact` against `endpoints`. */
  process(script: string, artifact: string, endpoints: BenchEndpoints): ProcessSpec;
}

/** Binds the parts of a run together. */
export function createBenchRun(fields: Omit<BenchRun, 'process'> & { stateDir: string }): BenchRun {
  const { stateDir, ...rest } = fields;
  return {
    ...rest,
    process: (script, artifact, endpoints) => ({
      script,
      env: { ...lambdaEnvironment(artifact, endpoints, stateDir), ...rest.settings.gatewayEnv },
      execArgv: LAMBDA_NODE_FLAGS,
    }),
  };
}
