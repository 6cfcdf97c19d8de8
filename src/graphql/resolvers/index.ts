import { COMPARISON_OPERATOR_VALUES } from '../comparisonOperatorValues';
import type { Resolvers } from '../generated/resolvers';
import { scalarResolvers } from '../scalars';
import { AuditEvent } from './auditEventResolvers';
import { FieldChange } from './fieldChangeResolvers';
import { patchSecurityProfile, updateSecurityProfile } from './mutationResolvers';
import { myAuditEvents, securityProfile, securityProfileAuditTrail } from './queryResolvers';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  // Clients see `LESS_THAN`; resolvers and the domain only ever see `less-than`.
  ComparisonOperator: COMPARISON_OPERATOR_VALUES,
  Query: { securityProfile, securityProfileAuditTrail, myAuditEvents },
  Mutation: { updateSecurityProfile, patchSecurityProfile },
  AuditEvent,
  FieldChange,
};
