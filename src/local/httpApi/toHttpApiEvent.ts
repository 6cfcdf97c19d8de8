import type { IncomingMessage } from 'node:http';
import type {
  APIGatewayEventRequestContextJWTAuthorizer,
  APIGatewayProxyEventV2WithJWTAuthorizer,
} from 'aws-lambda';

type RequestContext = APIGatewayProxyEventV2WithJWTAuthorizer['requestContext'];

/** What the adapter decided about a request before it becomes an event. */
export interface EventSettings {
  requestId: string;
  accountId: string;
  /** The verified claims; undefined on a public route. */
  authorizer: APIGatewayEventRequestContextJWTAuthorizer | undefined;
}

/**
 * The payload 2.0 event API Gateway's HTTP API would send for a request: header
 * names lower-cased and repeated headers joined by commas, the `cookie` header
 * moved to `cookies`, repeated query parameters joined by commas, `x-forwarded-*`
 * added, a textual body as text and any other body base64-encoded. On a public
 * route `requestContext.authorizer` is absent, as on a route without an authorizer.
 */
export function toHttpApiEvent(
  req: IncomingMessage,
  body: Buffer,
  settings: EventSettings,
): APIGatewayProxyEventV2WithJWTAuthorizer {
  const { rawPath, rawQueryString } = splitTarget(req.url ?? '/');
  const headers = eventHeaders(req);
  const textual = isTextual(headers['content-type']);
  const event: APIGatewayProxyEventV2WithJWTAuthorizer = {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString,
    headers,
    requestContext: requestContext(req, rawPath, headers, settings),
    isBase64Encoded: body.length > 0 && !textual,
  };
  const cookies = req.headersDistinct.cookie?.flatMap((line) => line.split(/;\s*/)).filter(Boolean);
  if (cookies?.length) event.cookies = cookies;
  const query = queryParameters(rawQueryString);
  if (query) event.queryStringParameters = query;
  if (body.length > 0) event.body = body.toString(textual ? 'utf8' : 'base64');
  return event;
}

function splitTarget(target: string): { rawPath: string; rawQueryString: string } {
  const queryAt = target.indexOf('?');
  return queryAt < 0
    ? { rawPath: target, rawQueryString: '' }
    : { rawPath: target.slice(0, queryAt), rawQueryString: target.slice(queryAt + 1) };
}

function requestContext(
  req: IncomingMessage,
  rawPath: string,
  headers: Record<string, string>,
  { requestId, accountId, authorizer }: EventSettings,
): RequestContext {
  const host = headers.host ?? 'localhost';
  const now = new Date();
  const context: Omit<RequestContext, 'authorizer'> = {
    accountId,
    apiId: 'local',
    domainName: host,
    domainPrefix: host.split('.')[0] ?? host,
    http: {
      method: req.method ?? 'GET',
      path: rawPath,
      protocol: `HTTP/${req.httpVersion}`,
      sourceIp: sourceIpOf(req),
      userAgent: headers['user-agent'] ?? '',
    },
    requestId,
    routeKey: '$default',
    stage: '$default',
    time: apiGatewayTime(now),
    timeEpoch: now.getTime(),
  };
  // The event type promises an authorizer; a public route's event honestly has none.
  return (authorizer ? { ...context, authorizer } : context) as RequestContext;
}

function eventHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, values] of Object.entries(req.headersDistinct)) {
    if (values && name !== 'cookie') headers[name] = values.join(',');
  }
  const sourceIp = sourceIpOf(req);
  const forwarded = headers['x-forwarded-for'];
  headers['x-forwarded-for'] = forwarded ? `${forwarded},${sourceIp}` : sourceIp;
  headers['x-forwarded-proto'] = 'http';
  headers['x-forwarded-port'] = String(req.socket.localPort ?? '');
  return headers;
}

function sourceIpOf(req: IncomingMessage): string {
  return (req.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, '');
}

function queryParameters(rawQueryString: string): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(rawQueryString)) {
    params[name] = name in params ? `${params[name]},${value}` : value;
  }
  return Object.keys(params).length > 0 ? params : undefined;
}

/** Bodies of these types reach the Lambda as text; anything else as base64. */
function isTextual(contentType: string | undefined): boolean {
  if (!contentType) return true;
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return (
    type.startsWith('text/') ||
    type.endsWith('+json') ||
    type.endsWith('+xml') ||
    ['application/json', 'application/graphql', 'application/xml', 'application/javascript'].includes(type) ||
    type === 'application/x-www-form-urlencoded'
  );
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `22/Sep/2024:10:13:20 +0000`, the format of `requestContext.time`. */
function apiGatewayTime(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${two(date.getUTCDate())}/${MONTHS[date.getUTCMonth()]}/${date.getUTCFullYear()}`;
  return `${day}:${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`;
}
