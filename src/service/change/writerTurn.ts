import { ProfileBusyError } from '../../domain/errors';
import { hasTimeFor } from '../../domain/retry/hasTimeFor';
import type { LoadedProfile } from '../../domain/securityProfile';
import type { TurnHandoff, TurnState } from '../ports';
import type { ChangeDependencies } from './changeDependencies';
import type { StartState } from './changePlanner';

/** Waiters further back than this look as often as the ninth in line. */
const MAX_PLACE = 8;

type TurnDependencies = Pick<
  ChangeDependencies,
  'turns' | 'turn' | 'clock' | 'sleep' | 'random' | 'telemetry' | 'retry'
>;

/**
 * The turn of one call among the writers of its profile (stage 5½): writers
 * of one profile reach IoT one at a time, across Lambda instances, instead of
 * racing and paying a describe and an update for every conflict. The first
 * try starts beside the load and the intent, so an uncontended call waits for
 * nothing. A call that finds the turn held joins the line and looks again
 * until the turn is handed to it (or is free, or ran out), or its deadline
 * would pass (PROFILE_BUSY). The first in line looks every `pollMs` or so, the
 * others less often the further back they stand. A holder that waited, or
 * found writers waiting, reads the line beside its write and hands the turn,
 * with the profile its write left, to the first waiter, who writes on it
 * without describing the profile again; IoT's version check judges that state
 * as any other. An uncontended call makes two calls of the table, the take
 * (beside the load) and the release (beside the audit outcome).
 *
 * The turn is an optimisation, never a condition: when the turn table cannot
 * be reached, the call goes on with the version check alone.
 */
export class WriterTurn {
  private state: 'trying' | 'held' | 'waiting' | 'without' = 'trying';
  private handoff: TurnHandoff | undefined;
  /** Whether writers were seen waiting (this one among them): only then is the line read. */
  private contended = false;
  /** The line behind this holder, read beside its write. */
  private line: Promise<TurnState | undefined> | undefined;
  private readonly firstTry: Promise<void>;
  /** When the call's own load began (the turn's first try starts with it). */
  private readonly startedMs: number;

  private constructor(
    private readonly deps: TurnDependencies,
    private readonly securityProfileName: string,
    private readonly holder: string,
  ) {
    this.startedMs = deps.clock.now().getTime();
    this.firstTry = this.tryOnce();
  }

  /** Starts the first try now, beside the load. `holder` is the call's audit event id. */
  static start(deps: TurnDependencies, securityProfileName: string, holder: string): WriterTurn {
    return new WriterTurn(deps, securityProfileName, holder);
  }

  /**
   * Resolves once the call has the turn (or goes on without one): with
   * `before`, or with the profile the last holder left when that is a newer
   * version of the same incarnation. Resolves `before` itself on every later
   * call. Rejects with ProfileBusyError when waiting longer would run into the
   * Lambda's deadline, less the time kept for the write and its audit.
   */
  async wait<Before extends StartState>(before: Before, deadlineMs: number): Promise<Before> {
    await this.firstTry;
    if (this.state === 'waiting') await this.waitInLine(deadlineMs);
    // Who waits behind is read while the call plans and writes: its release names the next holder.
    // A line that cannot be read names no one: the turn is freed, and the waiters take it.
    if (this.state === 'held' && this.contended) {
      this.line ??= this.deps.turns.look(this.securityProfileName).catch(() => undefined);
    }
    const handoff = this.handoff;
    this.handoff = undefined;
    return newerOf(before, handoff, this.startedMs);
  }

  /**
   * Ends the turn as soon as the write is over, leaving `left` (the profile as
   * this call's write left it, when it made one) and the turn to the first in
   * line; a call that was still waiting leaves the line. Never rejects: a turn
   * not released runs out by itself.
   */
  async release(left: LoadedProfile | undefined): Promise<void> {
    await this.firstTry;
    const state = this.state;
    this.state = 'without';
    const { turns } = this.deps;
    if (state === 'waiting') await this.quietly(() => turns.leave(this.securityProfileName, this.holder));
    if (state !== 'held') return;
    const next = (await this.line)?.waiters.find((waiter) => waiter !== this.holder);
    const now = this.deps.clock.now().getTime();
    const handoff = left && { ...left, leftAtMs: now };
    const handTo = next ? { holder: next, untilMs: now + this.deps.turn.holdMs } : undefined;
    await this.quietly(() => turns.release(this.securityProfileName, this.holder, handoff, handTo));
  }

  private async waitInLine(deadlineMs: number): Promise<void> {
    this.contended = true;
    await this.quietly(() => this.deps.turns.join(this.securityProfileName, this.holder));
    while (this.state === 'waiting') {
      const turn = await this.quietly(() => this.deps.turns.look(this.securityProfileName));
      if (!turn) return;
      const now = this.deps.clock.now().getTime();
      if (turn.heldBy === this.holder) {
        this.state = 'held';
        this.handoff = turn.handoff;
        return;
      }
      if (turn.heldBy === undefined || (turn.heldUntil ?? 0) <= now) {
        await this.tryOnce();
        continue;
      }
      const place = Math.min(Math.max(0, turn.waiters.indexOf(this.holder)), MAX_PLACE);
      const delay = this.deps.random() * this.deps.turn.pollMs * (1 + place);
      if (!hasTimeFor(deadlineMs, now, delay, this.deps.retry.deadlineReserveMs)) throw this.busy();
      await this.deps.sleep(delay);
    }
  }

  private async tryOnce(): Promise<void> {
    const now = this.deps.clock.now().getTime();
    const tried = await this.quietly(() =>
      this.deps.turns.take(this.securityProfileName, this.holder, now, now + this.deps.turn.holdMs),
    );
    if (!tried) return;
    this.state = tried.taken ? 'held' : 'waiting';
    this.handoff = tried.handoff;
    this.contended ||= tried.contended === true;
  }

  /** A call of the turn table; when it fails, the call goes on without its turn. */
  private async quietly<T>(call: () => Promise<T>): Promise<T | undefined> {
    try {
      return await call();
    } catch (error) {
      this.state = 'without';
      this.deps.telemetry.writerTurnUnavailable(this.securityProfileName, error);
      return undefined;
    }
  }

  private busy(): ProfileBusyError {
    return new ProfileBusyError(
      `Other writers of '${this.securityProfileName}' held its turn for as long as this call could wait; ` +
        'nothing was changed. Try again later.',
    );
  }
}

/**
 * The state a write starts from: the handoff when it is of the profile the
 * call loaded (same name and incarnation) and newer, else what it loaded. A
 * handoff at a newer version was left after the load; at the same version it
 * is the newer when left after the load began, and then its owner is the
 * fresher (an ownership transfer changes no version). A handoff of another
 * incarnation (the profile was deleted and created again) is never used: its
 * version numbers are another profile's.
 */
function newerOf<Before extends StartState>(
  before: Before,
  handoff: TurnHandoff | undefined,
  loadedAtMs: number,
): Before {
  if (!before || !handoff) return before;
  const loaded = before.profile;
  const left = handoff.profile;
  const sameIncarnation =
    left.securityProfileName === loaded.securityProfileName &&
    left.creationDate?.getTime() === loaded.creationDate?.getTime();
  const newer =
    left.version > loaded.version ||
    (left.version === loaded.version &&
      handoff.leftAtMs > loadedAtMs &&
      handoff.ownerTeam !== before.ownerTeam);
  return sameIncarnation && newer ? { ...before, profile: left, ownerTeam: handoff.ownerTeam } : before;
}
