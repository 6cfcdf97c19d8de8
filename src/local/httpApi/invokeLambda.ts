import { randomBytes, randomUUID } from 'node:crypto';
import type {
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyResultV2,
  APIGatewayProxyStructuredResultV2,
  Callback,
  Context,
} from 'aws-lambda';
import { jsonReply } from './httpReply';
import type { HttpReply } from './httpReply';

/** A Lambda handler for HTTP API payload 2.0, promise- or callback-style, as the runtime allows. */
export type HttpApiLambdaHandler = (
  event: APIGatewayProxyEventV2WithJWTAuthorizer,
  context: Context,
  callback: Callback<APIGatewayProxyResultV2>,
) => void | Promise<APIGatewayProxyResultV2 | undefined>;

/** What the local "function" looks like from inside. */
export interface LambdaSettings {
  functionName: string;
  region: string;
  accountId: string;
  /** The integration's time budget; `getRemainingTimeInMillis` counts down from it. */
  timeoutMs: number;
  /** Where a failed invocation is reported, as the Lambda runtime logs it. */
  logError: (error: unknown) => void;
}

/**
 * Runs one invocation and turns its outcome into the response API Gateway would
 * send: the structured result as given; any other value as a 200 JSON body (a
 * string as it is); a thrown error or rejected promise as 500 `Internal Server
 * Error`; no answer within the budget as 503 `Service Unavailable`.
 */
export async function invokeLambda(
  handler: HttpApiLambdaHandler,
  event: APIGatewayProxyEventV2WithJWTAuthorizer,
  settings: LambdaSettings,
): Promise<HttpReply> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<HttpReply>((resolve) => {
    timer = setTimeout(() => resolve(jsonReply(503, 'Service Unavailable')), settings.timeoutMs);
  });
  const completed = new Promise<APIGatewayProxyResultV2 | undefined>((resolve, reject) => {
    const callback: Callback<APIGatewayProxyResultV2> = (error, result) =>
      error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result);
    const returned = handler(event, lambdaContext(settings, callback), callback);
    if (returned) returned.then(resolve, reject);
  });
  try {
    return await Promise.race([
      completed.then(toReply, (error: unknown) => {
        settings.logError(error);
        return jsonReply(500, 'Internal Server Error');
      }),
      timedOut,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function lambdaContext(settings: LambdaSettings, callback: Callback<APIGatewayProxyResultV2>): Context {
  const deadline = Date.now() + settings.timeoutMs;
  const { functionName, region, accountId } = settings;
  const day = new Date().toISOString().slice(0, 10).replaceAll('-', '/');
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${region}:${accountId}:function:${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: `${day}/[$LATEST]${randomBytes(16).toString('hex')}`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: (error, result) => callback(error, result as APIGatewayProxyResultV2),
    fail: (error) => callback(typeof error === 'string' ? new Error(error) : error),
    succeed: (result: unknown) => callback(null, result as APIGatewayProxyResultV2),
  };
}

function toReply(result: APIGatewayProxyResultV2 | undefined): HttpReply {
  if (!isStructured(result)) {
    const body = typeof result === 'string' ? result : JSON.stringify(result ?? null);
    return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: Buffer.from(body) };
  }
  const headers: HttpReply['headers'] = {};
  for (const [name, value] of Object.entries(result.headers ?? {}))
    headers[name.toLowerCase()] = String(value);
  const multiValueHeaders =
    (result as { multiValueHeaders?: Record<string, unknown[]> }).multiValueHeaders ?? {};
  for (const [name, values] of Object.entries(multiValueHeaders))
    headers[name.toLowerCase()] = values.map(String);
  if (result.cookies?.length) headers['set-cookie'] = result.cookies;
  const body = Buffer.from(result.body ?? '', result.isBase64Encoded ? 'base64' : 'utf8');
  return { statusCode: result.statusCode ?? 200, headers, body };
}

/** API Gateway's rule: an object with `statusCode` is a structured response; anything else is the body. */
function isStructured(result: unknown): result is APIGatewayProxyStructuredResultV2 {
  return typeof result === 'object' && result !== null && 'statusCode' in result;
}
