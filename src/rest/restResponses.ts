import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { GatewayError, type ErrorCode } from '../domain/errors';
import { toJson } from '../iotJson/toJson';
import { errorDetails } from '../service/errorDetails';

const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  THROTTLED: 429,
  INTERNAL_SERVER_ERROR: 500,
  UPSTREAM_UNAVAILABLE: 502,
  AUDIT_UNAVAILABLE: 503,
};

/** A JSON answer; bigints are written as exact JSON numbers, as IoT writes its longs. */
export function jsonResponse(statusCode: number, body: unknown): APIGatewayProxyStructuredResultV2 {
  return { statusCode, headers: { 'content-type': 'application/json' }, body: toJson(body) };
}

/** The error answer: `{ code, message, …details }` with the code's HTTP status. */
export function errorResponse(error: unknown, production: boolean): APIGatewayProxyStructuredResultV2 {
  if (error instanceof GatewayError) {
    return jsonResponse(STATUS[error.code], { ...errorDetails(error), message: error.message });
  }
  const message = production || !(error instanceof Error) ? 'Internal server error' : error.message;
  return jsonResponse(500, { code: 'INTERNAL_SERVER_ERROR', message });
}
