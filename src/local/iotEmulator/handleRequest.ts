import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { CONTROL_PREFIX, handleControl, type ControlTarget } from './controlEndpoint';
import { EMULATOR_CHOICES } from './emulatorChoices';
import type { FaultController } from './FaultController';
import type { OperationContext } from './operations/operationContext';
import { OPERATIONS } from './operations/operationTable';
import { matchRoute } from './router';
import { AwsError, invalidRequest } from './wire/AwsError';
import { sendError, sendJson } from './wire/httpResponse';
import { parseJson } from '../../iotJson/parseJson';
import {
  cloudTrailRecordOf,
  type EmulatedCloudTrailRecord,
  type ServedCall,
} from './cloudTrail/cloudTrailRecord';

/** Everything a request may touch: the operations' context and the control endpoint's target. */
export type EmulatorRuntime = OperationContext &
  ControlTarget & {
    /** Receives the CloudTrail record of every AWS call served (not of dropped connections). */
    cloudTrail?: (record: EmulatedCloudTrailRecord) => void;
  };

/**
 * The HTTP listener: control paths first, then route → faults → body → operation.
 * Every response carries `x-amzn-RequestId`; every failure is an AWS-shaped error.
 */
export function createRequestListener(
  runtime: EmulatorRuntime,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    void handleRequest(req, res, runtime);
  };
}

async function handleRequest(
  req: IncomingMessage,
  res: ServerResponse,
  runtime: EmulatorRuntime,
): Promise<void> {
  const requestId = randomUUID();
  let served: Omit<ServedCall, 'completedAt'> | undefined;
  try {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://emulator.invalid');
    const bodyText = await readBody(req);
    if (url.pathname.startsWith(CONTROL_PREFIX)) {
      await handleControl(method, url.pathname, bodyText, runtime, res, requestId);
      return;
    }
    const route = matchRoute(method, url.pathname);
    const faults = runtime.faults.appliesTo(route.operation) ? runtime.faults : undefined;
    if (faults?.shouldDropBefore()) return dropConnection(req);
    served = {
      req,
      operation: route.operation,
      requestId,
      accountId: runtime.accountId,
      region: runtime.region,
      requestParameters: { ...route.labels, ...Object.fromEntries(url.searchParams) },
    };
    if (faults) await injectFaults(faults);
    const body = bodyText.trim() === '' ? undefined : parseBody(bodyText);
    if (isObject(body)) served.requestParameters = { ...served.requestParameters, ...body };
    const output = await OPERATIONS[route.operation](
      { labels: route.labels, query: url.searchParams, body },
      runtime,
    );
    record(runtime, { ...served, output });
    const stall = faults?.nextStallMs() ?? 0;
    if (stall > 0) await sleep(stall);
    if (faults?.shouldDropAfter()) return dropConnection(req);
    sendJson(res, 200, output, requestId);
  } catch (error) {
    const awsError = toAwsError(error);
    if (served) record(runtime, { ...served, error: { type: awsError.type, message: awsError.message } });
    sendError(res, awsError, requestId);
  }
}

/** Hands the call's CloudTrail record to whoever listens. */
function record(runtime: EmulatorRuntime, call: Omit<ServedCall, 'completedAt'>): void {
  runtime.cloudTrail?.(cloudTrailRecordOf({ ...call, completedAt: runtime.now() }));
}

/** The connection closes with no answer, as when a network path breaks. */
function dropConnection(req: IncomingMessage): void {
  req.socket.destroy();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function injectFaults(faults: FaultController): Promise<void> {
  const delay = faults.nextDelayMs();
  if (delay > 0) await sleep(delay);
  if (faults.shouldThrottle()) throw new AwsError('ThrottlingException', 'Rate exceeded');
  if (faults.shouldFail())
    throw new AwsError('InternalFailureException', 'An unexpected error has occurred (injected fault)');
}

function parseBody(text: string): unknown {
  try {
    return parseJson(text);
  } catch (error) {
    throw invalidRequest(
      `request body: is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > EMULATOR_CHOICES.maxBodyBytes) {
      throw invalidRequest(`request body: larger than ${EMULATOR_CHOICES.maxBodyBytes} bytes`);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function toAwsError(error: unknown): AwsError {
  if (error instanceof AwsError) return error;
  // An emulator bug must look like what a client can handle, and still be visible to whoever runs it.
  console.error('iot-emulator: unexpected error', error);
  return new AwsError('InternalFailureException', 'An unexpected error has occurred');
}
