import { authorizeContent } from '../../../domain/authorization/authorizeChange';
import { chooseOwner } from '../../../domain/authorization/authorizeOwnerChoice';
import { AlreadyExistsError, ProfileNotFoundError, type ValidationIssue } from '../../../domain/errors';
import type { CreateProfileRequest } from '../../../domain/lifecycleRequests';
import type { SecurityProfile } from '../../../domain/securityProfile';
import { validateCreateRequest, type CreateSecurityProfileRequest } from '../../../domain/validation';
import type { SecurityProfileStore } from '../../ports';
import type { ChangePlanner } from '../changePlanner';

/**
 * `createSecurityProfile`: IoT's CreateSecurityProfile with the owner tag in
 * the same call. It starts from no profile: a name that exists is
 * ALREADY_EXISTS, and nothing is changed. The owner is the caller's team (or
 * the one named), and every ARN and topic must be one that owner may use.
 */
export function createCreatePlanner(
  request: CreateProfileRequest,
  store: Pick<SecurityProfileStore, 'arnOf' | 'ownerTagKey'>,
): ChangePlanner<undefined, SecurityProfile> {
  const { ownerTeam: requested, ...create } = request;
  const content = withoutTags(create);
  const name = request.securityProfileName;
  // Set by `authorize`, which the pipeline runs before every `plan`: the owner it allowed.
  let owner: string | undefined;
  return {
    operation: 'CREATE',
    securityProfileName: name,
    expectedVersion: undefined,
    // The create, then a describe: CreateSecurityProfile answers no version or creation date.
    iotCalls: { load: 2, write: 2 },
    validate: () => [...validateCreateRequest(create), ...ownerTagIssues(request, store.ownerTagKey)],
    load: async (profiles) => {
      try {
        await profiles.load(name);
      } catch (error) {
        if (error instanceof ProfileNotFoundError) return undefined;
        throw error;
      }
      throw new AlreadyExistsError(name);
    },
    authorize: (actor, _before, policy) => {
      const choice = chooseOwner(actor, requested, policy);
      if (!choice.allowed) return choice;
      owner = choice.owner;
      return authorizeContent(owner, content, policy);
    },
    plan: () => {
      const team = owner;
      const next: SecurityProfile = { ...content, securityProfileArn: store.arnOf(name), version: 1n };
      return {
        next,
        write: { apply: (profiles) => profiles.create(create, team), versionAfter: 1n },
        owner: { team },
      };
    },
  };
}

/** The profile's content: the request less its tags, which IoT keeps apart from the profile. */
function withoutTags({
  tags,
  ...content
}: CreateSecurityProfileRequest): Omit<CreateSecurityProfileRequest, 'tags'> {
  void tags;
  return content;
}

/** The owner tag comes from `ownerTeam` only: a client's own tag of that key would give the profile away. */
function ownerTagIssues(request: CreateProfileRequest, ownerTagKey: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  (request.tags ?? []).forEach((tag, i) => {
    if (tag.Key === ownerTagKey) {
      issues.push({
        path: `tags[${i}].Key`,
        message: `'${ownerTagKey}' is the owner tag, which the gateway sets from ownerTeam`,
      });
    }
  });
  if (request.ownerTeam === '') issues.push({ path: 'ownerTeam', message: 'must not be empty' });
  return issues;
}
