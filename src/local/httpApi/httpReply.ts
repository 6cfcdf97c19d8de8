import type { ServerResponse } from 'node:http';

/** A response the local HTTP API is about to send. */
export interface HttpReply {
  statusCode: number;
  /** Lower-case names; an array sends the header once per value (set-cookie). */
  headers: Record<string, string | string[]>;
  body: Buffer;
}

/** One of API Gateway's own JSON answers, such as `{"message":"Unauthorized"}`. */
export function jsonReply(statusCode: number, message: string): HttpReply {
  return {
    statusCode,
    headers: { 'content-type': 'application/json' },
    body: Buffer.from(JSON.stringify({ message })),
  };
}

/** Writes a reply, with the `apigw-requestid` header API Gateway adds to every response. */
export function sendReply(res: ServerResponse, reply: HttpReply, requestId: string): void {
  res.statusCode = reply.statusCode;
  for (const [name, value] of Object.entries(reply.headers)) res.setHeader(name, value);
  res.setHeader('apigw-requestid', requestId);
  res.setHeader('content-length', reply.body.length);
  res.end(reply.body);
}
