import type { AuditEvent } from '../../domain/auditEvent';
import type { LoadedProfile } from '../../domain/securityProfile';
import { pendingEvent } from '../../domain/auditEventSteps';
import { outcomeOf } from '../errorTable';
import type { ChangeCall } from '../callContext';
import { auditOutcome } from './auditOutcome';
import type { ChangeDependencies } from './changeDependencies';
import type { ChangeOutcome } from './changeOutcome';
import type { ChangePlanner, EndState, StartState } from './changePlanner';
import type { ChangeResult } from './changeResult';
import { dryRun } from './dryRun';
import { loadWithIntent } from './loadWithIntent';
import { recordInCatalogue } from './recordInCatalogue';
import { respond } from './respond';
import { validateRequest } from './validateRequest';
import { writeWithRetry } from './writeWithRetry';
import { WriterTurn } from './writerTurn';

/**
 * Runs one mutation through the change pipeline: validate → load ∥ audit
 * intent → authorize → write (retrying on version conflicts) → audit outcome ∥
 * catalogue → respond. The planner says what the operation is; the stages are the same for
 * every operation. Every call that reaches it leaves exactly one final audit
 * event (dry runs none).
 */
export async function runChange<Before extends StartState, After extends EndState>(
  deps: ChangeDependencies,
  call: ChangeCall,
  planner: ChangePlanner<Before, After>,
): Promise<ChangeResult<After>> {
  const started = deps.clock.now();
  const pending = pendingEvent({
    eventId: deps.newEventId(started),
    time: started.toISOString(),
    request: call.meta,
    actor: call.actor,
    operation: planner.operation,
    securityProfileName: planner.securityProfileName,
    input: call.input,
    ...planner.eventDetails,
  });
  const background: Promise<void>[] = [];
  const outcome = await attemptChange(deps, call, planner, pending, background);
  // The audit outcome and the catalogue's record run side by side: no hop added.
  const [warnings] = call.dryRun
    ? [[]]
    : await Promise.all([auditOutcome(deps.audit, outcome), recordInCatalogue(deps, outcome)]);
  // What started beside the load (the drift check) is awaited here, off the critical path until now.
  await Promise.all(background);
  const elapsedMs = deps.clock.now().getTime() - started.getTime();
  deps.telemetry.mutationCompleted(
    outcome.status === 'SUCCEEDED' ? 'SUCCEEDED' : outcomeOf(outcome.error),
    elapsedMs,
  );
  return respond(outcome, warnings);
}

/** The stages up to the write; whatever they throw ends the change as FAILED with the event as it stood. */
async function attemptChange<Before extends StartState, After extends EndState>(
  deps: ChangeDependencies,
  call: ChangeCall,
  planner: ChangePlanner<Before, After>,
  pending: AuditEvent,
  background: Promise<void>[],
): Promise<ChangeOutcome<After>> {
  try {
    const readings = validateRequest(planner);
    // A share this instance knows is spent is refused before any IoT call (and audited all the same).
    await deps.fairShare.refuseIfSpent(call.actor);
    const outcome = call.dryRun
      ? await dryRun(deps, call, planner, pending)
      : await writeInTurn(deps, call, planner, pending, background);
    return outcome.status === 'SUCCEEDED'
      ? { ...outcome, warnings: [...readings, ...outcome.warnings] }
      : outcome;
  } catch (error) {
    return { status: 'FAILED', event: pending, error };
  }
}

/**
 * Load ∥ audit intent ∥ the turn's first try, then the write in the call's turn.
 * The turn is released as soon as the write is over, whatever its ending, and
 * beside the audit outcome (`background`), so the next writer starts while this
 * call is still recording its own.
 */
async function writeInTurn<Before extends StartState, After extends EndState>(
  deps: ChangeDependencies,
  call: ChangeCall,
  planner: ChangePlanner<Before, After>,
  pending: AuditEvent,
  background: Promise<void>[],
): Promise<ChangeOutcome<After>> {
  const turn = WriterTurn.start(deps, planner.securityProfileName, pending.eventId);
  let outcome: ChangeOutcome<After> | undefined;
  try {
    const before = await loadWithIntent(deps, planner, pending, background);
    outcome = await writeWithRetry(deps, call, planner, pending, before, turn);
    return outcome;
  } finally {
    background.push(turn.release(writtenBy(outcome)));
  }
}

/** The profile and owner a change's write left, for the next writer; none when it wrote nothing. */
function writtenBy<After extends EndState>(
  outcome: ChangeOutcome<After> | undefined,
): LoadedProfile | undefined {
  if (outcome?.status !== 'SUCCEEDED' || !outcome.result.applied || !outcome.result.securityProfile)
    return undefined;
  return { profile: outcome.result.securityProfile, ownerTeam: outcome.event.ownerTeam };
}
