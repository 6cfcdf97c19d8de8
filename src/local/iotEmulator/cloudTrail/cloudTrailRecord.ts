import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * A CloudTrail record of one AWS IoT API call, with the members CloudTrail's
 * "record contents" documents for management events (`eventVersion`,
 * `userIdentity`, `eventTime`, `eventSource`, `eventName`, `awsRegion`,
 * `sourceIPAddress`, `userAgent`, `requestParameters`, `responseElements`,
 * `errorCode`, `errorMessage`, `requestID`, `eventID`, `readOnly`,
 * `eventType`, `managementEvent`, `recipientAccountId`, `eventCategory`).
 */
export interface EmulatedCloudTrailRecord {
  eventVersion: string;
  userIdentity: Record<string, string>;
  eventTime: string;
  eventSource: 'iot.amazonaws.com';
  eventName: string;
  awsRegion: string;
  sourceIPAddress: string;
  userAgent: string;
  requestParameters: Record<string, unknown> | null;
  responseElements: unknown;
  errorCode?: string;
  errorMessage?: string;
  requestID: string;
  eventID: string;
  readOnly: boolean;
  eventType: 'AwsApiCall';
  managementEvent: true;
  recipientAccountId: string;
  eventCategory: 'Management';
}

/** What the emulator knows of a call once it is answered. */
export interface ServedCall {
  req: IncomingMessage;
  operation: string;
  requestId: string;
  accountId: string;
  region: string;
  /** The URI labels, query parameters and body members, as sent. */
  requestParameters: Record<string, unknown>;
  /** The operation's output; undefined when it failed. */
  output?: unknown;
  error?: { type: string; message: string };
  completedAt: Date;
}

// SigV4: `Authorization: AWS4-HMAC-SHA256 Credential=<access key id>/<date>/<region>/<service>/aws4_request, …`.
const CREDENTIAL = /Credential=([^/,\s]+)\//;

/**
 * The record CloudTrail would write for a call the emulator served. The
 * identity is the access key the caller signed with (the emulator checks no
 * signature and knows no IAM users, so the key stands for the user); the
 * time is the request's completion, to the second, as CloudTrail writes it.
 */
export function cloudTrailRecordOf(call: ServedCall): EmulatedCloudTrailRecord {
  const record: EmulatedCloudTrailRecord = {
    eventVersion: '1.09',
    userIdentity: identityOf(call.req, call.accountId),
    eventTime: call.completedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    eventSource: 'iot.amazonaws.com',
    eventName: call.operation,
    awsRegion: call.region,
    sourceIPAddress: sourceIpOf(call.req),
    userAgent: call.req.headers['user-agent'] ?? '',
    requestParameters: Object.keys(call.requestParameters).length > 0 ? call.requestParameters : null,
    // Present for actions that make changes; omitted (null) for reads and failures.
    responseElements: !isReadOnly(call.operation) && !call.error ? (call.output ?? null) : null,
    requestID: call.requestId,
    eventID: randomUUID(),
    readOnly: isReadOnly(call.operation),
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: call.accountId,
    eventCategory: 'Management',
  };
  if (call.error) {
    record.errorCode = call.error.type;
    record.errorMessage = call.error.message;
  }
  return record;
}

function identityOf(req: IncomingMessage, accountId: string): Record<string, string> {
  const key = CREDENTIAL.exec(req.headers.authorization ?? '')?.[1];
  if (key === undefined) return { type: 'Unknown', principalId: 'anonymous' };
  return {
    type: 'IAMUser',
    principalId: key,
    arn: `arn:aws:iam::${accountId}:user/${key}`,
    accountId,
    accessKeyId: key,
    userName: key,
  };
}

function sourceIpOf(req: IncomingMessage): string {
  const address = req.socket.remoteAddress ?? '';
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}

function isReadOnly(operation: string): boolean {
  return /^(Describe|List|Validate)/.test(operation);
}
