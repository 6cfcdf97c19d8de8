/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DescribeProfile($name: String!) {\n    securityProfile(securityProfileName: $name) {\n      securityProfileName\n      version\n      creationDate\n      behaviors {\n        name\n        metric\n        criteria {\n          comparisonOperator\n          value {\n            count\n          }\n        }\n      }\n    }\n  }\n": typeof types.DescribeProfileDocument,
    "\n  mutation ChangeDescription($name: String!, $description: String!, $expectedVersion: Long) {\n    updateSecurityProfile(\n      input: {\n        securityProfileName: $name\n        securityProfileDescription: $description\n        expectedVersion: $expectedVersion\n      }\n    ) {\n      attempts\n      auditEventId\n      securityProfile {\n        version\n        securityProfileDescription\n      }\n    }\n  }\n": typeof types.ChangeDescriptionDocument,
};
const documents: Documents = {
    "\n  query DescribeProfile($name: String!) {\n    securityProfile(securityProfileName: $name) {\n      securityProfileName\n      version\n      creationDate\n      behaviors {\n        name\n        metric\n        criteria {\n          comparisonOperator\n          value {\n            count\n          }\n        }\n      }\n    }\n  }\n": types.DescribeProfileDocument,
    "\n  mutation ChangeDescription($name: String!, $description: String!, $expectedVersion: Long) {\n    updateSecurityProfile(\n      input: {\n        securityProfileName: $name\n        securityProfileDescription: $description\n        expectedVersion: $expectedVersion\n      }\n    ) {\n      attempts\n      auditEventId\n      securityProfile {\n        version\n        securityProfileDescription\n      }\n    }\n  }\n": types.ChangeDescriptionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DescribeProfile($name: String!) {\n    securityProfile(securityProfileName: $name) {\n      securityProfileName\n      version\n      creationDate\n      behaviors {\n        name\n        metric\n        criteria {\n          comparisonOperator\n          value {\n            count\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DescribeProfile($name: String!) {\n    securityProfile(securityProfileName: $name) {\n      securityProfileName\n      version\n      creationDate\n      behaviors {\n        name\n        metric\n        criteria {\n          comparisonOperator\n          value {\n            count\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeDescription($name: String!, $description: String!, $expectedVersion: Long) {\n    updateSecurityProfile(\n      input: {\n        securityProfileName: $name\n        securityProfileDescription: $description\n        expectedVersion: $expectedVersion\n      }\n    ) {\n      attempts\n      auditEventId\n      securityProfile {\n        version\n        securityProfileDescription\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeDescription($name: String!, $description: String!, $expectedVersion: Long) {\n    updateSecurityProfile(\n      input: {\n        securityProfileName: $name\n        securityProfileDescription: $description\n        expectedVersion: $expectedVersion\n      }\n    ) {\n      attempts\n      auditEventId\n      securityProfile {\n        version\n        securityProfileDescription\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;