import type { Resolvers } from '../generated/resolvers';
import { scalarResolvers } from '../scalars';
import { AuditEvent } from './auditEventResolvers';
import { patchSecurityProfile, updateSecurityProfile } from './mutationResolvers';
import { myAuditEvents, securityProfile, securityProfileAuditTrail } from './queryResolvers';

/**
 * GraphQL's enum names mapped to AWS's spellings: resolvers and the domain only
 * ever see `less-than`, and clients only ever see `LESS_THAN`.
 */
const ComparisonOperator = {
  LESS_THAN: 'less-than',
  LESS_THAN_EQUALS: 'less-than-equals',
  GREATER_THAN: 'greater-than',
  GREATER_THAN_EQUALS: 'greater-than-equals',
  IN_CIDR_SET: 'in-cidr-set',
  NOT_IN_CIDR_SET: 'not-in-cidr-set',
  IN_PORT_SET: 'in-port-set',
  NOT_IN_PORT_SET: 'not-in-port-set',
  IN_SET: 'in-set',
  NOT_IN_SET: 'not-in-set',
} as const;

export const resolvers: Resolvers = {
  ...scalarResolvers,
  ComparisonOperator,
  Query: { securityProfile, securityProfileAuditTrail, myAuditEvents },
  Mutation: { updateSecurityProfile, patchSecurityProfile },
  AuditEvent,
};
