import type { PatchSecurityProfileRequest } from '../domain/patch/patchRequest';
import type { SecurityProfile, UpdateSecurityProfileRequest } from '../domain/securityProfile';
import type { CallContext, MutationOptions } from './callContext';
import type { ChangeDependencies } from './change/changeDependencies';
import type { ChangeResult } from './change/changeResult';
import { createPatchPlanner } from './change/planners/createPatchPlanner';
import { createUpdatePlanner } from './change/planners/createUpdatePlanner';
import { runChange } from './change/runChange';
import type { AuditPage, PageRequest } from './ports';
import { describeSecurityProfile } from './read/describeSecurityProfile';
import { listAuditTrail, type TrailSelection } from './read/listAuditTrail';
import { listMyAuditEvents } from './read/listMyAuditEvents';
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
