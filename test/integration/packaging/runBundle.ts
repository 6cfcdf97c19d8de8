import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { ROOT } from './packageOffline';

const RESULT_MARKER = '@@bundle-result@@';

// Runs in a fresh Node process, as the Lambda runtime would: native ESM import of the built file,
// one invocation, the result on its own marked line (the gateway's own logs share stdout).
const CHILD = `
const { handler } = await import(process.env.BUNDLE_URL);
const context = {
  functionName: 'security-profile-gateway-ci-api', functionVersion: '$LATEST', memoryLimitInMB: '256',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:security-profile-gateway-ci-api',
  awsRequestId: '8f5e2c1a-0000-4000-8000-000000000001', logGroupName: '/aws/lambda/security-profile-gateway-ci-api',
  logStreamName: '2026/01/01/[$LATEST]0000', callbackWaitsForEmptyEventLoop: true,
  getRemainingTimeInMillis: () => 29000, done() {}, fail() {}, succeed() {},
};
const result = process.env.BUNDLE_EVENT ? await handler(JSON.parse(process.env.BUNDLE_EVENT), context) : typeof handler;
process.stdout.write('\\n${RESULT_MARKER}' + JSON.stringify(result) + '\\n', () => process.exit(0));
`;

/**
 * The environment of the deployed function (serverless.yml), with the team policy from the
 * example file instead of SSM and every AWS endpoint pointed at a closed local port: a request
 * that reached for AWS fails fast instead of leaving the machine.
 */
export const BUNDLE_ENV: Readonly<Record<string, string>> = {
  NODE_ENV: 'production',
  GRAPHQL_INTROSPECTION: 'false',
  AUDIT_TABLE_NAME: 'security-profile-gateway-ci-audit',
  BUDGET_TABLE_NAME: 'security-profile-gateway-ci-budget',
  TEAM_POLICY_FILE: join(ROOT, 'infra/team-policy.example.json'),
  TEAMS_CLAIM: 'cognito:groups',
  OWNER_TAG_KEY: 'team',
  MAX_WRITE_ATTEMPTS: '5',
  WRITER_TURN_TABLE_NAME: 'security-profile-gateway-ci-writer-turns',
  POWERTOOLS_SERVICE_NAME: 'security-profile-gateway',
  POWERTOOLS_METRICS_NAMESPACE: 'SecurityProfileGateway',
  AUDIT_GATEWAY_PRINCIPALS: 'arn:aws:iam::123456789012:role/security-profile-gateway-ci-api',
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'AKIDBUNDLETEST',
  AWS_SECRET_ACCESS_KEY: 'bundle-test-secret',
  AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
  AWS_EC2_METADATA_DISABLED: 'true',
};

/**
 * Imports `dist/<bundle>/index.mjs` in a child Node process and invokes its handler once with
 * `event`; without an event, returns `typeof handler`.
 */
export async function runBundle(
  bundle: 'lambda' | 'reconcile' | 'cloudtrail',
  event?: unknown,
): Promise<unknown> {
  const env: Record<string, string> = {
    ...BUNDLE_ENV,
    PATH: process.env.PATH ?? '',
    BUNDLE_URL: pathToFileURL(join(ROOT, 'dist', bundle, 'index.mjs')).href,
  };
  if (event !== undefined) env.BUNDLE_EVENT = JSON.stringify(event);
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', CHILD], {
    cwd: ROOT,
    env,
    timeout: 60_000,
  });
  const line = stdout.split('\n').find((text) => text.startsWith(RESULT_MARKER));
  if (line === undefined) throw new Error(`the bundle printed no result:\n${stdout}`);
  return JSON.parse(line.slice(RESULT_MARKER.length)) as unknown;
}
