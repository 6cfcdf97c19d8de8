import type { Spread } from '../stats';

/** A target a ratio must meet. */
export interface Target {
  op: '<=' | '>=';
  value: number;
}

/** One row of the results: the gateway's figure, its baseline's, and their ratio. */
export interface Figure {
  /** What is measured, e.g. "import". */
  name: string;
  unit: string;
  gateway: Spread;
  baseline: Spread;
  /** gateway ÷ baseline (paired samples where there are pairs). */
  ratio: Spread;
  target?: Target;
  /** Whether the ratio's median meets the target; absent without a target. */
  met?: boolean;
}

/** One of the measurements: its figures against the named baseline. */
export interface Section {
  title: string;
  /** What the baseline column is. */
  baseline: string;
  figures: Figure[];
  /** Facts that are not ratios (counts, settings), printed under the section. */
  notes: string[];
}

/** A figure with its target checked. */
export function figure(fields: Omit<Figure, 'met'>): Figure {
  if (!fields.target) return fields;
  const { op, value } = fields.target;
  const met = op === '<=' ? fields.ratio.median <= value : fields.ratio.median >= value;
  return { ...fields, met };
}

/** Every number of a section, for checks that each figure was produced. */
export function numbersOf(section: Section): number[] {
  return section.figures.flatMap((row) =>
    [row.gateway, row.baseline, row.ratio].flatMap((s) => [s.median, s.min, s.max]),
  );
}
