import type { Spread } from '../stats';
import type { Figure, Section } from './figures';

/** The sections as a plain-text table: medians with their min–max, ratios with their targets. */
export function formatTable(sections: readonly Section[]): string {
  const lines: string[] = [];
  for (const section of sections) {
    lines.push('', `${section.title}   (baseline: ${section.baseline})`);
    lines.push(
      `  ${'figure'.padEnd(38)} ${'gateway'.padStart(24)} ${'baseline'.padStart(24)} ${'ratio'.padStart(22)}  target`,
    );
    for (const row of section.figures) lines.push(formatRow(row));
    for (const note of section.notes) lines.push(`  · ${note}`);
  }
  const targets = sections.flatMap((section) => section.figures).filter((row) => row.target);
  lines.push('', `targets met: ${targets.filter((row) => row.met).length} of ${targets.length}`);
  return lines.join('\n');
}

function formatRow(row: Figure): string {
  const target = row.target ? `${row.target.op} ${row.target.value}  ${row.met ? 'met' : 'NOT met'}` : '';
  return [
    `  ${`${row.name} (${row.unit})`.padEnd(38)}`,
    formatSpread(row.gateway, row.unit === '×' ? 2 : undefined).padStart(24),
    formatSpread(row.baseline, row.unit === '×' ? 2 : undefined).padStart(24),
    formatSpread(row.ratio, 2).padStart(22),
    ` ${target}`,
  ].join(' ');
}

function formatSpread(value: Spread, digits = digitsFor(value.median)): string {
  const n = (x: number) => x.toFixed(digits);
  if (value.n <= 1 || value.min === value.max) return n(value.median);
  return `${n(value.median)} (${n(value.min)}–${n(value.max)})`;
}

function digitsFor(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.abs(value) >= 100 ? 0 : 1;
}
