import { ownerTeam } from '../../../domain/authorization/authorizeChange';
import { authorizeTransfer } from '../../../domain/authorization/authorizeOwnerChoice';
import type { ValidationIssue } from '../../../domain/errors';
import type { TransferOwnershipRequest } from '../../../domain/lifecycleRequests';
import { validateSecurityProfileName } from '../../../domain/validation';
import type { ChangePlanner } from '../changePlanner';
import { loadWithTargets, WITH_TARGETS, type TargetedProfile } from './createTargetPlanner';

/**
 * `transferSecurityProfileOwnership`: admins only; the owner tag set to
 * `toTeam` (TagResource, no new version). Every ARN and topic the profile
 * holds, and every target it is attached to, must be one the new owner may
 * use, or the transfer is refused naming each that is not. The targets are
 * read beside the profile, so they cost no hop.
 */
export function createTransferPlanner(request: TransferOwnershipRequest): ChangePlanner<TargetedProfile> {
  const { securityProfileName: name, toTeam } = request;
  return {
    operation: 'TRANSFER_OWNERSHIP',
    securityProfileName: name,
    expectedVersion: undefined,
    validate: () => {
      const issues: ValidationIssue[] = [];
      validateSecurityProfileName(issues, name);
      if (toTeam.trim() === '') issues.push({ path: 'toTeam', message: 'must name a team' });
      return issues;
    },
    iotCalls: WITH_TARGETS,
    load: (store) => loadWithTargets(store, name),
    authorize: (actor, before, policy) => authorizeTransfer(actor, before, toTeam, policy),
    plan: (before) => ({
      next: before.profile,
      // Already the owner: nothing to write.
      write:
        ownerTeam(before) === toTeam
          ? undefined
          : {
              apply: (store) =>
                store.tagOwner(before.profile.securityProfileArn, toTeam).then(() => before.profile),
              versionAfter: undefined,
            },
      owner: { team: toTeam },
    }),
  };
}
