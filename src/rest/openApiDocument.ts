import type { ErrorCode } from '../domain/errors';
import {
  ALERT_TARGET_TYPES,
  COMPARISON_OPERATORS,
  CONFIDENCE_LEVELS,
  DIMENSION_VALUE_OPERATORS,
} from '../domain/securityProfile';
import type { JsonSchema } from '../iotJson/jsonSchema';
import { codesByStatus, describeCodes, errorBodySchema } from './errorSchemas';
import { QUERY_PARAMETERS } from './readRequest';
import type { RestRoute } from './restRoute';
import { REST_ROUTES } from './restRoutes';
import { hoistTitledSchemas } from './hoistTitledSchemas';

/** Where the API serves its own OpenAPI document, without a token. */
export const OPENAPI_PATH = '/openapi.json';

/** Every route's errors besides its own (`RestRoute.errors`): a body past REQUEST_MAX_BYTES is refused on any. */
const EVERY_ROUTE_ERRORS: readonly ErrorCode[] = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'INTERNAL_SERVER_ERROR',
];

const JSON_TYPE = 'application/json';

/** The members of an OpenAPI 3.1 document this one uses. */
export interface OpenApiDocument {
  openapi: '3.1.0';
  info: Record<string, unknown>;
  servers: Array<{ url: string; description: string }>;
  security: Array<Record<string, string[]>>;
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { securitySchemes: Record<string, unknown>; schemas: Record<string, JsonSchema> };
}

/** One operation: a route of the table. */
export interface OpenApiOperation {
  operationId: string;
  summary: string;
  description?: string;
  security?: never[];
  parameters?: Array<{
    name: string;
    in: 'path' | 'query';
    required: boolean;
    description: string;
    schema: JsonSchema;
  }>;
  requestBody?: OpenApiContent & { description: string; required: boolean };
  responses: Record<
    string,
    OpenApiContent & { description: string; headers?: Record<string, OpenApiHeader> }
  >;
}

/** A response header the answer may carry. */
export interface OpenApiHeader {
  description: string;
  required: boolean;
  schema: JsonSchema;
}

/** Sent with a THROTTLED answer when the gateway knows when a retry makes sense (restResponses.ts). */
const RETRY_AFTER: Record<string, OpenApiHeader> = {
  'Retry-After': {
    description: 'Seconds to wait before trying again: `retryAfterSeconds`, rounded up. Absent when unknown.',
    required: false,
    schema: { type: 'integer', minimum: 0 },
  },
};

interface OpenApiContent {
  content: Record<string, { schema: JsonSchema }>;
}

/** The values of the model's enum shapes the decoders name (`enumString`), in IoT's spelling. */
const MODEL_ENUMS: Readonly<Record<string, readonly string[]>> = {
  ComparisonOperator: COMPARISON_OPERATORS,
  DimensionValueOperator: DIMENSION_VALUE_OPERATORS,
  ConfidenceLevel: CONFIDENCE_LEVELS,
  AlertTargetType: ALERT_TARGET_TYPES,
};

let built: OpenApiDocument | undefined;

/** The OpenAPI 3.1 document of the REST API, made from the route table (built once). */
export function openApiDocument(): OpenApiDocument {
  built ??= buildDocument(REST_ROUTES);
  return built;
}

/** The document of a route table: each route's operation, its shapes once under `components.schemas`. */
export function buildDocument(routes: readonly RestRoute[]): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const route of routes) {
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operation(route);
  }
  paths[OPENAPI_PATH] = { get: documentOperation() };
  const { value, schemas } = hoistTitledSchemas(paths);
  for (const [name, values] of Object.entries(MODEL_ENUMS)) {
    if (schemas[name]) schemas[name] = { ...schemas[name], enum: values };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Security Profile Gateway — REST API',
      version: '0.1.0',
      description:
        'AWS IoT Device Defender security profiles in IoT’s own JSON shapes (AWS spellings, epoch-second ' +
        'dates, exact 64-bit numbers), with per-team authorization, a durable audit trail and retries on ' +
        'version conflicts. Errors are `{ code, message, …details }` with the code’s HTTP status.',
      license: { name: 'UNLICENSED', identifier: 'UNLICENSED' },
    },
    servers: [{ url: '/', description: 'The API that serves this document' }],
    security: [{ bearer: [] }],
    paths: value,
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'A JWT of the configured issuer; its teams claim decides what the caller may change.',
        },
      },
      schemas,
    },
  };
}

function operation(route: RestRoute): OpenApiOperation {
  const parameters: OpenApiOperation['parameters'] = [
    ...Object.entries<string>(route.labels ?? {}).map(([name, description]) => ({
      name,
      in: 'path' as const,
      required: true,
      description,
      schema: { type: 'string' },
    })),
    ...(route.query ?? []).map((name) => ({
      name,
      in: 'query' as const,
      required: false,
      ...QUERY_PARAMETERS[name],
    })),
  ];
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description && { description: route.description }),
    ...(parameters.length > 0 && { parameters }),
    ...(route.body && {
      requestBody: {
        description: 'An empty body is an empty object.',
        required: false,
        content: { [JSON_TYPE]: { schema: route.body.schema } },
      },
    }),
    responses: {
      [String(route.response.status ?? 200)]: jsonAnswer(route.response.description, route.response.schema),
      ...errorResponses([...EVERY_ROUTE_ERRORS, ...route.errors]),
      ...(route.body && {
        '413': jsonAnswer('The body is larger than the API accepts.', messageOnly()),
      }),
    },
  };
}

function errorResponses(codes: readonly ErrorCode[]): OpenApiOperation['responses'] {
  const responses: OpenApiOperation['responses'] = {};
  for (const [status, group] of codesByStatus(codes)) {
    const schemas = group.map(errorBodySchema);
    responses[String(status)] = {
      ...jsonAnswer(describeCodes(group), schemas.length === 1 ? schemas[0]! : { oneOf: schemas }),
      ...(group.includes('THROTTLED') && { headers: RETRY_AFTER }),
    };
  }
  return responses;
}

function documentOperation(): OpenApiOperation {
  return {
    operationId: 'getOpenApiDocument',
    summary: 'This document',
    description: 'Served without a token: it describes the API and holds no data.',
    security: [],
    responses: { '200': jsonAnswer('The OpenAPI 3.1 document.', { type: 'object' }) },
  };
}

function jsonAnswer(description: string, schema: JsonSchema): OpenApiContent & { description: string } {
  return { description, content: { [JSON_TYPE]: { schema } } };
}

function messageOnly(): JsonSchema {
  return {
    type: 'object',
    properties: { message: { type: 'string' } },
    required: ['message'],
    additionalProperties: false,
  };
}
