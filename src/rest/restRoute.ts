import type { ErrorCode } from '../domain/errors';
import type { Decoder } from '../iotJson/decode';
import type { JsonSchema } from '../iotJson/jsonSchema';
import type { CallContext } from '../service/callContext';
import type { SecurityProfileService } from '../service/SecurityProfileService';
import type { QueryParameterName, RestQuery } from './readRequest';

export type HttpMethod = 'GET' | 'PUT' | 'PATCH' | 'POST' | 'DELETE';

/** The labels of a path template: `/a/{name}/b` → `{ name: string }`. */
export type PathParams<Path extends string> = Path extends `${string}{${infer Label}}${infer Rest}`
  ? { [K in Label | keyof PathParams<Rest>]: string }
  : Record<never, string>;

/** What a route's use case is handed: the caller, the decoded labels, query and body. */
export interface RouteCall<Path extends string, Body> {
  service: SecurityProfileService;
  call: CallContext;
  /** The path's labels, percent-decoded as IoT decodes its own (`my-prof%3A1` → `my-prof:1`). */
  params: PathParams<Path>;
  query: RestQuery;
  /** The body decoded by the route's `body` decoder (undefined for a route without one). */
  body: Body;
  /** The request as the client sent it, for the audit trail: the body's JSON and the query. */
  input: { body: unknown; query: Record<string, string | undefined> };
}

/** The success answer of a route: its status and the schema of its body. */
export interface RouteResponse {
  /** Default 200. */
  status?: number;
  description: string;
  schema: JsonSchema;
}

/**
 * One REST route: the router matches it and the OpenAPI document describes it,
 * both from this one declaration (see `restRoutes.ts`).
 */
export interface RestRoute<Path extends string = string, Body = unknown> {
  method: HttpMethod;
  /** An OpenAPI path template; a literal segment wins over a label (`/x/validate` before `/x/{name}`). */
  path: Path;
  operationId: string;
  summary: string;
  description?: string;
  /** What each label is (documented as a path parameter). */
  labels?: { [K in keyof PathParams<Path>]: string };
  /** The query parameters the route reads (`readRequest.ts` says what each takes). */
  query?: readonly QueryParameterName[];
  /** Decodes the JSON body; its schema documents the request body. Absent: the route takes none. */
  body?: Decoder<Body>;
  response: RouteResponse;
  /**
   * The error codes the route can answer besides every route's (BAD_USER_INPUT for a body past
   * REQUEST_MAX_BYTES, UNAUTHENTICATED, INTERNAL_SERVER_ERROR); each is documented with its
   * status from the error table.
   */
  errors: readonly ErrorCode[];
  /** The use case: the body of the success answer. */
  run(call: RouteCall<Path, Body>): Promise<unknown>;
}

/** Declares a route with its labels and body type inferred (the table holds routes of every type). */
export function defineRoute<const Path extends string, Body = undefined>(
  route: RestRoute<Path, Body>,
): RestRoute {
  return route;
}
