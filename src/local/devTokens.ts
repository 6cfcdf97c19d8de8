import { randomUUID } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SignJWT, calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK } from 'jose';
import type { JWK, JWTPayload } from 'jose';
import { unsupportedTeamName } from '../adapters/identity/parseTeamsClaim';
import { createJwtAuthorizer } from './jwtAuthorizer';

/** `iss` of every local token; the local stack trusts no other issuer. */
export const DEV_TOKEN_ISSUER = 'security-profile-gateway-local';
/** `aud` of every local token, as the HTTP API's JWT authorizer is configured with. */
export const DEV_TOKEN_AUDIENCE = 'security-profile-gateway';
/** The team `--admin` adds: the demo team policy's admin team. */
export const DEV_ADMIN_TEAM = 'platform-admins';

// API Gateway's JWT authorizer verifies RSA signatures only: a local token is one it would accept.
const ALGORITHM = 'RS256';
// Not the name of the ES256 key earlier versions kept, so a state directory from then needs no cleaning.
const KEY_FILE = 'dev-jwt-rs256-key.json';
const DEFAULT_TTL_SECONDS = 3_600;
const MAX_TTL_SECONDS = 7 * 24 * 3_600;

/** Where the local signing key lives and what time it is (tests move the clock). */
export interface DevTokenOptions {
  /** Directory of the key file; default `.local-state` under the working directory. */
  stateDir?: string;
  now?: () => Date;
}

/** Who a local token speaks for. */
export interface DevTokenRequest {
  sub: string;
  teams: readonly string[];
  /** Adds {@link DEV_ADMIN_TEAM} to the teams. */
  admin?: boolean;
  /** Lifetime; default one hour, at most a week. */
  ttlSeconds?: number;
}

/**
 * A signed RS256 token with the claims of a Cognito access token (`sub`,
 * `cognito:groups` as a JSON array, `token_use`, `client_id`, `username`,
 * `auth_time`, `jti`) plus `iss`/`aud` for the local issuer. Like Cognito, a caller
 * in no team gets no `cognito:groups` claim at all.
 *
 * @throws RangeError for a blank `sub`, a team name the gateway could not read one
 *   way (see `unsupportedTeamName`) or a lifetime out of range.
 */
export async function issueDevToken(
  request: DevTokenRequest,
  options: DevTokenOptions = {},
): Promise<string> {
  const sub = request.sub.trim();
  if (!sub) throw new RangeError('A dev token needs a non-empty sub.');
  const teams = teamsOf(request);
  const ttl = request.ttlSeconds ?? DEFAULT_TTL_SECONDS;
  if (!Number.isInteger(ttl) || ttl < 1 || ttl > MAX_TTL_SECONDS) {
    throw new RangeError(`ttlSeconds must be an integer from 1 to ${MAX_TTL_SECONDS}, got ${ttl}.`);
  }
  const key = await loadOrCreateSigningKey(options.stateDir);
  const now = Math.floor((options.now?.() ?? new Date()).getTime() / 1000);
  const claims: JWTPayload = {
    token_use: 'access',
    client_id: DEV_TOKEN_ISSUER,
    username: sub,
    auth_time: now,
  };
  if (teams.length > 0) claims['cognito:groups'] = teams;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: ALGORITHM, kid: key.kid })
    .setIssuer(DEV_TOKEN_ISSUER)
    .setAudience(DEV_TOKEN_AUDIENCE)
    .setSubject(sub)
    .setIssuedAt(now)
    .setExpirationTime(now + ttl)
    .setJti(randomUUID())
    .sign(await importJWK(key.jwk, ALGORITHM));
}

/**
 * Checks a token the way the HTTP API's JWT authorizer would (`jwtAuthorizer.ts`:
 * `kid` in the key set, RSA signature, issuer, audience, time claims) against
 * the local key, and returns its payload.
 *
 * @throws a jose error (`ERR_JWT_EXPIRED`, `ERR_JWS_SIGNATURE_VERIFICATION_FAILED`,
 *   `ERR_JWKS_NO_MATCHING_KEY`, `ERR_JWT_CLAIM_VALIDATION_FAILED`, ...) when the token is not acceptable.
 */
export async function verifyDevToken(token: string, options: DevTokenOptions = {}): Promise<JWTPayload> {
  const key = await loadOrCreateSigningKey(options.stateDir);
  const { kty, n, e, kid } = key.jwk;
  const verify = createJwtAuthorizer({
    issuer: DEV_TOKEN_ISSUER,
    audiences: [DEV_TOKEN_AUDIENCE],
    jwks: { keys: [{ kty, n, e, kid, alg: ALGORITHM, use: 'sig' }] },
    now: options.now,
  });
  return verify(token);
}

/**
 * The claims map API Gateway's HTTP API JWT authorizer puts on
 * `requestContext.authorizer.jwt.claims` for a verified payload. Every value
 * becomes a string: strings as they are, numbers and booleans in their usual text,
 * arrays the way Go prints a slice (`["a","b"]` → `"[a b]"`, observed for
 * `cognito:groups`), objects as JSON (not observed; no issuer here emits one).
 * Null claims are left out.
 */
export function claimsAsApiGatewayRenders(payload: JWTPayload): Record<string, string> {
  const claims: Record<string, string> = {};
  for (const [name, value] of Object.entries(payload)) {
    if (value !== null && value !== undefined) claims[name] = renderClaim(value);
  }
  return claims;
}

/**
 * The `requestContext.authorizer.jwt.scopes` API Gateway reports: the OAuth
 * `scope` claim split on spaces (or `scp` as a list), and null, not `[]`, for a
 * token without scopes.
 */
export function scopesAsApiGatewayRenders(payload: JWTPayload): string[] | null {
  const scope = payload.scope ?? payload.scp;
  if (typeof scope === 'string') return scope.split(/\s+/).filter(Boolean);
  if (Array.isArray(scope)) return scope.map(String);
  return null;
}

function renderClaim(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return `[${value.map(renderClaim).join(' ')}]`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? '';
}

function teamsOf(request: DevTokenRequest): string[] {
  const teams = request.teams.map((team) => team.trim()).filter(Boolean);
  if (request.admin) teams.push(DEV_ADMIN_TEAM);
  for (const team of teams) {
    // The gateway would refuse the token (API Gateway prints "[a b]" for one team "a b" too).
    const unsupported = unsupportedTeamName(team);
    if (unsupported) throw new RangeError(`The gateway cannot read ${unsupported} as a team.`);
  }
  return [...new Set(teams)];
}

interface SigningKey {
  kid: string;
  jwk: JWK;
}

/**
 * The local private key, created on first use. Creation writes a private temp
 * file and hard-links it into place, so a second process starting at the same
 * moment (the stack and `npm run dev-token`) either wins or reads the winner's
 * complete key; it never sees half a file or replaces a key already handed out.
 */
async function loadOrCreateSigningKey(stateDir = '.local-state'): Promise<SigningKey> {
  const file = path.resolve(stateDir, KEY_FILE);
  const existing = await readKeyFile(file);
  if (existing) return existing;
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const created = await generateSigningKey();
  const temp = `${file}.${process.pid}.${randomUUID()}.tmp`;
  await writeFile(temp, `${JSON.stringify(created.jwk, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  try {
    await link(temp, file);
    return created;
  } catch (error) {
    if (!isCode(error, 'EEXIST')) throw error;
    return (await readKeyFile(file)) ?? created;
  } finally {
    await unlink(temp);
  }
}

async function readKeyFile(file: string): Promise<SigningKey | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (isCode(error, 'ENOENT')) return undefined;
    throw error;
  }
  const jwk = parseJwk(text);
  if (jwk?.kty !== 'RSA' || !jwk.d || !jwk.kid) {
    throw new Error(`${file} is not a local RS256 signing key; delete it and a new one is created.`);
  }
  return { kid: jwk.kid, jwk };
}

function parseJwk(text: string): JWK | undefined {
  try {
    return JSON.parse(text) as JWK;
  } catch {
    return undefined;
  }
}

async function generateSigningKey(): Promise<SigningKey> {
  const { privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(jwk);
  return { kid, jwk: { ...jwk, kid, alg: ALGORITHM, use: 'sig' } };
}

function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
