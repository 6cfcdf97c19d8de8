import type { TurnHandoff, TurnState, TurnTry, WriterTurns } from '../../src/service/ports';
import { settled } from './settled';

interface TurnItem {
  heldBy?: string;
  heldUntil?: number;
  waiters: Set<string>;
  handoff?: TurnHandoff;
}

/**
 * Writer turns in memory, with DynamoWriterTurns' rules: a turn is taken when
 * free, run out or already the holder's, and comes with the last handoff; a
 * release may hand it to a waiter. test/contract/writerTurns.test.ts holds it
 * to DynamoDB. `failing` makes every call reject, as an unreachable table would.
 */
export class InMemoryWriterTurns implements WriterTurns {
  private readonly items = new Map<string, TurnItem>();
  failing = false;
  /** Calls made, by method: what waiting cost the table. */
  readonly calls = { take: 0, look: 0, join: 0, release: 0, leave: 0 };

  take(securityProfileName: string, holder: string, nowMs: number, untilMs: number): Promise<TurnTry> {
    return this.run('take', () => {
      const item = this.itemOf(securityProfileName);
      const free = item.heldBy === undefined || (item.heldUntil ?? 0) <= nowMs || item.heldBy === holder;
      if (!free) return { taken: false };
      const handoff = item.handoff;
      const contended = [...item.waiters].some((id) => id !== holder);
      item.heldBy = holder;
      item.heldUntil = untilMs;
      item.waiters.delete(holder);
      return {
        taken: true,
        ...(handoff && { handoff: structuredClone(handoff) }),
        ...(contended && { contended }),
      };
    });
  }

  look(securityProfileName: string): Promise<TurnState> {
    return this.run('look', () => {
      const item = this.itemOf(securityProfileName);
      return structuredClone({
        ...(item.heldBy !== undefined && { heldBy: item.heldBy, heldUntil: item.heldUntil }),
        waiters: [...item.waiters].sort(),
        ...(item.handoff && { handoff: item.handoff }),
      });
    });
  }

  join(securityProfileName: string, holder: string): Promise<void> {
    return this.run('join', () => {
      this.itemOf(securityProfileName).waiters.add(holder);
    });
  }

  release(
    securityProfileName: string,
    holder: string,
    handoff?: TurnHandoff,
    next?: { holder: string; untilMs: number },
  ): Promise<void> {
    return this.run('release', () => this.releaseNow(securityProfileName, holder, handoff, next));
  }

  leave(securityProfileName: string, holder: string): Promise<void> {
    return this.run('leave', () => {
      this.itemOf(securityProfileName).waiters.delete(holder);
      this.releaseNow(securityProfileName, holder);
    });
  }

  /** Who holds the turn of a profile now, if anyone. */
  holderOf(securityProfileName: string): string | undefined {
    return this.items.get(securityProfileName)?.heldBy;
  }

  private releaseNow(
    securityProfileName: string,
    holder: string,
    handoff?: TurnHandoff,
    next?: { holder: string; untilMs: number },
  ): void {
    const item = this.itemOf(securityProfileName);
    if (item.heldBy !== holder) return;
    if (handoff) item.handoff = structuredClone(handoff);
    item.heldBy = next?.holder;
    item.heldUntil = next?.untilMs;
    if (next) item.waiters.delete(next.holder);
  }

  private itemOf(securityProfileName: string): TurnItem {
    let item = this.items.get(securityProfileName);
    if (!item) this.items.set(securityProfileName, (item = { waiters: new Set() }));
    return item;
  }

  private run<T>(method: keyof InMemoryWriterTurns['calls'], work: () => T): Promise<T> {
    this.calls[method] += 1;
    return settled(() => {
      if (this.failing) throw new Error('turn table unreachable');
      return work();
    });
  }
}
