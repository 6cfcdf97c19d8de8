import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { ValidationError } from './domain/errors';
import { parseJson } from './iotJson/parseJson';

/** The request body as text ('' when none): API Gateway base64-encodes a body it takes for binary. */
export function bodyText(event: Pick<APIGatewayProxyEventV2, 'body' | 'isBase64Encoded'>): string {
  if (!event.body) return '';
  return event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
}

/**
 * A request body's JSON (64-bit integers exact, as `parseJson` reads them), on
 * every route: text that is not JSON is the client's error, BAD_USER_INPUT
 * naming the parser's complaint, never an unexpected one.
 *
 * @throws ValidationError when `text` is not JSON, or nested past what the parser can walk.
 */
export function parseJsonBody(text: string): unknown {
  try {
    return parseJson(text);
  } catch (error) {
    // V8 walks a deeply nested body recursively (the exact-integer reviver too): past its stack, a RangeError.
    if (error instanceof RangeError) {
      throw new ValidationError([{ path: '', message: 'the body is nested too deeply to be read' }], {
        cause: error,
      });
    }
    if (!(error instanceof SyntaxError)) throw error;
    throw new ValidationError([{ path: '', message: `the body is not valid JSON (${error.message})` }], {
      cause: error,
    });
  }
}
