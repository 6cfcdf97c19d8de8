import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * The DynamoDB document client of the audit trail: the one place that says
 * `new DynamoDBClient`. The endpoint is left to the SDK, which reads its standard
 * `AWS_ENDPOINT_URL_DYNAMODB` (dynalite locally, DynamoDB in AWS); `config`
 * overrides the defaults (tests pass an endpoint, credentials or a small
 * `maxAttempts`).
 *
 * Items are written without their `undefined` members, and integers are read
 * back as `bigint`, so a 64-bit version survives the round trip exactly.
 */
export function createAuditDocumentClient(config: DynamoDBClientConfig = {}): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    maxAttempts: 3,
    // DynamoDB answers in milliseconds; a hung connection must fail the intent (and so the
    // change) well inside the API's 29-second limit rather than wait for it.
    requestHandler: { connectionTimeout: 1_000, requestTimeout: 3_000, throwOnRequestTimeout: true },
    ...config,
  });
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
    unmarshallOptions: { wrapNumbers: readNumber },
  });
}

function readNumber(text: string): bigint | number {
  return /^-?\d+$/.test(text) ? BigInt(text) : Number(text);
}
