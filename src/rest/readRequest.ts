import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { ValidationError } from '../domain/errors';
import type { Decoder } from '../iotJson/decode';
import { DecodeError, REQUIRED_MISSING } from '../iotJson/DecodeError';
import { parseJson } from '../iotJson/parseJson';

/** The request body decoded into a domain shape, and the JSON as sent (for the audit trail). */
export function readBody<T>(event: APIGatewayProxyEventV2, decode: Decoder<T>): { value: T; json: unknown } {
  const text = event.body
    ? event.isBase64Encoded
      ? Buffer.from(event.body, 'base64').toString('utf8')
      : event.body
    : '';
  let json: unknown = {};
  try {
    if (text.trim() !== '') json = parseJson(text);
  } catch (error) {
    throw new ValidationError([
      { path: '', message: `the body is not valid JSON (${(error as Error).message})` },
    ]);
  }
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
