import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseTeamPolicy, TeamPolicyError } from '../../domain/authorization/teamPolicy';
import type { TeamPolicy } from '../../domain/authorization/teamPolicy';
import type { TeamPolicySource } from '../../service/ports';
import { createSsmParameterReader, type ParameterReader } from './createSsmParameterReader';

/** Where the team policy lives: exactly one of `file` (TEAM_POLICY_FILE) or `parameterName` (TEAM_POLICY_PARAMETER). */
export interface TeamPolicySourceConfig {
  /** Path of a JSON file, relative to the working directory or absolute. Read once. */
  file?: string;
  /** Name of an SSM parameter (String or SecureString) holding the JSON. */
  parameterName?: string;
  /** How long an SSM value is cached before it is fetched again; default 60 s. */
  maxAgeSeconds?: number;
  /** How the parameter is read; defaults to a signed GetParameter from the Lambda environment. */
  readParameter?: ParameterReader;
}

const DEFAULT_MAX_AGE_SECONDS = 60;

/**
 * Builds the team-policy source. A policy that cannot be parsed or validated makes
 * `get()` reject: the gateway stops serving rather than failing open. The only
 * fallback is SSM's: while a refresh cannot be *read* (throttling, an outage), the
 * last valid policy is served for a bounded time (see `parameterSource`).
 *
 * @throws TeamPolicyError when neither or both of `file` and `parameterName` are set.
 */
export function createTeamPolicySource(config: TeamPolicySourceConfig): TeamPolicySource {
  const { file, parameterName, maxAgeSeconds = DEFAULT_MAX_AGE_SECONDS, readParameter } = config;
  if (file && parameterName) {
    throw new TeamPolicyError(
      'Both TEAM_POLICY_FILE and TEAM_POLICY_PARAMETER are set; set exactly one so it is clear which policy is in force.',
      'configuration',
    );
  }
  if (file) return fileSource(file);
  if (parameterName)
    return parameterSource(parameterName, maxAgeSeconds, readParameter ?? createSsmParameterReader());
  throw new TeamPolicyError(
    'No team policy configured: set TEAM_POLICY_FILE (a JSON file) or TEAM_POLICY_PARAMETER (an SSM parameter name).',
    'configuration',
  );
}

function fileSource(file: string): TeamPolicySource {
  const path = resolve(file);
  const source = `file ${path}`;
  let cached: Promise<TeamPolicy> | undefined;
  const load = async (): Promise<TeamPolicy> => {
    const text = await readFile(path, 'utf8').catch((cause: unknown) => {
      throw new TeamPolicyError(`Team policy ${source} could not be read.`, source, undefined, { cause });
    });
    return parseTeamPolicy(parseJson(text, source), source);
  };
  return {
    get() {
      // A failed read is not cached, so fixing the file takes effect without a restart.
      cached ??= load().catch((error: unknown) => {
        cached = undefined;
        throw error;
      });
      return cached;
    },
  };
}

/**
 * The policy from SSM, refreshed without making a request wait: a policy older
 * than `maxAge` is still served while one background read replaces it; only one
 * older than {@link STALE_LIMIT_FACTOR} × `maxAge` (no read succeeded for that
 * long) is no longer served, and the request waits for a fresh read and fails
 * with it (fail closed). The first request of a cold start waits for the read
 * unless `createDependencies` already started it during the Lambda's init.
 */
function parameterSource(
  parameterName: string,
  maxAgeSeconds: number,
  readParameter: ParameterReader,
): TeamPolicySource {
  const source = `SSM parameter ${parameterName}`;
  const maxAgeMs = maxAgeSeconds * 1_000;
  let current: { text: string; policy: TeamPolicy; readAt: number } | undefined;
  let reading: Promise<TeamPolicy> | undefined;

  const read = async (): Promise<TeamPolicy> => {
    const text = await readParameter(parameterName).catch((cause: unknown) => {
      throw new TeamPolicyError(`Team policy ${source} could not be read.`, source, undefined, { cause });
    });
    if (text === undefined) throw new TeamPolicyError(`Team policy ${source} has no value.`, source);
    // An unchanged text keeps its compiled policy. A published policy that is invalid ends the
    // serving of the old one at once: the gateway stops rather than run on a policy its owners replaced.
    let policy: TeamPolicy;
    try {
      policy = current?.text === text ? current.policy : parseTeamPolicy(parseJson(text, source), source);
    } catch (error) {
      current = undefined;
      throw error;
    }
    current = { text, policy, readAt: Date.now() };
    return policy;
  };
  const readOnce = (): Promise<TeamPolicy> =>
    (reading ??= read().finally(() => {
      reading = undefined;
    }));

  return {
    get() {
      const age = current ? Date.now() - current.readAt : Number.POSITIVE_INFINITY;
      if (current && age < maxAgeMs) return Promise.resolve(current.policy);
      if (current && age < maxAgeMs * STALE_LIMIT_FACTOR) {
        // A failed background read leaves the last good policy until the stale limit; the next request retries.
        readOnce().catch(() => undefined);
        return Promise.resolve(current.policy);
      }
      return readOnce();
    },
  };
}

/** How many `maxAge` periods a policy is still served while its background refresh keeps failing. */
export const STALE_LIMIT_FACTOR = 5;

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    const detail = cause instanceof Error ? `: ${cause.message}` : '';
    throw new TeamPolicyError(`Team policy from ${source} is not valid JSON${detail}.`, source, '$', {
      cause,
    });
  }
}
