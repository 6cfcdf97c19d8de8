import type { Actor } from '../domain/actor';
import type { RequestMeta } from '../domain/auditEvent';

/** Who is calling and from where: what every use case receives besides its input. */
export interface CallContext {
  actor: Actor;
  meta: RequestMeta;
  /** Milliseconds left before Lambda stops the invocation. */
  remainingTimeMs: () => number;
}

/** What a mutation adds to its typed request: the options the gateway adds to IoT's. */
export interface MutationOptions {
  /** Validate, authorize and compute the result without writing (nor auditing) anything. */
  dryRun: boolean;
  /** The input as the client sent it, for the audit trail. */
  input: unknown;
}

/** One mutation call as the change pipeline runs it. */
export type ChangeCall = CallContext & MutationOptions;
