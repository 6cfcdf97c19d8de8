/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How a rules-based behavior compares the metric with its value. Each maps to AWS's spelling (`LESS_THAN` → `less-than`). */
export type ComparisonOperator =
  /** Numeric metrics: alarm when the metric is greater than the value. */
  | 'GREATER_THAN'
  /** Numeric metrics: alarm when the metric is greater than or equal to the value. */
  | 'GREATER_THAN_EQUALS'
  /** IP-address metrics: alarm when the address is inside one of `value.cidrs`. */
  | 'IN_CIDR_SET'
  /** Port metrics: alarm when a port is one of `value.ports`. */
  | 'IN_PORT_SET'
  /** Custom list metrics: alarm when a member is in `value.numbers` or `value.strings`. */
  | 'IN_SET'
  /** Numeric metrics: alarm when the metric is less than the value. */
  | 'LESS_THAN'
  /** Numeric metrics: alarm when the metric is less than or equal to the value. */
  | 'LESS_THAN_EQUALS'
  /** IP-address metrics: alarm when the address is outside all of `value.cidrs`. */
  | 'NOT_IN_CIDR_SET'
  /** Port metrics: alarm when a port is none of `value.ports`. */
  | 'NOT_IN_PORT_SET'
  /** Custom list metrics: alarm when a member is in neither `value.numbers` nor `value.strings`. */
  | 'NOT_IN_SET';

export type DescribeProfileQueryVariables = Exact<{
  name: string;
}>;


export type DescribeProfileQuery = { securityProfile: { securityProfileName: string, version: number | string, creationDate: string | null, behaviors: Array<{ name: string, metric: string | null, criteria: { comparisonOperator: ComparisonOperator | null, value: { count: number | string | null } | null } | null }> | null } | null };

export type ChangeDescriptionMutationVariables = Exact<{
  name: string;
  description: string;
  expectedVersion?: string | null | undefined;
}>;


export type ChangeDescriptionMutation = { updateSecurityProfile: { attempts: number, auditEventId: string, securityProfile: { version: number | string, securityProfileDescription: string | null } } };


export const DescribeProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DescribeProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"securityProfileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"creationDate"}},{"kind":"Field","name":{"kind":"Name","value":"behaviors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comparisonOperator"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DescribeProfileQuery, DescribeProfileQueryVariables>;
export const ChangeDescriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeDescription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"description"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Long"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"securityProfileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"securityProfileDescription"},"value":{"kind":"Variable","name":{"kind":"Name","value":"description"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfileDescription"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeDescriptionMutation, ChangeDescriptionMutationVariables>;