/** Median with its spread: what every timed figure of the benchmark reports. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  /** How many samples the median is taken over. */
  n: number;
}

/** The value below which `p` (0..1) of the samples fall (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil(p * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

/** Median, min and max of the samples (NaN for none, so a missing figure never passes as zero). */
export function spread(samples: readonly number[]): Spread {
  if (samples.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN, n: 0 };
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return {
    median: sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2,
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    n: samples.length,
  };
}

/**
 * The ratio of paired samples (each gateway sample over the baseline sample taken next to it),
 * so that a drift of the machine during the run cancels out of each pair.
 */
export function pairedRatios(numerators: readonly number[], denominators: readonly number[]): number[] {
  const pairs = Math.min(numerators.length, denominators.length);
  return Array.from({ length: pairs }, (_, i) => numerators[i]! / denominators[i]!);
}
