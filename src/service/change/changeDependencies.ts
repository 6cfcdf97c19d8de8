import type { AuditRecorder } from '../auditRecorder';
import type { Clock, ProfileCatalogue, SecurityProfileStore, TeamPolicySource, WriterTurns } from '../ports';
import type { DriftWatch } from '../drift/DriftWatch';
import type { Telemetry } from '../telemetry';
import type { FairShare } from '../budget/FairShare';

/** Everything the change pipeline needs, bound once per cold start. */
export interface ChangeDependencies {
  store: SecurityProfileStore;
  policies: TeamPolicySource;
  audit: AuditRecorder;
  /** Notices, beside the load, a profile changed outside the gateway since the audit last accounted for it. */
  drift: DriftWatch;
  /** Owners and versions, for listings: takes what every change leaves (`recordInCatalogue`). */
  catalogue: ProfileCatalogue;
  /** The caller's share of IoT, taken from beside the load. */
  fairShare: FairShare;
  /** Orders the writers of one profile before they reach IoT (`writerTurn.ts`). */
  turns: WriterTurns;
  turn: { holdMs: number; pollMs: number };
  telemetry: Telemetry;
  clock: Clock;
  newEventId: (now: Date) => string;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  retry: { maxAttempts: number; baseMs: number; capMs: number; deadlineReserveMs: number };
}
