import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { toJson } from '../iotJson/toJson';
import { toClientError } from '../service/errorTable';

/** A JSON answer; bigints are written as exact JSON numbers, as IoT writes its longs. */
export function jsonResponse(
  statusCode: number,
  body: unknown,
  headers: Record<string, string> = {},
): APIGatewayProxyStructuredResultV2 {
  return { statusCode, headers: { 'content-type': 'application/json', ...headers }, body: toJson(body) };
}

/**
 * The error answer: `{ code, message, …details }` with the code's HTTP status
 * from the one error table. An unexpected error is handed to `reportUnexpected`
 * (logged once, with its cause chain) before it is masked, and so is an IoT
 * failure, whose cause the client is not told.
 */
export function errorResponse(
  error: unknown,
  options: { production: boolean; reportUnexpected: (error: unknown) => void },
): APIGatewayProxyStructuredResultV2 {
  const client = toClientError(error, options.production);
  if (client.unexpected || client.causeHidden) options.reportUnexpected(error);
  const { retryAfterSeconds } = client.details;
  const headers: Record<string, string> =
    typeof retryAfterSeconds === 'number' ? { 'retry-after': String(Math.ceil(retryAfterSeconds)) } : {};
  return jsonResponse(client.status, { ...client.details, message: client.message }, headers);
}
