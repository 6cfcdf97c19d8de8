import type { AuditPage } from '../../service/ports';
import type { QueryResolvers } from '../generated/resolvers';

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

function page(first: number | null | undefined, after: string | null | undefined) {
  return { first: first ?? undefined, after: after ?? undefined };
}

function toConnection({ edges, endCursor, hasNextPage }: AuditPage) {
  return {
    edges: edges.map(({ cursor, event }) => ({ cursor, node: event })),
    pageInfo: { hasNextPage, endCursor: endCursor ?? null },
  };
}
