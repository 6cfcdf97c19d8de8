import { authorizeContent, ownerTeam } from '../../../domain/authorization/authorizeChange';
import { authorizeTransfer } from '../../../domain/authorization/authorizeOwnerChoice';
import type { ValidationIssue } from '../../../domain/errors';
import type { TransferOwnershipRequest } from '../../../domain/lifecycleRequests';
import { validateSecurityProfileName } from '../../../domain/validation';
import type { ChangePlanner } from '../changePlanner';

/**
 * `transferSecurityProfileOwnership`: admins only; the owner tag set to
 * `toTeam` (TagResource, no new version). Every ARN and topic the profile
 * holds must be one the new owner may use, or the transfer is refused naming it.
 */
export function createTransferPlanner(request: TransferOwnershipRequest): ChangePlanner {
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
    load: (store) => store.load(name),
    authorize: (actor, before, policy) => {
      const admin = authorizeTransfer(actor, policy);
      if (!admin.allowed) return admin;
      return authorizeContent(toTeam, before.profile, policy);
    },
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
