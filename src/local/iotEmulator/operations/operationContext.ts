import type { FaultController } from '../FaultController';
import type { ProfileStore } from '../ProfileStore';

/** What an operation handler gets from the HTTP request. */
export interface OperationRequest {
  /** Percent-decoded URI labels (`securityProfileName`). */
  labels: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body (`parseJson`), or undefined when there was none. */
  body: unknown;
}

/** What an operation handler may use: the state, faults, naming and time. */
export interface OperationContext {
  store: ProfileStore;
  faults: FaultController;
  region: string;
  accountId: string;
  /** `arn:aws:iot:<region>:<account>:securityprofile/<name>` */
  profileArn(name: string): string;
  now(): Date;
  /** Saves the state when a state file is configured; call after every change. */
  persist(): Promise<void>;
}

/** One operation: decodes its input, acts on the store, returns the output members. */
export type Operation = (request: OperationRequest, context: OperationContext) => unknown;
