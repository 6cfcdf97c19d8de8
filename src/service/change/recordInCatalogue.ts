import type { AuditEvent } from '../../domain/auditEvent';
import { catalogueEntryOf } from '../../domain/catalogue/catalogueEntry';
import type { ChangeDependencies } from './changeDependencies';
import type { ChangeOutcome } from './changeOutcome';
import type { EndState } from './changePlanner';

/**
 * The stage after the write, beside the audit outcome: the profile catalogue
 * takes the state a successful change left (its profile and owner, as the
 * event records them), or forgets the incarnation a delete removed. It never
 * throws: the change stands whatever the catalogue does, and the drift scan
 * mends an entry this stage could not write.
 */
export async function recordInCatalogue<After extends EndState>(
  deps: Pick<ChangeDependencies, 'catalogue' | 'clock' | 'telemetry'>,
  outcome: ChangeOutcome<After>,
): Promise<void> {
  if (outcome.status !== 'SUCCEEDED') return;
  const { event } = outcome;
  try {
    await write(deps, event);
  } catch (error) {
    deps.telemetry.catalogueWriteFailed(event.securityProfileName, error);
  }
}

function write(deps: Pick<ChangeDependencies, 'catalogue' | 'clock'>, event: AuditEvent): Promise<void> {
  if (event.after) {
    return deps.catalogue.record(catalogueEntryOf(event.after, event.ownerTeam), deps.clock.now());
  }
  if (!event.before) return Promise.resolve();
  // Only the incarnation this call removed: a profile created again since keeps its entry.
  return deps.catalogue.remove(event.securityProfileName, { creationDate: event.before.creationDate });
}
