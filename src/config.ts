import { ConfigError, nonEmpty, optionalInt, parseBool, type Env } from './envVariables';
import { loadRequestLimits, type RequestLimits } from './requestLimits';

export { ConfigError } from './envVariables';

/** Twice the API's 29-second limit: no call of the gateway lasts longer. */
export const DEFAULT_IN_FLIGHT_SECONDS = 60;

/**
 * The gateway's configuration, read once from the environment. AWS endpoints are
 * not here on purpose: the SDK reads its own standard variables
 * (`AWS_ENDPOINT_URL_IOT`, `AWS_ENDPOINT_URL_DYNAMODB`, `AWS_REGION`), so the same
 * bundle talks to AWS, the local emulator or a test double.
 */
export interface GatewayConfig {
  region: string | undefined;
  auditTableName: string;
  /** The profile catalogue's table (`CATALOGUE_TABLE_NAME`): owners and versions, for listings. */
  catalogueTableName: string;
  /** The table of the teams' shares of IoT (`BUDGET_TABLE_NAME`). */
  budgetTableName: string;
  /** Days after which audit events expire (DynamoDB TTL); undefined keeps them forever. */
  auditRetentionDays: number | undefined;
  teamPolicy: { file?: string; parameterName?: string };
  /** The JWT claim that lists the caller's teams. */
  teamsClaim: string;
  /** The IoT tag whose value names the team owning a profile. */
  ownerTagKey: string;
  /** `IOT_SECURITY_PROFILE_ARN_PREFIX`; serverless.yml sets it with Fn::Sub from the stack's partition, region and account. */
  iotArnPrefix: string | undefined;
  /** The DynamoDB table of writer turns (`WRITER_TURN_TABLE_NAME`). */
  writerTurnTableName: string;
  /**
   * Writers of one profile take turns: a turn lasts at most `holdMs` (a writer
   * that was killed blocks the others no longer), and a waiting writer tries
   * again after a uniform draw from [0, `pollMs`).
   */
  writerTurn: { holdMs: number; pollMs: number };
  /** UpdateSecurityProfile calls one mutation may make when IoT still answers a version conflict. */
  maxWriteAttempts: number;
  /** Backoff between conflicting attempts: full jitter over base·2^n, capped. */
  backoff: { baseMs: number; capMs: number };
  /** Time kept back from the Lambda deadline for the audit outcome and the response. */
  deadlineReserveMs: number;
  /** Longest a call can be in flight (`AUDIT_IN_FLIGHT_SECONDS`): how far back the drift check looks for one. */
  auditInFlightMs: number;
  /** Production (any NODE_ENV but `development` and `test`, unset included) hides stack traces and internal details from clients. */
  production: boolean;
  introspection: boolean;
  /** GraphQL's "Did you mean …" hints describe the schema: kept only in development. */
  fieldSuggestions: boolean;
  /** Bounds on one request's size and work (`requestLimits.ts`, README "Limits"). */
  limits: RequestLimits;
}

/** Builds the configuration from an environment (a plain object in tests). */
export function loadConfig(env: Env): GatewayConfig {
  // Fail closed: only a development or test environment, named, shows clients internal details; an
  // environment that sets no NODE_ENV, or another name (staging), is treated as production.
  const nodeEnv = env.NODE_ENV ?? 'production';
  const production = nodeEnv !== 'development' && nodeEnv !== 'test';
  const teamPolicy = {
    file: nonEmpty(env.TEAM_POLICY_FILE),
    parameterName: nonEmpty(env.TEAM_POLICY_PARAMETER),
  };
  if (!teamPolicy.file && !teamPolicy.parameterName) {
    // Without a policy nobody could be authorized; refuse to start rather than serve errors.
    throw new ConfigError('Set TEAM_POLICY_FILE or TEAM_POLICY_PARAMETER: the gateway needs a team policy.');
  }
  return {
    region: nonEmpty(env.AWS_REGION) ?? nonEmpty(env.AWS_DEFAULT_REGION),
    auditTableName: nonEmpty(env.AUDIT_TABLE_NAME) ?? 'SecurityProfileAudit',
    catalogueTableName: nonEmpty(env.CATALOGUE_TABLE_NAME) ?? 'SecurityProfileCatalogue',
    budgetTableName: nonEmpty(env.BUDGET_TABLE_NAME) ?? 'SecurityProfileBudget',
    auditRetentionDays: optionalInt(env, 'AUDIT_RETENTION_DAYS', 1, 36_500),
    teamPolicy,
    teamsClaim: nonEmpty(env.TEAMS_CLAIM) ?? 'cognito:groups',
    ownerTagKey: nonEmpty(env.OWNER_TAG_KEY) ?? 'team',
    iotArnPrefix: nonEmpty(env.IOT_SECURITY_PROFILE_ARN_PREFIX),
    writerTurnTableName: nonEmpty(env.WRITER_TURN_TABLE_NAME) ?? 'SecurityProfileWriterTurns',
    writerTurn: {
      holdMs: optionalInt(env, 'WRITER_TURN_HOLD_MS', 100, 60_000) ?? 3_000,
      pollMs: optionalInt(env, 'WRITER_TURN_POLL_MS', 1, 1_000) ?? 25,
    },
    maxWriteAttempts: optionalInt(env, 'MAX_WRITE_ATTEMPTS', 1, 20) ?? 5,
    backoff: {
      baseMs: optionalInt(env, 'RETRY_BASE_MS', 1, 10_000) ?? 25,
      capMs: optionalInt(env, 'RETRY_CAP_MS', 1, 60_000) ?? 1_000,
    },
    deadlineReserveMs: optionalInt(env, 'DEADLINE_RESERVE_MS', 0, 60_000) ?? 1_500,
    auditInFlightMs:
      (optionalInt(env, 'AUDIT_IN_FLIGHT_SECONDS', 30, 900) ?? DEFAULT_IN_FLIGHT_SECONDS) * 1_000,
    production,
    introspection: parseBool(env, 'GRAPHQL_INTROSPECTION') ?? !production,
    fieldSuggestions: nodeEnv === 'development',
    limits: loadRequestLimits(env),
  };
}
