import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { AuthenticationError } from '../../domain/errors';

/** Claim values as the HTTP API JWT authorizer delivers them (strings, in practice). */
export type JwtClaims = Readonly<Record<string, unknown>>;

/**
 * The verified token's claims from an HTTP API (payload 2.0) event:
 * `requestContext.authorizer.jwt.claims`. API Gateway puts them there only after
 * its JWT authorizer has checked the signature, issuer, audience and expiry, so
 * the Lambda trusts them without verifying the token again.
 *
 * Typed on the plain v2 event so that Apollo's Lambda integration, which knows
 * nothing of authorizers, can pass its event straight in.
 *
 * @throws AuthenticationError when the event carries no JWT authorizer context, as
 *   on a route deployed without the authorizer or a hand-made event.
 */
export function jwtClaimsOf(event: Pick<APIGatewayProxyEventV2, 'requestContext'>): JwtClaims {
  const context: unknown = event.requestContext;
  const claims = property(property(property(context, 'authorizer'), 'jwt'), 'claims');
  if (!isRecord(claims)) {
    throw new AuthenticationError(
      'The request carries no verified token: the JWT authorizer passed no claims.',
    );
  }
  return claims;
}

function property(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
