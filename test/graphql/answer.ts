import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** One error of a GraphQL answer as the gateway writes it: `extensions.code` from a closed set. */
export interface AnswerError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; field?: string; [detail: string]: unknown };
}

/** A warning in `extensions.warnings`: an unconfirmed rule found fault with a change it let through. */
export interface AnswerWarning {
  code: string;
  field: string;
  message: string;
}

/** A GraphQL answer, `data` typed by the operation when it was sent as a typed document. */
export interface Answer<Data> {
  data?: Data | null;
  errors?: AnswerError[];
  extensions?: { warnings?: AnswerWarning[]; [key: string]: unknown };
}

/**
 * An operation as a test sends it: a document from `graphql(…)` (test/graphql/generated), whose
 * result and variables are typed from schema.graphql, or a string for what the schema must refuse.
 */
export type Operation<Data, Variables> = TypedDocumentNode<Data, Variables> | string;

/** The operation's text, as it goes on the wire. */
export const operationText = <Data, Variables>(operation: Operation<Data, Variables>): string =>
  typeof operation === 'string' ? operation : print(operation);

/** The answer's data, or a failure that shows the errors the gateway answered instead. */
export function dataOf<Data>(answer: Answer<Data>): Data {
  if (answer.data == null) throw new Error(`no data in the answer: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}
