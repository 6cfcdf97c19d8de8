import type { Section } from './figures';

/**
 * One line per figure whose ratio both runs measured: the previous run's ratio next to this
 * run's, so a change can be judged against the noise (each ratio with its min–max).
 */
export function compareRuns(previous: readonly Section[], current: readonly Section[]): string[] {
  const before = new Map(
    previous.flatMap((section) =>
      section.figures.map((row) => [`${section.title} · ${row.name}`, row] as const),
    ),
  );
  const lines: string[] = [];
  for (const section of current) {
    for (const row of section.figures) {
      const old = before.get(`${section.title} · ${row.name}`);
      if (!old) continue;
      const ratio = (r: typeof row.ratio) =>
        `${r.median.toFixed(2)} (${r.min.toFixed(2)}–${r.max.toFixed(2)})`;
      lines.push(
        `  ${`${section.title} · ${row.name}`.padEnd(62)} ${ratio(old.ratio).padStart(20)} → ${ratio(row.ratio)}`,
      );
    }
  }
  return lines;
}
