import { join } from 'node:path';
import {
  BENCH_BUDGET_TABLE,
  BENCH_POLICY_PARAMETER,
  BENCH_CATALOGUE_TABLE,
  BENCH_TABLE,
  BENCH_TURN_TABLE,
  type BenchEndpoints,
} from './stack/benchStack';

/**
 * Node flags of a 256 MB function, as the nodejs runtime's bootstrap passes them (new space a
 * tenth of the memory, old space the rest, GC exposed): heap limits change both speed and RSS.
 */
export const LAMBDA_NODE_FLAGS: readonly string[] = [
  '--expose-gc',
  '--max-semi-space-size=12',
  '--max-old-space-size=231',
];

/**
 * The environment of the deployed function (serverless.yml's `environment` — keep the two in
 * step — plus what Lambda itself sets), with the SDK's endpoints on the benchmark's stack: IoT, DynamoDB and the SSM
 * parameter of the team policy. `NODE_OPTIONS=--enable-source-maps` is there because production has it.
 */
export function lambdaEnvironment(
  artifactUrl: string,
  endpoints: BenchEndpoints,
  stateDir: string,
): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    TZ: ':UTC',
    NODE_ENV: 'production',
    NODE_OPTIONS: '--enable-source-maps',
    AUDIT_TABLE_NAME: BENCH_TABLE,
    CATALOGUE_TABLE_NAME: BENCH_CATALOGUE_TABLE,
    BUDGET_TABLE_NAME: BENCH_BUDGET_TABLE,
    TEAM_POLICY_PARAMETER: BENCH_POLICY_PARAMETER,
    TEAMS_CLAIM: 'cognito:groups',
    OWNER_TAG_KEY: 'team',
    MAX_WRITE_ATTEMPTS: '5',
    WRITER_TURN_TABLE_NAME: BENCH_TURN_TABLE,
    WRITER_TURN_HOLD_MS: '3000',
    WRITER_TURN_POLL_MS: '25',
    IOT_SECURITY_PROFILE_ARN_PREFIX: 'arn:aws:iot:us-east-1:123456789012:securityprofile/',
    GRAPHQL_INTROSPECTION: 'false',
    POWERTOOLS_SERVICE_NAME: 'security-profile-gateway',
    POWERTOOLS_METRICS_NAMESPACE: 'SecurityProfileGateway',
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
    AWS_LAMBDA_FUNCTION_NAME: 'security-profile-gateway-bench-api',
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '256',
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_ACCESS_KEY_ID: 'ASIABENCHBENCHBENCH',
    AWS_SECRET_ACCESS_KEY: 'bench-secret',
    AWS_SESSION_TOKEN: 'bench-session',
    // Lambda has no shared config files; point the SDK at absent ones rather than the developer's.
    AWS_CONFIG_FILE: join(stateDir, 'no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(stateDir, 'no-aws-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_ENDPOINT_URL_IOT: endpoints.iot,
    AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
    AWS_ENDPOINT_URL_SSM: endpoints.ssm,
    BENCH_ARTIFACT_URL: artifactUrl,
  };
}
