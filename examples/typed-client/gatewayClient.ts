import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** One GraphQL error as the gateway answers it: `extensions.code` is from a closed set. */
export interface GatewayError {
  message: string;
  path?: readonly (string | number)[];
  extensions: { code: string; field?: string; currentVersion?: number | string; [detail: string]: unknown };
}

/** A failed operation: every error the gateway returned, the first one's code at hand. */
export class GatewayRequestError extends Error {
  override name = 'GatewayRequestError';
  constructor(readonly errors: readonly GatewayError[]) {
    super(errors.map((error) => `${error.extensions.code}: ${error.message}`).join('; '));
  }
  get code(): string {
    return this.errors[0]?.extensions.code ?? 'UNKNOWN';
  }
}

/**
 * A minimal typed client: `request(document, variables)` checks the variables
 * and types the result from the document, both generated from schema.graphql.
 * A 401 (the JWT authorizer refused the token) throws with code UNAUTHENTICATED.
 */
export function createGatewayClient(url: string, token: string) {
  return async function request<Result, Variables>(
    document: TypedDocumentNode<Result, Variables>,
    variables: Variables,
  ): Promise<Result> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: print(document), variables }),
    });
    if (response.status === 401) {
      throw new GatewayRequestError([{ message: 'Unauthorized', extensions: { code: 'UNAUTHENTICATED' } }]);
    }
    const body = (await response.json()) as { data?: Result | null; errors?: GatewayError[] };
    if (body.errors?.length) throw new GatewayRequestError(body.errors);
    if (!body.data) throw new GatewayRequestError([{ message: 'no data', extensions: { code: 'UNKNOWN' } }]);
    return body.data;
  };
}
