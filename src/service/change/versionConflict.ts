import { VersionConflictError } from '../../domain/errors';
import type { ChangePlanner } from './changePlanner';

/** VERSION_CONFLICT for a change that was not made, saying whose version was stale. */
export function versionConflict(
  planner: Pick<ChangePlanner, 'securityProfileName' | 'expectedVersion'>,
  currentVersion: bigint,
  attempts: number,
  cause?: unknown,
): VersionConflictError {
  const why =
    planner.expectedVersion !== undefined
      ? `expectedVersion ${planner.expectedVersion} is not the current version ${currentVersion}`
      : `other writers kept changing it (${attempts} attempts)`;
  return new VersionConflictError(
    `Security profile '${planner.securityProfileName}' was not changed: ${why}.`,
    currentVersion,
    attempts,
    { cause },
  );
}
