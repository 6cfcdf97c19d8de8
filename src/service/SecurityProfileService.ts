import type { Actor } from '../domain/actor';
import { applyUpdate } from '../domain/applyUpdate';
import type { RequestMeta } from '../domain/auditEvent';
import { assertAllowed, authorizeRead } from '../domain/authorization/authorizeChange';
import { isAdmin } from '../domain/authorization/isAdmin';
import {
  AuthorizationError,
  ProfileNotFoundError,
  ValidationError,
  type ValidationIssue,
} from '../domain/errors';
import { mergePatch } from '../domain/patch/mergePatch';
import type { PatchSecurityProfileRequest } from '../domain/patch/patchRequest';
import { toPatchPaths } from '../domain/patch/toPatchPaths';
import { validatePatch } from '../domain/patch/validatePatch';
import type { LoadedProfile, SecurityProfile, UpdateSecurityProfileRequest } from '../domain/securityProfile';
import {
  validateBehaviors,
  validateProfile,
  validateSecurityProfileName,
  validateUpdateRequest,
} from '../domain/validation';
import type { ChangeCall, ChangePlan, ChangeResult } from './changeCall';
import type { AuditPage, AuditTrail, PageRequest } from './ports';
import { runChange, type ChangeDependencies } from './runChange';

/** Who is calling and from where: what every use case receives besides its input. */
export interface CallContext {
  actor: Actor;
  meta: RequestMeta;
  remainingTimeMs: () => number;
}

/** A mutation's typed request plus the options the gateway adds to IoT's. */
export interface MutationOptions {
  dryRun: boolean;
  /** The input as the client sent it, for the audit trail. */
  input: unknown;
}

/**
 * The use cases of the gateway. Resolvers and REST routes reach IoT and the
 * audit trail only through here, so none can skip authorization or audit.
 */
export class SecurityProfileService {
  constructor(private readonly deps: ChangeDependencies & { trail: AuditTrail }) {}

  /** UpdateSecurityProfile with the gateway's checks, audit and retry. */
  update(
    ctx: CallContext,
    request: UpdateSecurityProfileRequest,
    options: MutationOptions,
  ): Promise<ChangeResult> {
    const { expectedVersion, ...iotRequest } = request;
    return runChange(this.deps, {
      ...this.callBase(ctx, options, request.securityProfileName, expectedVersion),
      operation: 'UPDATE',
      validate: () => validateUpdateRequest(request),
      plan: (current) => checkedPlan({ request: iotRequest, next: applyUpdate(current, iotRequest) }),
      references: iotRequest,
    });
  }

  /** A partial change merged into the current state on every attempt. */
  patch(
    ctx: CallContext,
    patch: PatchSecurityProfileRequest,
    options: MutationOptions,
  ): Promise<ChangeResult> {
    return runChange(this.deps, {
      ...this.callBase(ctx, options, patch.securityProfileName, patch.expectedVersion),
      operation: 'PATCH',
      validate: () => validatePatchInput(patch),
      plan: (current) => checkedPlan(mergePatch(current, patch), patch),
      references: {
        securityProfileName: patch.securityProfileName,
        alertTargets: patch.alertTargets,
        metricsExportConfig: patch.metricsExportConfig,
      },
    });
  }

  /** DescribeSecurityProfile for a caller allowed to read it; null when it does not exist. */
  async describe(ctx: CallContext, securityProfileName: string): Promise<SecurityProfile | null> {
    const loaded = await this.loadReadable(ctx.actor, securityProfileName);
    return loaded?.profile ?? null;
  }

  /** The audit trail of one profile, for its owner team and admins. */
  async auditTrail(ctx: CallContext, securityProfileName: string, page: PageRequest): Promise<AuditPage> {
    const loaded = await this.loadReadable(ctx.actor, securityProfileName);
    if (!loaded) await this.requireAdminForDeleted(ctx.actor, securityProfileName);
    return this.deps.trail.listByProfile(securityProfileName, page);
  }

  /** The caller's own mutations. */
  myAuditEvents(ctx: CallContext, page: PageRequest): Promise<AuditPage> {
    return this.deps.trail.listByActor(ctx.actor.subject, page);
  }

  private async loadReadable(actor: Actor, securityProfileName: string): Promise<LoadedProfile | undefined> {
    try {
      const loaded = await this.deps.store.load(securityProfileName);
      await this.authorizeRead(actor, loaded);
      return loaded;
    } catch (error) {
      if (error instanceof ProfileNotFoundError) return undefined;
      throw error;
    }
  }

  private async authorizeRead(actor: Actor, loaded: LoadedProfile): Promise<void> {
    const policy = await this.deps.policies.get();
    assertAllowed(authorizeRead(actor, loaded, policy));
  }

  /** A deleted profile has no owner tag left to ask: only admins read its history. */
  private async requireAdminForDeleted(actor: Actor, securityProfileName: string): Promise<void> {
    const policy = await this.deps.policies.get();
    if (isAdmin(actor.teams, policy)) return;
    throw new AuthorizationError(
      'ADMIN_ONLY_UNOWNED',
      undefined,
      `security profile '${securityProfileName}' does not exist (any more); only an admin team may read its audit trail`,
    );
  }

  private callBase(
    ctx: CallContext,
    options: MutationOptions,
    securityProfileName: string,
    expectedVersion: bigint | undefined,
  ): Omit<ChangeCall, 'operation' | 'validate' | 'plan' | 'references'> {
    return {
      actor: ctx.actor,
      meta: ctx.meta,
      remainingTimeMs: ctx.remainingTimeMs,
      securityProfileName,
      input: options.input,
      dryRun: options.dryRun,
      expectedVersion,
    };
  }
}

/** What can be checked of a patch before anything is loaded: its name, its own consistency, its behaviors. */
function validatePatchInput(patch: PatchSecurityProfileRequest): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  validateSecurityProfileName(issues, patch.securityProfileName);
  return [
    ...issues,
    ...validatePatch(patch),
    ...validateBehaviors(patch.upsertBehaviors ?? [], 'upsertBehaviors'),
  ];
}

/**
 * A plan IoT would accept. The merged result can break a rule that no part of
 * the input breaks alone (more than 100 behaviors after a patch, `exportMetric`
 * with no metrics export configured): refuse it here, naming the field, rather
 * than let IoT refuse it without one. An update's request was validated up
 * front; a patch's merged request is new, and its issues are named in the
 * patch's own terms.
 */
function checkedPlan(plan: ChangePlan, patch?: PatchSecurityProfileRequest): ChangePlan {
  if (!plan.request) return plan;
  const issues = validateProfile(plan.next);
  if (patch) issues.unshift(...validateUpdateRequest(plan.request));
  if (issues.length === 0) return plan;
  throw new ValidationError(patch ? toPatchPaths(issues, plan.next, patch) : issues);
}
