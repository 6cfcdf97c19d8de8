import type { AuditRecorder } from '../auditRecorder';
import type { Clock, SecurityProfileStore, TeamPolicySource } from '../ports';
import type { Telemetry } from '../telemetry';

/** Everything the change pipeline needs, bound once per cold start. */
export interface ChangeDependencies {
  store: SecurityProfileStore;
  policies: TeamPolicySource;
  audit: AuditRecorder;
  telemetry: Telemetry;
  clock: Clock;
  newEventId: (now: Date) => string;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  retry: { maxAttempts: number; baseMs: number; capMs: number; deadlineReserveMs: number };
}
