import { RequestLimitError } from './domain/errors';
import { optionalInt, type Env } from './envVariables';

/**
 * Bounds on the work one request may ask for. Every one but the last is
 * checked before any call to IoT or to the audit table, so a hostile request
 * costs a small constant times its size; the IoT calls are counted as they are
 * made (what a document's lists hold is known only then), so no request makes
 * more of them than `iotCalls`.
 */
export interface RequestLimits {
  requestBytes: number;
  documentBytes: number;
  tokens: number;
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
  mutationFields: number;
  operations: number;
  iotCalls: number;
}

/** One limit: the variable that sets it, its default, the range it may be set to and what it counts. */
interface LimitSetting {
  setting: string;
  default: number;
  min: number;
  max: number;
  /** What is counted, as the refusal names it: "The request body has 300000 bytes, …". */
  subject: string;
  unit: string;
}

/**
 * The limits, their settings and defaults, in one table: `loadRequestLimits`
 * reads it, serverless.yml sets the same defaults (a packaging test holds them
 * equal) and README's "Limits" lists it. The defaults sit well above what the
 * schema's largest legitimate request needs (README says how each was chosen).
 */
export const REQUEST_LIMIT_SETTINGS = {
  // Lambda's synchronous payload is 6 MB; a profile at IoT's maxima (100 behaviors, 1,000 values,
  // every name at its longest) is 106 KB of JSON, and 98 KB written inline in a document.
  requestBytes: s('REQUEST_MAX_BYTES', 262_144, 1_024, 6_000_000, 'The request body', 'bytes'),
  documentBytes: s('GRAPHQL_MAX_DOCUMENT_BYTES', 131_072, 256, 6_000_000, 'The GraphQL document', 'bytes'),
  // Every field of every query at once is under 1,000 tokens; that profile written inline 5,820.
  tokens: s('GRAPHQL_MAX_TOKENS', 10_000, 100, 1_000_000, 'The GraphQL document', 'tokens'),
  // The schema's deepest selection is 8 levels (introspection is not counted).
  depth: s('GRAPHQL_MAX_DEPTH', 12, 2, 100, 'The operation', 'levels of selection'),
  aliases: s('GRAPHQL_MAX_ALIASES', 15, 0, 1_000, 'The operation', 'aliases'),
  directives: s('GRAPHQL_MAX_DIRECTIVES', 50, 0, 1_000, 'The operation', 'directives'),
  // Armor's cost multiplies a list's selection by its `first`: every field of every query with every
  // list at its largest page of 100 costs 316,092 (test/unit/limits/defaultsFitRealClients.test.ts).
  cost: s('GRAPHQL_MAX_COST', 500_000, 10, 10_000_000, 'The operation', 'points of cost'),
  mutationFields: s('GRAPHQL_MAX_MUTATION_FIELDS', 1, 1, 100, 'The mutation', 'fields'),
  operations: s('GRAPHQL_MAX_OPERATIONS', 1, 1, 100, 'The request', 'operations'),
  // A page of 100 profiles with each one's profile read is 200 calls; a change with all its retries 15.
  iotCalls: s('REQUEST_MAX_IOT_CALLS', 250, 3, 10_000, 'The request', 'IoT calls'),
} as const satisfies Record<keyof RequestLimits, LimitSetting>;

export type LimitName = keyof RequestLimits;

function s(setting: string, byDefault: number, min: number, max: number, subject: string, unit: string) {
  return { setting, default: byDefault, min, max, subject, unit };
}

/** The limits in force when no variable sets them. */
export const DEFAULT_REQUEST_LIMITS: Readonly<RequestLimits> = mapLimits((spec) => spec.default);

/** Reads every limit from the environment; a malformed value throws a ConfigError naming its variable. */
export function loadRequestLimits(env: Env): RequestLimits {
  return mapLimits((spec) => optionalInt(env, spec.setting, spec.min, spec.max) ?? spec.default);
}

function mapLimits(value: (spec: LimitSetting) => number): RequestLimits {
  const entries = Object.entries(REQUEST_LIMIT_SETTINGS).map(([name, spec]) => [name, value(spec)]);
  return Object.fromEntries(entries) as RequestLimits;
}

/**
 * The refusal of a request over `name`'s limit, naming the setting:
 * "The operation has 16 aliases, more than the 15 allowed (GRAPHQL_MAX_ALIASES)."
 * `found` is left out where counting stopped at the limit (tokens, bytes of a stream).
 */
export function limitExceeded(limits: RequestLimits, name: LimitName, found?: number): RequestLimitError {
  const { setting, subject, unit } = REQUEST_LIMIT_SETTINGS[name];
  const max = limits[name];
  const count =
    found === undefined ? `more than the ${max} ${unit}` : `${found} ${unit}, more than the ${max}`;
  return new RequestLimitError({ setting, max }, `${subject} has ${count} allowed (${setting}).`);
}
