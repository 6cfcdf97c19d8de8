import type { PatchSecurityProfileRequest } from '../domain/patch/patchRequest';
import type { Behavior, SecurityProfile, UpdateSecurityProfileRequest } from '../domain/securityProfile';
import type { CallContext, MutationOptions } from './callContext';
import type { ChangeDependencies } from './change/changeDependencies';
import type { ChangeResult } from './change/changeResult';
import { createPatchPlanner } from './change/planners/createPatchPlanner';
import {
  createRestorePlanner,
  type RestoreSecurityProfileRequest,
} from './change/planners/createRestorePlanner';
import {
  createTargetPlanner,
  type SecurityProfileTargetRequest,
} from './change/planners/createTargetPlanner';
import { createUpdatePlanner } from './change/planners/createUpdatePlanner';
import { runChange } from './change/runChange';
import type { AuditPage, CataloguePage, PageRequest } from './ports';
import type {
  CreateProfileRequest,
  DeleteProfileRequest,
  TransferOwnershipRequest,
} from '../domain/lifecycleRequests';
import { createCreatePlanner } from './change/planners/createCreatePlanner';
import { createDeletePlanner } from './change/planners/createDeletePlanner';
import { createTransferPlanner } from './change/planners/createTransferPlanner';
import { listSecurityProfiles } from './read/listSecurityProfiles';
import { describeSecurityProfile } from './read/describeSecurityProfile';
import { listAuditTrail, type TrailSelection } from './read/listAuditTrail';
import { listMyAuditEvents } from './read/listMyAuditEvents';
import { listSecurityProfileTargets } from './read/listSecurityProfileTargets';
import { validateBehaviors, type BehaviorsValidation } from './read/validateBehaviors';
import type { ReadDependencies } from './read/readDependencies';

/** Everything the use cases need, bound once per cold start. */
export type ServiceDependencies = ChangeDependencies & ReadDependencies;

/**
 * The use cases of the gateway. Resolvers and REST routes reach IoT and the
 * audit trail only through here, so none can skip authorization or audit.
 * Each mutation is the change pipeline (`change/runChange`) with its planner;
 * each query a read use case (`read/`).
 */
export class SecurityProfileService {
  constructor(private readonly deps: ServiceDependencies) {}

  /** UpdateSecurityProfile with the gateway's checks, audit and retry. */
  update(
    ctx: CallContext,
    request: UpdateSecurityProfileRequest,
    options: MutationOptions,
  ): Promise<ChangeResult> {
    return runChange(this.deps, { ...ctx, ...options }, createUpdatePlanner(request));
  }

  /** A partial change merged into the current state on every attempt. */
  patch(
    ctx: CallContext,
    patch: PatchSecurityProfileRequest,
    options: MutationOptions,
  ): Promise<ChangeResult> {
    return runChange(this.deps, { ...ctx, ...options }, createPatchPlanner(patch));
  }

  /** CreateSecurityProfile, owned by the caller's team, with the owner tag in the same call. */
  create(ctx: CallContext, request: CreateProfileRequest, options: MutationOptions): Promise<ChangeResult> {
    return runChange(this.deps, { ...ctx, ...options }, createCreatePlanner(request, this.deps.store));
  }

  /** DeleteSecurityProfile, for the owner team or an admin; the audit event keeps the profile as it was. */
  delete(
    ctx: CallContext,
    request: DeleteProfileRequest,
    options: MutationOptions,
  ): Promise<ChangeResult<undefined>> {
    return runChange(this.deps, { ...ctx, ...options }, createDeletePlanner(request));
  }

  /** Gives a profile to another team (admins only), if the new owner may use what it references. */
  transferOwnership(
    ctx: CallContext,
    request: TransferOwnershipRequest,
    options: MutationOptions,
  ): Promise<ChangeResult> {
    return runChange(this.deps, { ...ctx, ...options }, createTransferPlanner(request));
  }

  /** The profiles the caller may read, a page at a time, from the catalogue (see `listSecurityProfiles`). */
  list(ctx: CallContext, ownerTeam: string | undefined, page: PageRequest): Promise<CataloguePage> {
    return listSecurityProfiles(this.deps, ctx, ownerTeam, page);
  }

  /** AttachSecurityProfile: the owner's profile on a target its team policy allows. */
  attach(
    ctx: CallContext,
    request: SecurityProfileTargetRequest,
    options: MutationOptions,
  ): Promise<ChangeResult> {
    return runChange(this.deps, { ...ctx, ...options }, createTargetPlanner('attach', request));
  }

  /** DetachSecurityProfile, authorized as attach is. */
  detach(
    ctx: CallContext,
    request: SecurityProfileTargetRequest,
    options: MutationOptions,
  ): Promise<ChangeResult> {
    return runChange(this.deps, { ...ctx, ...options }, createTargetPlanner('detach', request));
  }

  /** The profile made again what it was right after one of its audit events, as a new version. */
  restore(
    ctx: CallContext,
    request: RestoreSecurityProfileRequest,
    options: MutationOptions,
  ): Promise<ChangeResult> {
    return runChange(this.deps, { ...ctx, ...options }, createRestorePlanner(request, this.deps.trail));
  }

  /** The targets of a profile the caller may read; undefined when it does not exist. */
  targets(ctx: CallContext, securityProfileName: string): Promise<string[] | undefined> {
    return listSecurityProfileTargets(this.deps, ctx.actor, securityProfileName);
  }

  /** The gateway's and IoT's verdict on behaviors of no profile in particular; any caller, not audited. */
  validateBehaviors(ctx: CallContext, behaviors: Behavior[]): Promise<BehaviorsValidation> {
    return validateBehaviors(this.deps, ctx.actor, behaviors);
  }

  /** DescribeSecurityProfile for a caller allowed to read it; null when it does not exist. */
  describe(ctx: CallContext, securityProfileName: string): Promise<SecurityProfile | null> {
    return describeSecurityProfile(this.deps, ctx, securityProfileName);
  }

  /** The audit trail of one profile name: the events the caller may read (see `listAuditTrail`). */
  auditTrail(
    ctx: CallContext,
    securityProfileName: string,
    page: PageRequest,
    selection: TrailSelection = {},
  ): Promise<AuditPage> {
    return listAuditTrail(this.deps, ctx, securityProfileName, page, selection);
  }

  /** The caller's own mutations, each as far as the caller may read it. */
  myAuditEvents(ctx: CallContext, page: PageRequest): Promise<AuditPage> {
    return listMyAuditEvents(this.deps, ctx, page);
  }
}
