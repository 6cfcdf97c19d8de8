import type { ServerResponse } from 'node:http';
import type { AwsError } from './AwsError';
import { toJson } from '../../../iotJson/toJson';

/** Writes a JSON response with the request id header every AWS response carries. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  requestId: string,
  headers: Record<string, string> = {},
): void {
  const payload = toJson(body);
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(payload),
    'x-amzn-RequestId': requestId,
    ...headers,
  });
  res.end(payload);
}

/**
 * Writes an error the way AWS IoT does: `x-amzn-ErrorType` with the bare shape
 * name (CLI v2.9 does not strip a `namespace#` prefix from the header), the
 * modelled status, and a body with lower-case `message` plus any extra members.
 */
export function sendError(res: ServerResponse, error: AwsError, requestId: string): void {
  sendJson(res, error.status, { message: error.message, ...error.members }, requestId, {
    'x-amzn-ErrorType': error.type,
  });
}
