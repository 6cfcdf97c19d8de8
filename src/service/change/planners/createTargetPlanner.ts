import type { FieldChange } from '../../../domain/auditEvent';
import { authorizeTarget } from '../../../domain/authorization/authorizeTarget';
import type { ValidationIssue } from '../../../domain/errors';
import type { LoadedProfile } from '../../../domain/securityProfile';
import { validateSecurityProfileName } from '../../../domain/validation';
import { validateTargetArn } from '../../../domain/validation/validateTargetArn';
import type { SecurityProfileStore } from '../../ports';
import type { ChangePlanner, PlannedWrite } from '../changePlanner';

/** `attachSecurityProfile` / `detachSecurityProfile`: a profile and one target. */
export interface SecurityProfileTargetRequest {
  securityProfileName: string;
  securityProfileTargetArn: string;
}

/** A profile as loaded for a target change: with the targets it is attached to. */
export interface TargetedProfile extends LoadedProfile {
  targets: string[];
}

/**
 * Attach or detach: no new version (IoT keeps targets apart from the content),
 * so no `expectedVersion` and no conflict to retry. Each attempt loads the
 * profile with its targets; attaching where it is attached, or detaching where
 * it is not, makes no call (`applied: false`). The change is audited as
 * `targets[<arn>]`, as a target change made outside the gateway is.
 */
export function createTargetPlanner(
  change: 'attach' | 'detach',
  request: SecurityProfileTargetRequest,
): ChangePlanner<TargetedProfile> {
  const { securityProfileName: name, securityProfileTargetArn: target } = request;
  const input = validateTargetInput(request);
  const attaching = change === 'attach';
  const targetChange: FieldChange = {
    path: `targets[${target}]`,
    before: attaching ? null : target,
    after: attaching ? target : null,
  };
  return {
    operation: attaching ? 'ATTACH' : 'DETACH',
    securityProfileName: name,
    expectedVersion: undefined,
    validate: () => input,
    iotCalls: WITH_TARGETS,
    load: (store) => loadWithTargets(store, name),
    authorize: (actor, before, policy) => authorizeTarget(actor, before, target, policy),
    plan: (before) => {
      const done = before.targets.includes(target) === attaching;
      if (done) return { next: before.profile, write: undefined, changes: [] };
      const write: PlannedWrite = {
        apply: async (store) => {
          await (attaching ? store.attach(name, target) : store.detach(name, target));
          return before.profile;
        },
        versionAfter: undefined,
      };
      return { next: before.profile, write, changes: [targetChange] };
    },
  };
}

/** What a change that loads the targets sends IoT: describe, tags, the first page of targets; then its write. */
export const WITH_TARGETS = { load: 3, write: 1 } as const;

/** The profile and the targets it is attached to, read side by side (one hop). */
export async function loadWithTargets(
  store: Pick<SecurityProfileStore, 'load' | 'listTargets'>,
  name: string,
): Promise<TargetedProfile> {
  const [loaded, targets] = await Promise.all([store.load(name), store.listTargets(name)]);
  return { ...loaded, targets };
}

function validateTargetInput(request: SecurityProfileTargetRequest): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  validateSecurityProfileName(issues, request.securityProfileName);
  return [...issues, ...validateTargetArn(request.securityProfileTargetArn)];
}
