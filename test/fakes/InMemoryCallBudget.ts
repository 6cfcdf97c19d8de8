import type { BudgetAnswer, CallBudget } from '../../src/service/ports';

/** The budget in memory: the same fixed windows of one second as the DynamoDB table. */
export class InMemoryCallBudget implements CallBudget {
  /** `bucket#second` → calls taken in that window. */
  readonly windows = new Map<string, number>();
  /** Set to make the next takes fail, as an unreachable table would. */
  failWith: Error | undefined;

  take(bucket: string, calls: number, perSecond: number, now: Date): Promise<BudgetAnswer> {
    if (this.failWith) return Promise.reject(this.failWith);
    const second = Math.floor(now.getTime() / 1000);
    const key = `${bucket}#${second}`;
    const taken = this.windows.get(key) ?? 0;
    if (taken > 0 && taken + calls > perSecond) {
      return Promise.resolve({ granted: false, retryAt: new Date((second + 1) * 1000) });
    }
    this.windows.set(key, taken + calls);
    return Promise.resolve({ granted: true });
  }
}
