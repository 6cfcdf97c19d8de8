import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config';
import { createHandler } from '../createHandler';
import { createAuditDocumentClient } from '../adapters/audit/createAuditDocumentClient';
import { ensureAuditTable } from './ensureAuditTable';
import { startDynalite } from './startDynalite';
import { startHttpAdapter } from './httpAdapter';
import { verifyDevToken, type DevTokenOptions } from './devTokens';
import { startIotEmulator } from './iotEmulator';

/** Ports and knobs of the local stack; every member has a default. */
export interface LocalStackOptions {
  /** Gateway port; 0 picks a free one. Default 4000. */
  port?: number;
  /** IoT emulator port. Default 4566. */
  iotPort?: number;
  /** dynalite port. Default 4567. */
  dynamoPort?: number;
  /** Seed the demo profiles of the demo teams. Default true. */
  seedDemo?: boolean;
  /** Extra environment for the gateway (e.g. MAX_WRITE_ATTEMPTS), over the local defaults. */
  env?: Record<string, string>;
  devTokens?: DevTokenOptions;
}

export const LOCAL_REGION = 'us-east-1';
export const LOCAL_ACCOUNT = '123456789012';
export const DEMO_POLICY_FILE = fileURLToPath(new URL('./demoTeamPolicy.json', import.meta.url));

/**
 * The embedded local stack: the IoT emulator, dynalite with the audit table,
 * and the gateway's own Lambda handler behind an HTTP adapter that builds the
 * same v2 events API Gateway would, with locally issued JWTs.
 */
export async function startLocalStack(options: LocalStackOptions = {}) {
  const iot = await startIotEmulator({
    port: options.iotPort ?? 4566,
    region: LOCAL_REGION,
    accountId: LOCAL_ACCOUNT,
    seedDemo: options.seedDemo ?? true,
  });
  const dynamo = await startDynalite({ port: options.dynamoPort ?? 4567 });
  // The same variables the deployed function gets; the SDK reads its endpoints from them.
  const env: Record<string, string> = {
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_ENDPOINT_URL_IOT: iot.url,
    AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
    AUDIT_TABLE_NAME: 'SecurityProfileAudit',
    IOT_SECURITY_PROFILE_ARN_PREFIX: `arn:aws:iot:${LOCAL_REGION}:${LOCAL_ACCOUNT}:securityprofile/`,
    TEAM_POLICY_FILE: process.env.TEAM_POLICY_FILE ?? DEMO_POLICY_FILE,
    POWERTOOLS_METRICS_NAMESPACE: 'SecurityProfileGateway',
    ...options.env,
  };
  Object.assign(process.env, env);
  const config = loadConfig(process.env);
  await ensureAuditTable(createAuditDocumentClient(), config.auditTableName);
  const gateway = await startHttpAdapter({
    handler: createHandler(config),
    port: options.port ?? 4000,
    verifyToken: (token) => verifyDevToken(token, options.devTokens),
    region: LOCAL_REGION,
    accountId: LOCAL_ACCOUNT,
  });
  return {
    graphqlUrl: `${gateway.url}/graphql`,
    gatewayUrl: gateway.url,
    iot,
    dynamoEndpoint: dynamo.endpoint,
    dynamo,
    config,
    async close() {
      await gateway.close();
      await Promise.all([iot.close(), dynamo.close()]);
    },
  };
}

export type LocalStack = Awaited<ReturnType<typeof startLocalStack>>;
