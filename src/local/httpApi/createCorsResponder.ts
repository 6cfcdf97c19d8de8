import type { IncomingMessage } from 'node:http';
import type { HttpReply } from './httpReply';

/** The HTTP API's CORS configuration (`CorsConfiguration`); every list defaults to `['*']`. */
export interface CorsOptions {
  allowOrigins?: readonly string[];
  /** `*` allows whatever method a preflight asks for. */
  allowMethods?: readonly string[];
  /** `*` allows whatever headers a preflight asks for. */
  allowHeaders?: readonly string[];
  exposeHeaders?: readonly string[];
  maxAgeSeconds?: number;
  allowCredentials?: boolean;
}

/** CORS as API Gateway applies it in front of the integration. */
export interface CorsResponder {
  /** The answer to a CORS preflight, or undefined when the request is not one. */
  preflight(req: IncomingMessage): HttpReply | undefined;
  /** The reply with the CORS headers an allowed origin gets. */
  decorate(reply: HttpReply, req: IncomingMessage): HttpReply;
}

/**
 * With CORS configured, an HTTP API answers preflights itself (204, the
 * integration never runs, no token needed) and sets the CORS headers of every
 * other response, ignoring any the integration returned. An origin it does not
 * allow gets no CORS headers, so the browser refuses. `false` turns all of that
 * off: preflights then reach the routes like any OPTIONS request.
 */
export function createCorsResponder(options: CorsOptions | false): CorsResponder {
  if (options === false) return { preflight: () => undefined, decorate: (reply) => reply };
  const { allowOrigins = ['*'], allowMethods = ['*'], allowHeaders = ['*'] } = options;
  const allowedOrigin = (req: IncomingMessage): string | undefined => {
    const origin = req.headers.origin;
    if (!origin) return undefined;
    if (allowOrigins.includes('*') && !options.allowCredentials) return '*';
    return allowOrigins.includes(origin) || allowOrigins.includes('*') ? origin : undefined;
  };
  const originHeaders = (origin: string): Record<string, string> => ({
    'access-control-allow-origin': origin,
    ...(origin === '*' ? {} : { vary: 'origin' }),
    ...(options.allowCredentials ? { 'access-control-allow-credentials': 'true' } : {}),
  });
  return {
    preflight(req) {
      const requestedMethod = req.headers['access-control-request-method'];
      if (req.method !== 'OPTIONS' || !req.headers.origin || !requestedMethod) return undefined;
      const origin = allowedOrigin(req);
      const headers: Record<string, string> = {};
      if (origin) {
        Object.assign(headers, originHeaders(origin), {
          'access-control-allow-methods': allowMethods.includes('*')
            ? requestedMethod
            : allowMethods.join(','),
          'access-control-allow-headers': allowHeaders.includes('*')
            ? (req.headers['access-control-request-headers'] ?? '')
            : allowHeaders.join(','),
        });
        if (options.maxAgeSeconds !== undefined)
          headers['access-control-max-age'] = String(options.maxAgeSeconds);
      }
      return { statusCode: 204, headers, body: Buffer.alloc(0) };
    },
    decorate(reply, req) {
      const origin = allowedOrigin(req);
      const headers = Object.fromEntries(
        Object.entries(reply.headers).filter(([name]) => !name.startsWith('access-control-')),
      );
      if (origin) Object.assign(headers, originHeaders(origin));
      if (origin && options.exposeHeaders?.length) {
        headers['access-control-expose-headers'] = options.exposeHeaders.join(',');
      }
      return { ...reply, headers };
    },
  };
}
