import { withoutNulls } from '../withoutNulls';
import type { AuditPage } from '../../service/ports';
import type { QueryResolvers, SecurityProfileSummaryResolvers } from '../generated/resolvers';

export const securityProfile: NonNullable<QueryResolvers['securityProfile']> = (_parent, args, ctx) =>
  ctx.securityProfiles.describe(ctx.call, args.securityProfileName);

export const securityProfileAuditTrail: NonNullable<QueryResolvers['securityProfileAuditTrail']> = async (
  _parent,
  { securityProfileName, creationDate, first, after },
  ctx,
) =>
  toConnection(
    await ctx.securityProfiles.auditTrail(ctx.call, securityProfileName, page(first, after), {
      ...(creationDate && { creationDate }),
    }),
  );

export const myAuditEvents: NonNullable<QueryResolvers['myAuditEvents']> = async (
  _parent,
  { first, after },
  ctx,
) => toConnection(await ctx.securityProfiles.myAuditEvents(ctx.call, page(first, after)));

export const securityProfiles: NonNullable<QueryResolvers['securityProfiles']> = async (
  _parent,
  { ownerTeam, first, after },
  ctx,
) => {
  const listed = await ctx.securityProfiles.list(ctx.call, ownerTeam ?? undefined, page(first, after));
  return {
    edges: listed.edges.map(({ cursor, entry }) => ({ cursor, node: entry })),
    pageInfo: { hasNextPage: listed.hasNextPage, endCursor: listed.endCursor ?? null },
  };
};

/** A listed profile's full content, read from IoT only when the client selects it. */
export const SecurityProfileSummary: SecurityProfileSummaryResolvers = {
  profile: (entry, _args, ctx) => ctx.securityProfiles.describe(ctx.call, entry.securityProfileName),
};

export const securityProfileTargets: NonNullable<QueryResolvers['securityProfileTargets']> = async (
  _parent,
  { securityProfileName },
  ctx,
) => {
  const targets = await ctx.securityProfiles.targets(ctx.call, securityProfileName);
  return targets?.map((arn) => ({ arn })) ?? null;
};

export const validateSecurityProfileBehaviors: NonNullable<
  QueryResolvers['validateSecurityProfileBehaviors']
> = (_parent, { behaviors }, ctx) =>
  ctx.securityProfiles.validateBehaviors(ctx.call, behaviors.map(withoutNulls));

function page(first: number | null | undefined, after: string | null | undefined) {
  return { first: first ?? undefined, after: after ?? undefined };
}

function toConnection({ edges, endCursor, hasNextPage }: AuditPage) {
  return {
    edges: edges.map(({ cursor, event }) => ({ cursor, node: event })),
    pageInfo: { hasNextPage, endCursor: endCursor ?? null },
  };
}
