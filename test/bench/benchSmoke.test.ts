import { describe, expect, it } from 'vitest';
import { benchSettings } from './benchSettings';
import { numbersOf } from './report/figures';
import { formatTable } from './report/printTable';
import { runBenchmark } from './runBench';

// The benchmark in miniature, so that it cannot rot: every figure must come out, finite.
// No figure is compared with anything: timings are for `npm run bench`, not for the tests.
describe('the benchmark in smoke mode', () => {
  it('produces every figure of the eight measurements, each a finite number', async () => {
    const results = await runBenchmark(benchSettings({ BENCH_MODE: 'smoke' }));

    expect(results.sections.map((section) => section.title)).toEqual([
      '1. Cold start',
      '2. Gateway overhead',
      '3. Critical path',
      '4. Contention',
      '5. Memory',
      '6. Hostile documents',
      '7. Fair share',
      '8. New operations',
    ]);
    for (const section of results.sections) {
      expect(section.figures.length).toBeGreaterThan(0);
      for (const value of numbersOf(section)) expect(Number.isFinite(value)).toBe(true);
    }
    expect(formatTable(results.sections)).toContain('ratio');
  }, 180_000);
});
