import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { ValidationError } from '../domain/errors';
import type { Decoder } from '../iotJson/decode';
import { DecodeError, REQUIRED_MISSING } from '../iotJson/DecodeError';
import type { JsonSchema } from '../iotJson/jsonSchema';
import { bodyText, parseJsonBody } from '../parseJsonBody';

/** The request body decoded into a domain shape, and the JSON as sent (for the audit trail). */
export function readBody<T>(event: APIGatewayProxyEventV2, decode: Decoder<T>): { value: T; json: unknown } {
  const text = bodyText(event);
  const json: unknown = text.trim() === '' ? {} : parseJsonBody(text);
  try {
    return { value: decode(json, ''), json };
  } catch (error) {
    if (error instanceof DecodeError) {
      // A missing member the model requires is the model's rule; other decode errors are the body's shape.
      const rule = error.problem === REQUIRED_MISSING ? ('modelRequired' as const) : undefined;
      throw new ValidationError([{ path: error.path, message: error.problem, ...(rule && { rule }) }]);
    }
    throw error;
  }
}

/**
 * Every query parameter a REST route may take, as the OpenAPI document describes
 * it; `readQuery` reads each with the same rule (a route lists the ones it reads).
 */
export const QUERY_PARAMETERS = {
  expectedVersion: {
    description:
      'Change the profile only if it is still at this version: one attempt, VERSION_CONFLICT on a mismatch instead of a retry.',
    schema: { type: 'integer', format: 'int64', minimum: 0 },
  },
  dryRun: {
    description:
      'Validate, authorize and compute the result without writing anything or recording an audit event.',
    schema: { type: 'boolean', default: false },
  },
  creationDate: {
    description:
      "One incarnation of the profile: its `creationDate` in IoT, ISO-8601 as the audit events' incarnation gives it.",
    schema: { type: 'string', format: 'date-time' },
  },
  ownerTeam: {
    description:
      'Only the profiles this team owns (one of the caller’s teams, or any for admins and auditors).',
    schema: { type: 'string', minLength: 1 },
  },
  securityProfileTargetArn: {
    description:
      'The target: `arn:aws:iot:REGION:ACCOUNT:thinggroup/NAME`, or `…:all/things`, `…:all/registered-things`, `…:all/unregistered-things` (or give it in the body).',
    schema: { type: 'string', minLength: 1 },
  },
  first: { description: 'How many entries a page holds.', schema: { type: 'integer' } },
  after: { description: 'The `endCursor` of the page before.', schema: { type: 'string' } },
} as const satisfies Record<string, { description: string; schema: JsonSchema }>;

export type QueryParameterName = keyof typeof QUERY_PARAMETERS;

/** The query parameters of one request, each read as `QUERY_PARAMETERS` documents it. */
export type RestQuery = ReturnType<typeof readQuery>;

/** The query parameters the REST routes take, each checked with a message naming it. */
export function readQuery(event: APIGatewayProxyEventV2) {
  const params = event.queryStringParameters ?? {};
  return {
    expectedVersion(): { expectedVersion?: bigint } {
      const raw = params.expectedVersion;
      if (raw === undefined) return {};
      if (!/^\d{1,19}$/.test(raw)) throw invalid('expectedVersion', 'must be a whole number');
      return { expectedVersion: BigInt(raw) };
    },
    dryRun(): boolean {
      const raw = params.dryRun;
      if (raw === undefined || raw === 'false') return false;
      if (raw === 'true') return true;
      throw invalid('dryRun', 'must be true or false');
    },
    /** An incarnation's `creationDate` (ISO-8601, as the audit events give it), when one is asked for. */
    creationDate(): { creationDate?: Date } {
      const raw = params.creationDate;
      if (raw === undefined) return {};
      const date = new Date(raw);
      if (!/^\d{4}-\d\d-\d\dT/.test(raw) || Number.isNaN(date.getTime())) {
        throw invalid('creationDate', 'must be an ISO-8601 date and time');
      }
      return { creationDate: date };
    },
    /** The team whose profiles a listing asks for, when one is named. */
    ownerTeam(): string | undefined {
      const raw = params.ownerTeam;
      if (raw === '') throw invalid('ownerTeam', 'must name a team');
      return raw;
    },
    /** The target of an attach or detach, when the query names it. */
    securityProfileTargetArn(): string | undefined {
      return params.securityProfileTargetArn;
    },
    page(): { first?: number; after?: string } {
      const first = params.first === undefined ? undefined : Number(params.first);
      if (first !== undefined && !Number.isInteger(first)) throw invalid('first', 'must be a whole number');
      return { first, after: params.after };
    },
  };
}

function invalid(path: string, message: string): ValidationError {
  return new ValidationError([{ path, message }]);
}
