import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { seedDemoProfiles, seedDemoThingGroups } from './demoSeed';
import { thingGroupArn } from './operations/thingGroupOperations';
import { FaultController, type Random } from './FaultController';
import { createRequestListener, type EmulatorRuntime } from './handleRequest';
import { ProfileStore } from './ProfileStore';
import { createStateFile } from './stateFile';
import type { EmulatedCloudTrailRecord } from './cloudTrail/cloudTrailRecord';

/** How to start the emulator; every member has a local-stack default. */
export interface IotEmulatorOptions {
  /** TCP port; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** Region in ARNs; default us-east-1. */
  region?: string;
  /** Account in ARNs; default 123456789012. */
  accountId?: string;
  /** Keep state in this JSON file across restarts (written atomically); default in memory only. */
  stateFile?: string;
  /** Create the demo profiles and thing groups (those missing) at start and after a reset. */
  seedDemo?: boolean;
  /** Random source for fault rates and jitter; default Math.random. */
  random?: Random;
  /** Clock for creationDate / lastModifiedDate; default the system clock. */
  now?: () => Date;
  /**
   * Receives the CloudTrail record of every AWS call the emulator serves, as
   * CloudTrail would write it (the local stack delivers them to the audit's
   * CloudTrail handler, as EventBridge does in AWS).
   */
  cloudTrail?: (record: EmulatedCloudTrailRecord) => void;
}

/** A running emulator. */
export interface IotEmulator {
  /** Base URL for `endpoint` / `--endpoint-url` / AWS_ENDPOINT_URL_IOT, e.g. `http://127.0.0.1:4566`. */
  url: string;
  /** Fault injection (also reachable at `/__emulator/faults`). */
  faults: FaultController;
  /** Forgets every profile and fault; re-seeds demo data when `seedDemo` is set. */
  reset(): Promise<void>;
  /** Stops listening, drops open connections and waits for pending state writes. */
  close(): Promise<void>;
}

/** Starts the AWS IoT Device Defender emulator (restJson1 over HTTP) and resolves once it listens. */
export async function startIotEmulator(options: IotEmulatorOptions = {}): Promise<IotEmulator> {
  const { host = '127.0.0.1', region = 'us-east-1', accountId = '123456789012' } = options;
  const store = new ProfileStore();
  const faults = new FaultController(options.random);
  const stateFile = options.stateFile === undefined ? undefined : createStateFile(options.stateFile);
  const now = options.now ?? ((): Date => new Date());
  const profileArn = (name: string): string => `arn:aws:iot:${region}:${accountId}:securityprofile/${name}`;
  const persist = async (): Promise<void> => {
    if (stateFile) await stateFile.save(store.snapshot());
  };
  const seed = async (): Promise<void> => {
    if (!options.seedDemo) return;
    const at = now();
    const groups = seedDemoThingGroups(store, (name) => thingGroupArn({ region, accountId }, name), at);
    if (seedDemoProfiles(store, profileArn, at) + groups > 0) await persist();
  };

  const saved = await stateFile?.load();
  if (saved) store.restore(saved);
  await seed();

  const reset = async (): Promise<void> => {
    store.clear();
    faults.clear();
    await persist();
    await seed();
  };
  const runtime: EmulatorRuntime = {
    store,
    faults,
    region,
    accountId,
    profileArn,
    now,
    persist,
    reset,
    ...(options.cloudTrail && { cloudTrail: options.cloudTrail }),
  };
  const server = createServer(createRequestListener(runtime));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${shownHost}:${port}`,
    faults,
    reset,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await stateFile?.flush();
    },
  };
}
