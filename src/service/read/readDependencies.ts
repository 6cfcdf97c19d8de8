import type { AuditTrail, SecurityProfileStore, TeamPolicySource } from '../ports';

/** What the read use cases need: they load and authorize, and never write. */
export interface ReadDependencies {
  store: Pick<SecurityProfileStore, 'load'>;
  policies: TeamPolicySource;
  trail: AuditTrail;
}
