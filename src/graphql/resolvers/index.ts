import { COMPARISON_OPERATOR_VALUES } from '../comparisonOperatorValues';
import type { Resolvers } from '../generated/resolvers';
import { scalarResolvers } from '../scalars';
import { AuditEvent } from './auditEventResolvers';
import { FieldChange } from './fieldChangeResolvers';
import {
  attachSecurityProfile,
  createSecurityProfile,
  deleteSecurityProfile,
  detachSecurityProfile,
  patchSecurityProfile,
  restoreSecurityProfile,
  transferSecurityProfileOwnership,
  updateSecurityProfile,
} from './mutationResolvers';
import {
  myAuditEvents,
  securityProfile,
  securityProfileAuditTrail,
  securityProfiles,
  SecurityProfileSummary,
  securityProfileTargets,
  validateSecurityProfileBehaviors,
} from './queryResolvers';

/**
 * Every resolver of the schema. The convention each follows (ESLint refuses a cast here):
 * - its type is the generated one, `NonNullable<MutationResolvers['name']>` (or `QueryResolvers`,
 *   or a type's `…Resolvers`), so its arguments, context and answer are checked against schema.graphql;
 * - it hands `withoutNulls(input)` to the use case as it is: the input's type with GraphQL's `null`s
 *   gone and its required members kept, so the compiler holds each member against the domain request,
 *   and `schemaCoversDomain.ts` checks that neither side has a member the other lacks;
 * - where the shapes differ (a name, a scalar, a page), a short typed function next to the resolver
 *   converts, never an `as`.
 */
export const resolvers: Resolvers = {
  ...scalarResolvers,
  // Clients see `LESS_THAN`; resolvers and the domain only ever see `less-than`.
  ComparisonOperator: COMPARISON_OPERATOR_VALUES,
  Query: {
    securityProfile,
    securityProfileAuditTrail,
    myAuditEvents,
    securityProfiles,
    securityProfileTargets,
    validateSecurityProfileBehaviors,
  },
  Mutation: {
    updateSecurityProfile,
    patchSecurityProfile,
    createSecurityProfile,
    deleteSecurityProfile,
    transferSecurityProfileOwnership,
    attachSecurityProfile,
    detachSecurityProfile,
    restoreSecurityProfile,
  },
  SecurityProfileSummary,
  AuditEvent,
  FieldChange,
};
