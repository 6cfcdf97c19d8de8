import { compileArnPattern, patternProblem } from './arnPattern';
import type { ArnPattern, PatternKind } from './arnPattern';

/** What one team may make IoT act on, as compiled patterns. */
export interface TeamGrant {
  /** Topics an alert target (`alertTargets.SNS.alertTargetArn`) may publish to. */
  snsTopicArns: readonly ArnPattern[];
  /** Roles IoT may assume: `alertTargets.SNS.roleArn`, `metricsExportConfig.roleArn`. */
  roleArns: readonly ArnPattern[];
  /** Topics metrics may be exported to (`metricsExportConfig.mqttTopic`). */
  mqttTopics: readonly ArnPattern[];
  /**
   * Targets a profile may be attached to (`securityProfileTargetArn`): thing
   * groups, and the account-wide `all/…` targets only where a pattern names them.
   */
  thingGroupArns: readonly ArnPattern[];
}

/** Which teams are admins, and what each team may reference. Built only by {@link parseTeamPolicy}. */
export interface TeamPolicy {
  /** Where the policy came from (file path, SSM parameter), for messages and logs. */
  source: string;
  adminTeams: ReadonlySet<string>;
  /**
   * Teams that read every profile and every audit event and change nothing
   * (`auditorTeams`, optional: none by default). Being an auditor adds no
   * right to change; a member of an auditor team who is also in an owner
   * team keeps that team's rights.
   */
  auditorTeams: ReadonlySet<string>;
  /** A Map, not an object, so a team named `constructor` or `__proto__` finds nothing it was not given. */
  teams: ReadonlyMap<string, TeamGrant>;
  /** Each team's share of IoT: calls per second, counted across Lambda instances. */
  budgets: IotBudgets;
}

/** The `iotCallsPerSecond` settings of a policy, with the code's defaults where it sets none. */
export interface IotBudgets {
  /** A team without a setting of its own (`iotCallsPerSecond.default`). */
  teamDefault: number;
  /** The admin teams' calls, together: a budget of their own (`iotCallsPerSecond.admins`). */
  admins: number;
  /** `teams[team].iotCallsPerSecond`, where set. */
  perTeam: ReadonlyMap<string, number>;
}

/**
 * The defaults of the budgets, the same in the code and in the deployed
 * policy: a team's mutations (3 IoT calls each) at about 33 a second, enough
 * for 25 writers of one profile at once, or its reads (2) at 50; twice that
 * for the admin teams together. Set them so that the shares together fit the
 * account's IoT rates.
 */
export const DEFAULT_BUDGETS = { teamDefault: 100, admins: 200 } as const;

/** Bounds of every `iotCallsPerSecond`: at least one mutation a second, and no more than a DynamoDB item takes. */
const BUDGET_RANGE = { min: 3, max: 1_000 } as const;

/**
 * The team policy is missing, unreadable or does not match its schema. The gateway
 * must not serve while this is the case. Deliberately not a GatewayError: its
 * message names internal configuration, so clients see a generic server error.
 */
export class TeamPolicyError extends Error {
  constructor(
    message: string,
    /** Where the policy came from. */
    readonly source: string,
    /** JSON path of the offending value (`$.teams["team-a"].roleArns[1]`), when one is to blame. */
    readonly path?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'TeamPolicyError';
  }
}

const GRANT_KINDS: Readonly<Record<keyof TeamGrant, PatternKind>> = {
  snsTopicArns: 'arn',
  roleArns: 'arn',
  mqttTopics: 'mqttTopic',
  thingGroupArns: 'arn',
};

/**
 * Validates a parsed JSON document against the team-policy schema and compiles its patterns:
 * `{ "adminTeams": string[], "auditorTeams"?: string[], "iotCallsPerSecond"?: { "default"?, "admins"?: integer },
 *    "teams": { [team]: { "snsTopicArns"?, "roleArns"?, "mqttTopics"?, "thingGroupArns"?: string[], "iotCallsPerSecond"?: integer } } }`.
 * A missing pattern list means "none". Unknown keys are rejected so a misspelt key cannot silently grant nothing.
 *
 * @throws TeamPolicyError naming `source` and the JSON path of the first problem.
 */
export function parseTeamPolicy(json: unknown, source: string): TeamPolicy {
  const fail = (path: string, problem: string): never => {
    throw new TeamPolicyError(`Team policy from ${source} is invalid at ${path}: ${problem}.`, source, path);
  };
  const root = requireObject(json, '$', fail);
  rejectUnknownKeys(root, ['adminTeams', 'auditorTeams', 'iotCallsPerSecond', 'teams'], '$', fail);
  const adminTeams = requireTeamNames(root['adminTeams'], '$.adminTeams', fail);
  const auditorTeams =
    root['auditorTeams'] === undefined ? [] : requireTeamNames(root['auditorTeams'], '$.auditorTeams', fail);
  const teamsJson = requireObject(root['teams'], '$.teams', fail);
  const teams = new Map<string, TeamGrant>();
  const perTeam = new Map<string, number>();
  for (const [team, grantJson] of Object.entries(teamsJson)) {
    const path = `$.teams[${JSON.stringify(team)}]`;
    if (team.length === 0) fail(path, 'a team name must not be empty');
    const { iotCallsPerSecond, ...patterns } = requireObject(grantJson, path, fail);
    teams.set(team, parseGrant(patterns, path, fail));
    if (iotCallsPerSecond !== undefined) {
      perTeam.set(team, requireBudget(iotCallsPerSecond, `${path}.iotCallsPerSecond`, fail));
    }
  }
  const budgets = { ...parseDefaultBudgets(root['iotCallsPerSecond'], fail), perTeam };
  return { source, adminTeams: new Set(adminTeams), auditorTeams: new Set(auditorTeams), teams, budgets };
}

/** `"iotCallsPerSecond": { "default"?: n, "admins"?: n }`, each defaulting to {@link DEFAULT_BUDGETS}. */
function parseDefaultBudgets(json: unknown, fail: Fail): Omit<IotBudgets, 'perTeam'> {
  if (json === undefined) return { ...DEFAULT_BUDGETS };
  const path = '$.iotCallsPerSecond';
  const settings = requireObject(json, path, fail);
  rejectUnknownKeys(settings, ['default', 'admins'], path, fail);
  const read = (key: string, fallback: number) =>
    settings[key] === undefined ? fallback : requireBudget(settings[key], `${path}.${key}`, fail);
  return {
    teamDefault: read('default', DEFAULT_BUDGETS.teamDefault),
    admins: read('admins', DEFAULT_BUDGETS.admins),
  };
}

function requireBudget(json: unknown, path: string, fail: Fail): number {
  const { min, max } = BUDGET_RANGE;
  if (typeof json !== 'number' || !Number.isInteger(json) || json < min || json > max) {
    return fail(
      path,
      `expected an integer from ${min} to ${max} (IoT calls per second), got ${JSON.stringify(json)}`,
    );
  }
  return json;
}

type Fail = (path: string, problem: string) => never;

function parseGrant(json: unknown, path: string, fail: Fail): TeamGrant {
  const grant = requireObject(json, path, fail);
  rejectUnknownKeys(grant, Object.keys(GRANT_KINDS), path, fail);
  const patterns = (key: keyof TeamGrant): ArnPattern[] =>
    parsePatterns(grant[key], GRANT_KINDS[key], `${path}.${key}`, fail);
  return {
    snsTopicArns: patterns('snsTopicArns'),
    roleArns: patterns('roleArns'),
    mqttTopics: patterns('mqttTopics'),
    thingGroupArns: patterns('thingGroupArns'),
  };
}

function parsePatterns(json: unknown, kind: PatternKind, path: string, fail: Fail): ArnPattern[] {
  if (json === undefined) return [];
  return requireStrings(json, path, fail).map((source, i) => {
    const problem = patternProblem(source, kind);
    return problem === undefined ? compileArnPattern(source, kind) : fail(`${path}[${i}]`, problem);
  });
}

function requireTeamNames(json: unknown, path: string, fail: Fail): string[] {
  const names = requireStrings(json, path, fail);
  names.forEach((name, i) => {
    if (name.length === 0) fail(`${path}[${i}]`, 'a team name must not be empty');
  });
  return names;
}

function requireStrings(json: unknown, path: string, fail: Fail): string[] {
  if (!Array.isArray(json)) return fail(path, `expected an array of strings, got ${describe(json)}`);
  json.forEach((item: unknown, i) => {
    if (typeof item !== 'string') fail(`${path}[${i}]`, `expected a string, got ${describe(item)}`);
  });
  return json as string[];
}

function requireObject(json: unknown, path: string, fail: Fail): Record<string, unknown> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail(path, `expected an object, got ${describe(json)}`);
  }
  return json as Record<string, unknown>;
}

function rejectUnknownKeys(json: Record<string, unknown>, known: string[], path: string, fail: Fail): void {
  const unknown = Object.keys(json).find((key) => !known.includes(key));
  if (unknown !== undefined) {
    fail(`${path}[${JSON.stringify(unknown)}]`, `unknown key (expected one of ${known.join(', ')})`);
  }
}

function describe(json: unknown): string {
  if (json === undefined) return 'nothing';
  if (json === null) return 'null';
  return Array.isArray(json) ? 'an array' : `a ${typeof json}`;
}
