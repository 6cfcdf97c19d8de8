import type { ServerResponse } from 'node:http';
import type { FaultController } from './FaultController';
import { sendJson } from './wire/httpResponse';

/** Paths of the emulator's own control endpoint, outside every AWS path. */
export const CONTROL_PREFIX = '/__emulator/';

/** What the control endpoint drives. */
export interface ControlTarget {
  faults: FaultController;
  /** Forgets every profile, clears faults, re-seeds demo data when the emulator seeds it. */
  reset(): Promise<void>;
}

/**
 * Serves the control endpoint:
 * `GET|PUT|DELETE /__emulator/faults` (read, replace, turn off the fault settings),
 * `POST /__emulator/reset`, `GET /__emulator/health`.
 */
export async function handleControl(
  method: string,
  path: string,
  bodyText: string,
  target: ControlTarget,
  res: ServerResponse,
  requestId: string,
): Promise<void> {
  const route = `${method} ${path}`;
  const reply = (status: number, body: unknown): void => sendJson(res, status, body, requestId);
  switch (route) {
    case 'GET /__emulator/health':
      return reply(200, { status: 'ok' });
    case 'GET /__emulator/faults':
      return reply(200, target.faults.get());
    case 'DELETE /__emulator/faults':
      target.faults.clear();
      return reply(200, target.faults.get());
    case 'PUT /__emulator/faults':
      return putFaults(bodyText, target.faults, reply);
    case 'POST /__emulator/reset':
      await target.reset();
      return reply(200, {});
    default:
      return reply(404, { message: `No control operation ${route}` });
  }
}

function putFaults(
  bodyText: string,
  faults: FaultController,
  reply: (status: number, body: unknown) => void,
): void {
  let settings: unknown;
  try {
    settings = JSON.parse(bodyText || '{}');
  } catch {
    return reply(400, { message: 'body: is not valid JSON' });
  }
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) {
    return reply(400, { message: 'body: expected a JSON object of fault settings' });
  }
  try {
    reply(200, faults.set(settings));
  } catch (error) {
    reply(400, { message: error instanceof Error ? error.message : String(error) });
  }
}
