import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** What a flaky client does to one `send`: fail before it reaches the table, or lose the answer after. */
export type Fault = 'fail' | 'lose-response' | 'none';

/**
 * A document client that runs `faults` in order on successive sends that `applies` to,
 * then behaves. The error is shaped like the SDK's network errors (no HTTP response).
 */
export function flakyClient(
  real: DynamoDBDocumentClient,
  faults: Fault[],
  applies: (input: Record<string, unknown>) => boolean = () => true,
): DynamoDBDocumentClient {
  const pending = [...faults];
  const send = async (command: { input: Record<string, unknown> }): Promise<unknown> => {
    const fault = applies(command.input) ? (pending.shift() ?? 'none') : 'none';
    if (fault === 'fail') throw networkError();
    const output = await real.send(command as Parameters<DynamoDBDocumentClient['send']>[0]);
    if (fault === 'lose-response') throw networkError();
    return output;
  };
  return { send } as unknown as DynamoDBDocumentClient;
}

function networkError(): Error {
  return Object.assign(new Error('socket hang up'), { name: 'Error', code: 'ECONNRESET' });
}

/** True for a put of a final (not PENDING) event. */
export function isOutcomePut(input: Record<string, unknown>): boolean {
  const item = input.Item as Record<string, unknown> | undefined;
  return item !== undefined && item.outcome !== 'PENDING';
}
