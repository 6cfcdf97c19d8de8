import type { GraphQLResolveInfo } from 'graphql';
import type { ChangeResult } from '../../service/change/changeResult';
import type { GatewayContext } from '../context';
import type { MutationResolvers } from '../generated/resolvers';
import { inputAsSent } from '../inputAsSent';
import { withoutNulls } from '../withoutNulls';

export const updateSecurityProfile: NonNullable<MutationResolvers['updateSecurityProfile']> = async (
  _parent,
  { input },
  ctx,
  info,
) => {
  const { dryRun, ...request } = withoutNulls(input);
  const result = await ctx.securityProfiles.update(ctx.call, request, changeOptions(dryRun, ctx, info));
  return toPayload(result, ctx);
};

export const patchSecurityProfile: NonNullable<MutationResolvers['patchSecurityProfile']> = async (
  _parent,
  { input },
  ctx,
  info,
) => {
  const { dryRun, ...patch } = withoutNulls(input);
  const result = await ctx.securityProfiles.patch(ctx.call, patch, changeOptions(dryRun, ctx, info));
  return toPayload(result, ctx);
};

export const createSecurityProfile: NonNullable<MutationResolvers['createSecurityProfile']> = async (
  _parent,
  { input },
  ctx,
  info,
) => {
  const { dryRun, ...request } = withoutNulls(input);
  const result = await ctx.securityProfiles.create(ctx.call, request, changeOptions(dryRun, ctx, info));
  return toPayload(result, ctx);
};

export const deleteSecurityProfile: NonNullable<MutationResolvers['deleteSecurityProfile']> = async (
  _parent,
  { input },
  ctx,
  info,
) => {
  const { dryRun, ...request } = withoutNulls(input);
  const result = await ctx.securityProfiles.delete(ctx.call, request, changeOptions(dryRun, ctx, info));
  ctx.warnings.push(...result.warnings);
  return {
    securityProfileName: request.securityProfileName,
    deleted: result.applied,
    auditEventId: result.auditEventId,
  };
};

export const transferSecurityProfileOwnership: NonNullable<
  MutationResolvers['transferSecurityProfileOwnership']
> = async (_parent, { input }, ctx, info) => {
  const { dryRun, ...request } = withoutNulls(input);
  const result = await ctx.securityProfiles.transferOwnership(
    ctx.call,
    request,
    changeOptions(dryRun, ctx, info),
  );
  return toPayload(result, ctx);
};

export const attachSecurityProfile: NonNullable<MutationResolvers['attachSecurityProfile']> = async (
  _parent,
  { input },
  ctx,
  info,
) => {
  const { dryRun, ...request } = withoutNulls(input);
  const result = await ctx.securityProfiles.attach(ctx.call, request, changeOptions(dryRun, ctx, info));
  return toPayload(result, ctx);
};

export const detachSecurityProfile: NonNullable<MutationResolvers['detachSecurityProfile']> = async (
  _parent,
  { input },
  ctx,
  info,
) => {
  const { dryRun, ...request } = withoutNulls(input);
  const result = await ctx.securityProfiles.detach(ctx.call, request, changeOptions(dryRun, ctx, info));
  return toPayload(result, ctx);
};

export const restoreSecurityProfile: NonNullable<MutationResolvers['restoreSecurityProfile']> = async (
  _parent,
  { input },
  ctx,
  info,
) => {
  const { dryRun, ...request } = withoutNulls(input);
  const result = await ctx.securityProfiles.restore(ctx.call, request, changeOptions(dryRun, ctx, info));
  return toPayload(result, ctx);
};

/** How a mutation's call runs: as a dry run or not, with the input as the client sent it, for its audit event. */
function changeOptions(dryRun: boolean | undefined, ctx: GatewayContext, info: GraphQLResolveInfo) {
  return { dryRun: dryRun ?? false, input: inputAsSent(info, ctx.rawVariables) };
}

function toPayload(result: ChangeResult, ctx: GatewayContext) {
  ctx.warnings.push(...result.warnings);
  const { securityProfile, attempts, auditEventId, applied, changes } = result;
  return { securityProfile, attempts, auditEventId, applied, changes };
}
