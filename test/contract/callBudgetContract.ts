import { describe, expect, it } from 'vitest';
import type { CallBudget } from '../../src/service/ports';

let buckets = 0;
const SECOND = Date.parse('2026-03-01T12:00:07.000Z');
const at = (ms: number) => new Date(SECOND + ms);

/** What the fair share relies on from a budget, fake and DynamoDB alike. */
export function describeCallBudgetContract(implementation: string, underTest: () => CallBudget): void {
  describe(`CallBudget contract: ${implementation}`, () => {
    const aBucket = () => `team#contract-${(buckets += 1)}`;

    it('grants takes up to the bound of a second and refuses the one past it until the next second', async () => {
      const budget = underTest();
      const bucket = aBucket();

      const granted = [
        await budget.take(bucket, 3, 9, at(0)),
        await budget.take(bucket, 3, 9, at(300)),
        await budget.take(bucket, 3, 9, at(600)),
      ];
      const refused = await budget.take(bucket, 3, 9, at(900));

      expect(granted).toEqual([{ granted: true }, { granted: true }, { granted: true }]);
      expect(refused).toEqual({ granted: false, retryAt: at(1_000) });
    });

    it('counts nothing of a refused take: a smaller one that fits still passes', async () => {
      const budget = underTest();
      const bucket = aBucket();
      await budget.take(bucket, 3, 5, at(0));

      const refused = await budget.take(bucket, 3, 5, at(10));
      const fits = await budget.take(bucket, 2, 5, at(20));

      expect(refused.granted).toBe(false);
      expect(fits).toEqual({ granted: true });
    });

    it('starts every second afresh, and keeps shares apart', async () => {
      const budget = underTest();
      const [spent, other] = [aBucket(), aBucket()];
      await budget.take(spent, 3, 3, at(0));

      expect((await budget.take(spent, 3, 3, at(999))).granted).toBe(false);
      expect(await budget.take(other, 3, 3, at(999))).toEqual({ granted: true });
      expect(await budget.take(spent, 3, 3, at(1_000))).toEqual({ granted: true });
    });

    it('grants the first take of a second even when it costs more than the bound', async () => {
      const budget = underTest();
      const bucket = aBucket();

      expect(await budget.take(bucket, 5, 3, at(0))).toEqual({ granted: true });
      expect((await budget.take(bucket, 1, 3, at(1))).granted).toBe(false);
    });

    it('never grants more than the bound to takes made at once', async () => {
      const budget = underTest();
      const bucket = aBucket();

      const answers = await Promise.all(Array.from({ length: 10 }, () => budget.take(bucket, 3, 9, at(0))));

      expect(answers.filter((answer) => answer.granted)).toHaveLength(3);
    });
  });
}
