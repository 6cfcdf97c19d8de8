import type { VersionClaim } from './versionClaim';

/** Consecutive versions no event claims, `from` to `to` inclusive. */
export interface UnclaimedRun {
  from: bigint;
  to: bigint;
}

/**
 * The versions of an incarnation up to `observed` that no event accounts for,
 * as runs of consecutive versions: each run is one stretch of changes made
 * outside the gateway (or not yet accounted for). Only versions above the
 * lowest claim are examined: below it lie the changes before the audit first
 * saw the profile, which a baseline or the first call's `before` stands for.
 *
 * @param claims - claims of one incarnation, in any order.
 * @param fromCreation - examine every version from 1 (the creation is known to
 *   have been made outside the gateway), not only those above the lowest claim.
 */
export function unclaimedRuns(
  claims: readonly VersionClaim[],
  observed: bigint,
  fromCreation = false,
): UnclaimedRun[] {
  if (claims.length === 0 && !fromCreation) return [];
  const claimed = new Set(claims.map((claim) => claim.version));
  const lowest = claims.reduce((low, claim) => (claim.version < low ? claim.version : low), observed);
  const floor = fromCreation ? 0n : lowest;
  const runs: UnclaimedRun[] = [];
  for (let version = floor + 1n; version <= observed; version++) {
    if (claimed.has(version)) continue;
    const last = runs.at(-1);
    if (last && last.to === version - 1n) last.to = version;
    else runs.push({ from: version, to: version });
  }
  return runs;
}
