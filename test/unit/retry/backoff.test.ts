import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../src/domain/retry/backoff';

const options = { baseMs: 100, capMs: 1_000 };

describe('backoffDelay', () => {
  it('draws the first retry from the base interval', () => {
    const delay = backoffDelay(1, options, () => 0.5);

    expect(delay).toBe(50);
  });

  it('doubles the interval with each failed attempt', () => {
    const delays = [1, 2, 3, 4].map((attempt) => backoffDelay(attempt, options, () => 0.5));

    expect(delays).toEqual([50, 100, 200, 400]);
  });

  it('never lets the interval exceed the cap', () => {
    const delay = backoffDelay(30, options, () => 0.5);

    expect(delay).toBe(500);
  });

  it('can wait not at all, which is what full jitter means', () => {
    const delay = backoffDelay(3, options, () => 0);

    expect(delay).toBe(0);
  });

  it('stays a finite number for huge attempt counts, even with a zero base', () => {
    const delay = backoffDelay(5_000, { baseMs: 0, capMs: 1_000 }, () => 0.5);

    expect(delay).toBe(0);
  });

  it('lies within zero and the capped interval for any attempt and draw', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempt, draw) => {
          const delay = backoffDelay(attempt, options, () => draw);

          expect(delay).toBeGreaterThanOrEqual(0);
          expect(delay).toBeLessThanOrEqual(Math.min(options.capMs, options.baseMs * 2 ** (attempt - 1)));
        },
      ),
    );
  });
});
