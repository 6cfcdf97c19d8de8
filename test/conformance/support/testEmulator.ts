import { IoTClient } from '@aws-sdk/client-iot';
import { startIotEmulator, type IotEmulator, type IotEmulatorOptions } from '../../../src/local/iotEmulator';

/** A raw HTTP answer from the emulator. */
export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed with plain JSON.parse (undefined when empty). */
  json: Record<string, unknown> | undefined;
}

/** An emulator on 127.0.0.1:0 with an SDK client and a raw HTTP helper pointed at it. */
export interface TestEmulator {
  emulator: IotEmulator;
  url: string;
  iot: IoTClient;
  /** Sends `body` as-is when it is a string, else JSON-encoded. */
  raw(method: string, path: string, body?: unknown): Promise<RawResponse>;
  close(): Promise<void>;
}

/**
 * A fixed clock that moves one second on every reading, so creation and
 * modification dates differ without waiting.
 */
export function steppingClock(start = Date.UTC(2024, 0, 1)): () => Date {
  let next = start;
  return () => {
    const date = new Date(next);
    next += 1000;
    return date;
  };
}

/** Starts an emulator for one test file. SDK retries are off so injected faults are seen as they are. */
export async function startTestEmulator(options: IotEmulatorOptions = {}): Promise<TestEmulator> {
  const emulator = await startIotEmulator({ now: steppingClock(), ...options, host: '127.0.0.1' });
  const iot = new IoTClient({
    endpoint: emulator.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    maxAttempts: 1,
  });
  return {
    emulator,
    url: emulator.url,
    iot,
    async raw(method, path, body) {
      const init: RequestInit = { method };
      if (body !== undefined) {
        init.body = typeof body === 'string' ? body : JSON.stringify(body);
        init.headers = { 'content-type': 'application/json' };
      }
      const response = await fetch(`${emulator.url}${path}`, init);
      const text = await response.text();
      const json = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
      return { status: response.status, headers: response.headers, text, json };
    },
    async close() {
      iot.destroy();
      await emulator.close();
    },
  };
}
