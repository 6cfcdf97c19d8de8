import type { GraphQLResolveInfo } from 'graphql';
import type { MutationOptions } from '../../service/callContext';
import type { EndState } from '../../service/change/changePlanner';
import type { ChangeResult } from '../../service/change/changeResult';
import type { GatewayContext } from '../context';
import type {
  MutationAttachSecurityProfileArgs,
  MutationCreateSecurityProfileArgs,
  MutationDeleteSecurityProfileArgs,
  MutationDetachSecurityProfileArgs,
  MutationPatchSecurityProfileArgs,
  MutationResolvers,
  MutationRestoreSecurityProfileArgs,
  MutationTransferSecurityProfileOwnershipArgs,
  MutationUpdateSecurityProfileArgs,
} from '../generated/resolvers';
import { inputAsSent } from '../inputAsSent';
import { withoutNulls, type WithoutNulls } from '../withoutNulls';

/** A mutation's input as the service takes it: no nulls, and `dryRun` apart (in the options). */
type ServiceRequest<Input> = Omit<WithoutNulls<Input>, 'dryRun'>;

/** Runs one change of the service for a mutation's input. */
type RunChange<Input, Result> = (
  ctx: GatewayContext,
  request: ServiceRequest<Input>,
  options: MutationOptions,
) => Promise<Result>;

/**
 * Every change mutation reads the same way: the input without its nulls and
 * `dryRun`, the service's change with the input as sent (for its audit event),
 * the payload with the change's warnings in the answer's extensions.
 */
function changeMutation<
  Input extends { dryRun?: boolean | null },
  Payload,
  Result extends ChangeResult<EndState> = ChangeResult,
>(run: RunChange<Input, Result>, payload: (result: Result, request: ServiceRequest<Input>) => Payload) {
  return async (
    _parent: unknown,
    { input }: { input: Input },
    ctx: GatewayContext,
    info: GraphQLResolveInfo,
  ) => {
    const { dryRun, ...request } = withoutNulls(input);
    const result = await run(ctx, request, changeOptions(dryRun, ctx, info));
    ctx.warnings.push(...result.warnings);
    return payload(result, request);
  };
}

/** A change mutation answering `UpdateSecurityProfilePayload`: every one but the delete. */
function payloadMutation<Input extends { dryRun?: boolean | null }>(run: RunChange<Input, ChangeResult>) {
  return changeMutation<Input, ReturnType<typeof toPayload>>(run, toPayload);
}

export const updateSecurityProfile: NonNullable<MutationResolvers['updateSecurityProfile']> = payloadMutation<
  MutationUpdateSecurityProfileArgs['input']
>((ctx, request, options) => ctx.securityProfiles.update(ctx.call, request, options));

export const patchSecurityProfile: NonNullable<MutationResolvers['patchSecurityProfile']> = payloadMutation<
  MutationPatchSecurityProfileArgs['input']
>((ctx, patch, options) => ctx.securityProfiles.patch(ctx.call, patch, options));

export const createSecurityProfile: NonNullable<MutationResolvers['createSecurityProfile']> = payloadMutation<
  MutationCreateSecurityProfileArgs['input']
>((ctx, request, options) => ctx.securityProfiles.create(ctx.call, request, options));

export const deleteSecurityProfile: NonNullable<MutationResolvers['deleteSecurityProfile']> = changeMutation<
  MutationDeleteSecurityProfileArgs['input'],
  { securityProfileName: string; deleted: boolean; auditEventId: string },
  ChangeResult<undefined>
>(
  (ctx, request, options) => ctx.securityProfiles.delete(ctx.call, request, options),
  (result, request) => ({
    securityProfileName: request.securityProfileName,
    deleted: result.applied,
    auditEventId: result.auditEventId,
  }),
);

export const transferSecurityProfileOwnership: NonNullable<
  MutationResolvers['transferSecurityProfileOwnership']
> = payloadMutation<MutationTransferSecurityProfileOwnershipArgs['input']>((ctx, request, options) =>
  ctx.securityProfiles.transferOwnership(ctx.call, request, options),
);

export const attachSecurityProfile: NonNullable<MutationResolvers['attachSecurityProfile']> = payloadMutation<
  MutationAttachSecurityProfileArgs['input']
>((ctx, request, options) => ctx.securityProfiles.attach(ctx.call, request, options));

export const detachSecurityProfile: NonNullable<MutationResolvers['detachSecurityProfile']> = payloadMutation<
  MutationDetachSecurityProfileArgs['input']
>((ctx, request, options) => ctx.securityProfiles.detach(ctx.call, request, options));

export const restoreSecurityProfile: NonNullable<MutationResolvers['restoreSecurityProfile']> =
  payloadMutation<MutationRestoreSecurityProfileArgs['input']>((ctx, request, options) =>
    ctx.securityProfiles.restore(ctx.call, request, options),
  );

/** How a mutation's call runs: as a dry run or not, with the input as the client sent it, for its audit event. */
function changeOptions(dryRun: boolean | undefined, ctx: GatewayContext, info: GraphQLResolveInfo) {
  return { dryRun: dryRun ?? false, input: inputAsSent(info, ctx.rawVariables) };
}

/** The payload of a change: `UpdateSecurityProfilePayload`'s fields. */
function toPayload(result: ChangeResult) {
  const { securityProfile, attempts, auditEventId, applied, changes } = result;
  return { securityProfile, attempts, auditEventId, applied, changes };
}
