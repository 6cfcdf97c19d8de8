import type { Actor } from '../../domain/actor';
import { shareOf, type Share } from '../../domain/budget/shareOf';
import { ThrottledError } from '../../domain/errors';
import type { CallBudget, Clock, TeamPolicySource } from '../ports';
import type { Telemetry } from '../telemetry';

/** What the fair share needs, bound once per cold start. */
export interface FairShareDependencies {
  budget: CallBudget;
  policies: TeamPolicySource;
  clock: Clock;
  telemetry: Pick<Telemetry, 'budgetUnavailable'>;
}

/**
 * Every team's fair share of IoT, whose rate limits are the account's: each
 * operation takes its IoT calls from the caller's share (`shareOf`) beside its
 * load, one DynamoDB write, and is refused THROTTLED when the share of the
 * current second is spent. An instance that saw a share spent refuses that
 * share's further calls until the second ends without asking anyone
 * (`refuseIfSpent`, before the load), so a team over its share costs IoT
 * nothing more. The budget store failing lets calls through (reported): the
 * share is about fairness, and the audit, which fails closed, is not.
 */
export class FairShare {
  /** Bucket → when its spent window ends, as this instance last heard. */
  private readonly spentUntil = new Map<string, number>();

  constructor(private readonly deps: FairShareDependencies) {}

  /** Rejects with ThrottledError when this instance knows the caller's share is spent this second. */
  async refuseIfSpent(actor: Actor): Promise<void> {
    const share = shareOf(actor, await this.deps.policies.get());
    const until = this.spentUntil.get(share.bucket);
    if (until === undefined) return;
    const now = this.deps.clock.now().getTime();
    if (now < until) throw throttled(share, now, until);
    this.spentUntil.delete(share.bucket);
  }

  /**
   * Runs `work` with `calls` taken from the caller's share beside it, so the
   * share costs no hop: refused before `work` starts when this instance knows
   * the share is spent, and THROTTLED, whatever `work` found, when the take is
   * refused. Resolves `work`'s own settlement (a read tells a missing profile
   * from a failure).
   */
  async beside<T>(actor: Actor, calls: number, work: () => Promise<T>): Promise<PromiseSettledResult<T>> {
    await this.refuseIfSpent(actor);
    const [done, share] = await Promise.allSettled([work(), this.take(actor, calls)]);
    if (share.status === 'rejected') throw share.reason;
    return done;
  }

  /** Takes `calls` from the caller's share; rejects with ThrottledError when it is spent. */
  async take(actor: Actor, calls: number): Promise<void> {
    const share = shareOf(actor, await this.deps.policies.get());
    const now = this.deps.clock.now();
    let answer;
    try {
      answer = await this.deps.budget.take(share.bucket, calls, share.perSecond, now);
    } catch (error) {
      this.deps.telemetry.budgetUnavailable(share.bucket, error);
      return;
    }
    if (answer.granted) return;
    const until = answer.retryAt.getTime();
    this.spentUntil.set(share.bucket, until);
    throw throttled(share, now.getTime(), until);
  }
}

function throttled(share: Share, now: number, until: number): ThrottledError {
  // Whole seconds, as Retry-After takes them: the next window at the latest.
  const retryAfterSeconds = Math.max(1, Math.ceil((until - now) / 1000));
  return new ThrottledError(
    `${capitalized(share.holder)} used its share of IoT for this second (${share.perSecond} calls); retry after ${retryAfterSeconds} s.`,
    { retryAfterSeconds },
  );
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
