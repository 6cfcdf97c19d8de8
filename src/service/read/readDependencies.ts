import type { FairShare } from '../budget/FairShare';
import type { AuditTrail, SecurityProfileStore, TeamPolicySource } from '../ports';

/** What the read use cases need: they load and authorize, and never write. */
export interface ReadDependencies {
  store: Pick<SecurityProfileStore, 'load'>;
  policies: TeamPolicySource;
  trail: AuditTrail;
  /** The caller's share of IoT: a read takes its two calls from it. */
  fairShare: FairShare;
}
