import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config';
import { createHandler } from '../createHandler';
import { createAuditDocumentClient } from '../adapters/audit/createAuditDocumentClient';
import {
  ensureAuditTable,
  ensureBudgetTable,
  ensureCatalogueTable,
  ensureWriterTurnTable,
} from './ensureAuditTable';
import { startDynalite } from './startDynalite';
import { demoIdentities } from './demoIdentities';
import { isPublicByDefault, startHttpAdapter, type HttpExchange } from './httpAdapter';
import { createIdePages, IDE_PATH } from './ide/createIdePages';
import { LOCAL_PORTS } from './localPorts';
import { verifyDevToken, type DevTokenOptions } from './devTokens';
import { startIotEmulator } from './iotEmulator';
import { createCloudTrailDelivery } from './cloudTrailDelivery';
import { startLocalAudit } from './startLocalAudit';
import type { EmulatedCloudTrailRecord } from './iotEmulator/cloudTrail/cloudTrailRecord';
import type { Random } from './iotEmulator/FaultController';
import { OPENAPI_PATH } from '../rest/openApiDocument';

/** Ports and knobs of the local stack; every member has a default. */
export interface LocalStackOptions {
  /** Gateway port; 0 picks a free one. Default 7310 (see LOCAL_PORTS). */
  port?: number;
  /** IoT emulator port. Default 7311. */
  iotPort?: number;
  /** dynalite port. Default 7312. */
  dynamoPort?: number;
  /** Seed the demo profiles of the demo teams. Default true. */
  seedDemo?: boolean;
  /** Extra environment for the gateway (e.g. MAX_WRITE_ATTEMPTS), over the local defaults. */
  env?: Record<string, string>;
  devTokens?: DevTokenOptions;
  /** Told about every API request once answered (the terminal's one line per request). */
  onExchange?: (exchange: HttpExchange) => void;
  /**
   * Run the audit job once at start, so every profile has its baseline and the
   * first change made with the AWS CLI shows with its diff. Default true.
   */
  baselineAtStart?: boolean;
  /** Told of every CloudTrail record the emulator writes, before its delivery (tests compare the trail with them). */
  onCloudTrailRecord?: (record: EmulatedCloudTrailRecord) => void;
  /** The emulator's random source for fault rates and jitter (tests make faults deterministic); default Math.random. */
  faultRandom?: Random;
}

export const LOCAL_REGION = 'us-east-1';
export const LOCAL_ACCOUNT = '123456789012';
export const DEMO_POLICY_FILE = fileURLToPath(new URL('./demoTeamPolicy.json', import.meta.url));
/** The README's worked example, the IDE's first tab. */
const WORKED_EXAMPLE = new URL('../../examples/cli-page-example.graphql', import.meta.url);

const DESCRIBE_AND_TRAIL = `# The profile as IoT holds it now, and who changed it.
query PossibleIssueNow {
  securityProfile(securityProfileName: "PossibleIssue") {
    securityProfileName version lastModifiedDate
    behaviors { name metric }
  }
  securityProfileAuditTrail(securityProfileName: "PossibleIssue", first: 5) {
    edges { node { time outcome actor { subject teams } versionBefore versionAfter changes { path } } }
  }
}
`;

/**
 * The embedded local stack: the IoT emulator, dynalite with the audit table,
 * and the gateway's own Lambda handler behind an HTTP adapter that builds the
 * same v2 events API Gateway would, with locally issued JWTs.
 */
export async function startLocalStack(options: LocalStackOptions = {}) {
  // What already listens is closed again when a later part fails (a busy port, a bad variable),
  // so a failed start exits instead of hanging on open servers.
  const started: { close(): Promise<void> }[] = [];
  const track = <T extends { close(): Promise<void> }>(part: T): T => (started.push(part), part);
  try {
    return await startParts(options, track);
  } catch (error) {
    await Promise.allSettled(started.reverse().map((part) => part.close()));
    throw error;
  }
}

async function startParts(
  options: LocalStackOptions,
  track: <T extends { close(): Promise<void> }>(part: T) => T,
) {
  // The emulator's CloudTrail records, delivered to the audit's CloudTrail handler as EventBridge would.
  const cloudTrail = createCloudTrailDelivery({ account: LOCAL_ACCOUNT, region: LOCAL_REGION });
  const iot = track(
    await startIotEmulator({
      port: options.iotPort ?? LOCAL_PORTS.iot.fallback,
      region: LOCAL_REGION,
      accountId: LOCAL_ACCOUNT,
      seedDemo: options.seedDemo ?? true,
      random: options.faultRandom,
      cloudTrail: (record) => {
        options.onCloudTrailRecord?.(record);
        cloudTrail.accept(record);
      },
    }),
  );
  const dynamo = track(await startDynalite({ port: options.dynamoPort ?? LOCAL_PORTS.dynamo.fallback }));
  // The same variables the deployed function gets; the SDK reads its endpoints from them.
  const env: Record<string, string> = {
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_ENDPOINT_URL_IOT: iot.url,
    AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
    AUDIT_TABLE_NAME: 'SecurityProfileAudit',
    CATALOGUE_TABLE_NAME: 'SecurityProfileCatalogue',
    BUDGET_TABLE_NAME: 'SecurityProfileBudget',
    IOT_SECURITY_PROFILE_ARN_PREFIX: `arn:aws:iot:${LOCAL_REGION}:${LOCAL_ACCOUNT}:securityprofile/`,
    TEAM_POLICY_FILE: process.env.TEAM_POLICY_FILE ?? DEMO_POLICY_FILE,
    POWERTOOLS_METRICS_NAMESPACE: 'SecurityProfileGateway',
    // The gateway calls IoT with the access key above: its records are its own calls.
    AUDIT_GATEWAY_PRINCIPALS: 'local',
    ...options.env,
  };
  Object.assign(process.env, env);
  // The local stack is for development (the IDE needs introspection) unless NODE_ENV says otherwise.
  const config = loadConfig({ NODE_ENV: 'development', ...process.env });
  const documents = createAuditDocumentClient();
  await Promise.all([
    ensureAuditTable(documents, config.auditTableName),
    ensureCatalogueTable(documents, config.catalogueTableName),
    ensureBudgetTable(documents, config.budgetTableName),
    ensureWriterTurnTable(documents, config.writerTurnTableName),
  ]);
  const audit = startLocalAudit(process.env);
  cloudTrail.deliverTo((event) => audit.recordCloudTrail(event));
  if (options.baselineAtStart ?? true) await audit.runJob();
  const ide = createIdePages({
    endpoint: '/graphql',
    identities: () => demoIdentities(options.devTokens),
    tabs: [{ query: readFileSync(WORKED_EXAMPLE, 'utf8') }, { query: DESCRIBE_AND_TRAIL }],
  });
  const gateway = await startHttpAdapter({
    handler: createHandler(config),
    port: options.port ?? LOCAL_PORTS.gateway.fallback,
    verifyToken: (token) => verifyDevToken(token, options.devTokens),
    region: LOCAL_REGION,
    accountId: LOCAL_ACCOUNT,
    localPages: ide,
    // As serverless.yml routes it, the OpenAPI document reaches the function without a token.
    isPublicRoute: (method, path) =>
      isPublicByDefault(method, path) || (method === 'GET' && path === OPENAPI_PATH),
    onExchange: options.onExchange,
  });
  return {
    graphqlUrl: `${gateway.url}/graphql`,
    gatewayUrl: gateway.url,
    /** The local GraphQL IDE (GraphiQL); its assets are bundled on first use, or by `ide.warmUp()`. */
    ideUrl: `${gateway.url}${IDE_PATH}`,
    /** The REST API's OpenAPI 3.1 document, made from its route table. */
    openApiUrl: `${gateway.url}${OPENAPI_PATH}`,
    ide,
    iot,
    dynamoEndpoint: dynamo.endpoint,
    dynamo,
    config,
    /** The CloudTrail records on their way to the handler; `drained()` waits for them. */
    cloudTrail,
    /** One run of the audit job (`npm run audit:reconcile`), as scheduled in AWS. */
    runAuditJob: audit.runJob,
    async close() {
      await cloudTrail.drained();
      await gateway.close();
      await Promise.all([iot.close(), dynamo.close()]);
    },
  };
}

export type LocalStack = Awaited<ReturnType<typeof startParts>>;
