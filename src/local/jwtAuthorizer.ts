import {
  createLocalJWKSet,
  decodeProtectedHeader,
  errors,
  jwtVerify,
  type JSONWebKeySet,
  type JWTPayload,
} from 'jose';

/** The only algorithms API Gateway's JWT authorizer verifies: it supports RSA-based signatures only. */
export const API_GATEWAY_JWT_ALGORITHMS: readonly string[] = ['RS256', 'RS384', 'RS512'];

/** What an HTTP API JWT authorizer is configured with: its issuer, audiences and the issuer's key set. */
export interface JwtAuthorizerSettings {
  issuer: string;
  audiences: readonly string[];
  jwks: JSONWebKeySet;
  /** The clock (tests move it). */
  now?: () => Date;
}

/**
 * The local stand-in for API Gateway's HTTP API JWT authorizer, accepting
 * exactly what AWS documents it accepts, so a token that works locally works
 * deployed and one refused deployed is refused here:
 * - a `kid` header naming a key of the issuer's key set, and an RSA signature
 *   (RS256, RS384, RS512) by that key;
 * - `iss` equal to the issuer;
 * - `aud` one of the audiences, or, only when there is no `aud`, `client_id`;
 * - `exp` after now; `nbf` and `iat`, when present, not after now (no leeway).
 * Routes configure no scopes, so none are checked. A token without `exp` is
 * refused (AWS lists `exp` among the claims it evaluates). `sub` is the
 * gateway's business, not the authorizer's: the Lambda refuses a token without one.
 *
 * @returns a verifier resolving the payload, or rejecting with jose's error
 *   (`ERR_JWKS_NO_MATCHING_KEY`, `ERR_JOSE_ALG_NOT_ALLOWED`, `ERR_JWT_EXPIRED`,
 *   `ERR_JWT_CLAIM_VALIDATION_FAILED` with the claim, …).
 */
export function createJwtAuthorizer(settings: JwtAuthorizerSettings) {
  const keys = createLocalJWKSet(settings.jwks);
  return async (token: string): Promise<JWTPayload> => {
    const { kid } = decodeProtectedHeader(token);
    // jose would pick the only key of a set for a token without `kid`; API Gateway matches on it.
    if (typeof kid !== 'string' || kid === '') throw new errors.JWSInvalid('the token has no "kid" header');
    const currentDate = settings.now?.() ?? new Date();
    const { payload } = await jwtVerify(token, keys, {
      algorithms: [...API_GATEWAY_JWT_ALGORITHMS],
      issuer: settings.issuer,
      requiredClaims: ['exp'],
      currentDate,
    });
    checkAudience(payload, settings.audiences);
    checkIssuedAt(payload, currentDate);
    return payload;
  };
}

/** `aud` decides when present (a string or a list, any one matching); `client_id` only when it is absent. */
function checkAudience(payload: JWTPayload, audiences: readonly string[]): void {
  const aud = payload.aud;
  const accepted =
    aud !== undefined
      ? [aud].flat().some((value) => audiences.includes(value))
      : typeof payload.client_id === 'string' && audiences.includes(payload.client_id);
  if (!accepted) {
    const claim = aud !== undefined ? 'aud' : 'client_id';
    throw new errors.JWTClaimValidationFailed(
      `unexpected "${claim}" claim value`,
      payload,
      'aud',
      'check_failed',
    );
  }
}

/** jose checks `iat` only against a maximum age; API Gateway refuses one in the future. */
function checkIssuedAt(payload: JWTPayload, currentDate: Date): void {
  if (payload.iat !== undefined && payload.iat > Math.floor(currentDate.getTime() / 1000)) {
    throw new errors.JWTClaimValidationFailed(
      '"iat" claim timestamp check failed (it should be in the past)',
      payload,
      'iat',
      'check_failed',
    );
  }
}
