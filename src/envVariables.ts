/** Readers of environment variables that name the variable when its value is unusable. */

export type Env = Record<string, string | undefined>;

/** Thrown when a variable is malformed; names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The trimmed value, or undefined when unset or blank. */
export function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** An integer within [min, max], or undefined when unset. */
export function optionalInt(env: Env, name: string, min: number, max: number): number | undefined {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got '${raw}'.`);
  }
  return value;
}

/** `true`/`1` or `false`/`0`, or undefined when unset. */
export function parseBool(env: Env, name: string): boolean | undefined {
  const raw = nonEmpty(env[name])?.toLowerCase();
  if (raw === undefined) return undefined;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name} must be true or false, got '${raw}'.`);
}
