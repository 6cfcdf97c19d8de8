import type { ComparisonOperator } from '../domain/securityProfile';

/**
 * GraphQL's `ComparisonOperator` enum names and the AWS spellings they stand for.
 * Resolvers map the enum with it (so the domain only sees `less-than`) and
 * codegen types the enum with it (so generated types say `less-than` too).
 */
export const COMPARISON_OPERATOR_VALUES = {
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
} as const satisfies Record<string, ComparisonOperator>;
