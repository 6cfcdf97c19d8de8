import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';

/** The API's timeout in serverless.yml; the handler plans its retries against it. */
const TIMEOUT_MS = 29_000;

/** A Lambda context as the runtime passes it to one invocation of a 256 MB function. */
export function lambdaContext(): Context {
  const deadline = Date.now() + TIMEOUT_MS;
  const awsRequestId = randomUUID();
  return {
    functionName: 'security-profile-gateway-bench-api',
    functionVersion: '$LATEST',
    memoryLimitInMB: '256',
    invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:security-profile-gateway-bench-api',
    awsRequestId,
    logGroupName: '/aws/lambda/security-profile-gateway-bench-api',
    logStreamName: '2026/01/01/[$LATEST]bench',
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => deadline - Date.now(),
    done() {},
    fail() {},
    succeed() {},
  };
}
