import { COMPARISON_OPERATOR_VALUES } from '../comparisonOperatorValues';
import type { FieldChangeResolvers } from '../generated/resolvers';

const ENUM_NAME_OF = new Map<unknown, string>(
  Object.entries(COMPARISON_OPERATOR_VALUES).map(([name, spelling]) => [spelling, name]),
);

/**
 * A change's `before` and `after` are JSON in IoT's spelling (`less-than`); in
 * GraphQL they spell the comparison operator as the payload's `securityProfile`
 * does, by its enum name (`LESS_THAN`), whether the change is the operator
 * itself or a behavior that holds one. The other enums are spelled alike in both.
 */
export const FieldChange: FieldChangeResolvers = {
  before: (change) => inGraphqlSpelling(change.path, change.before),
  after: (change) => inGraphqlSpelling(change.path, change.after),
};

function inGraphqlSpelling(path: string, value: unknown): unknown {
  if (path.endsWith('.comparisonOperator')) return ENUM_NAME_OF.get(value) ?? value;
  return renamed(value);
}

function renamed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(renamed);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, member]) => [
      key,
      key === 'comparisonOperator' ? (ENUM_NAME_OF.get(member) ?? member) : renamed(member),
    ]),
  );
}
