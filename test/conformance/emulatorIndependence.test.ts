import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

/** Files a module loads at run time (type-only imports are erased), followed from `entry`. */
function runtimeImports(entry: string): Set<string> {
  const seen = new Set<string>();
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    const statements = source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'(\.[^']+)'/gms);
    for (const [, specifier] of statements) {
      const base = join(dirname(file), specifier ?? '');
      const candidates = [`${base}.ts`, join(base, 'index.ts'), base];
      const found = candidates.find((candidate) => {
        try {
          readFileSync(candidate);
          return true;
        } catch {
          return false;
        }
      });
      if (found) pending.push(found);
    }
  }
  return new Set([...seen].map((file) => relative(ROOT, file)));
}

describe('the IoT emulator', () => {
  it("runs none of the gateway's validation: its rules are its own", () => {
    const loaded = [
      ...runtimeImports(join(ROOT, 'src/local/iotEmulator/index.ts')),
      ...runtimeImports(join(ROOT, 'src/local/iotEmulator/main.ts')),
    ];

    expect(loaded).toContain('src/local/iotEmulator/model/readInput.ts');
    expect(loaded).toContain('src/iotJson/parseJson.ts');
    expect(loaded.filter((file) => /^src\/(domain|service|adapters|graphql|rest)\//.test(file))).toEqual([]);
  });
});
