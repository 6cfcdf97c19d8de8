import type { DescribeSecurityProfileCommand, UpdateSecurityProfileCommand } from '@aws-sdk/client-iot';

/** The commands whose responses carry `long` members the adapter must read exactly. */
export type LongBearingCommand = DescribeSecurityProfileCommand | UpdateSecurityProfileCommand;

const utf8 = new TextDecoder();

/**
 * Adds to one command a deserialize-step middleware that keeps the raw text of
 * the HTTP response body, and returns a reader for it (`undefined` until a
 * response arrived, or when the client never ran the middleware stack, as with
 * a mocked `send`).
 *
 * It sits right after the SDK's `deserializerMiddleware`, i.e. between it and
 * the HTTP handler, so it sees each attempt's response before the SDK parses
 * it. It buffers the body and hands the bytes back as the body: the SDK's
 * `collectBody` takes a Uint8Array as is. On retries the last attempt wins,
 * which is the one whose output the SDK returns.
 */
export function captureRawBody(command: LongBearingCommand): () => string | undefined {
  let text: string | undefined;
  // Generic so that it fits every command's own middleware type.
  const keepRawBody =
    <A, R extends { response: unknown }>(next: (args: A) => Promise<R>) =>
    async (args: A): Promise<R> => {
      const result = await next(args);
      const response = result.response as { body?: unknown };
      const bytes = await readAll(response.body);
      if (bytes) {
        text = utf8.decode(bytes);
        response.body = bytes;
      }
      return result;
    };
  command.middlewareStack.addRelativeTo(keepRawBody, {
    name: 'captureRawBodyMiddleware',
    relation: 'after',
    toMiddleware: 'deserializerMiddleware',
  });
  return () => text;
}

// Node's handler gives an IncomingMessage; anything else iterable is buffered the
// same way. A body of another kind is left alone (and nothing is captured).
async function readAll(body: unknown): Promise<Uint8Array | undefined> {
  if (body instanceof Uint8Array) return body;
  if (body === undefined || body === null) return new Uint8Array();
  if (typeof body === 'string') return new TextEncoder().encode(body);
  if (typeof body !== 'object' || !(Symbol.asyncIterator in body)) return undefined;
  const chunks: Uint8Array[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array | string>) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
  }
  return Buffer.concat(chunks);
}
