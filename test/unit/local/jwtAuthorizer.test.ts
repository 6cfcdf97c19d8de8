import { exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { createJwtAuthorizer } from '../../../src/local/jwtAuthorizer';

const ISSUER = 'https://issuer.example.com/pool';
const AUDIENCE = 'gateway-client';
const NOW = new Date('2026-03-01T12:00:00Z');
const now = Math.floor(NOW.getTime() / 1000);

type Signer = (payload: JWTPayload, header?: { kid?: string | undefined; alg?: string }) => Promise<string>;

/** A key pair of `alg`, its public JWK with `kid`, and a signer of tokens with it. */
async function aKey(alg: string, kid: string) {
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
  const sign: Signer = (payload, header = {}) => {
    const protectedHeader = { alg, ...('kid' in header ? {} : { kid }), ...header };
    if (protectedHeader.kid === undefined) delete protectedHeader.kid;
    return new SignJWT(payload).setProtectedHeader(protectedHeader).sign(privateKey);
  };
  return { jwk, sign };
}

/** Claims API Gateway accepts, before each test changes one. */
const valid = (): JWTPayload => ({
  iss: ISSUER,
  aud: AUDIENCE,
  sub: 'alice',
  iat: now - 60,
  exp: now + 3_600,
});

let rs256: Awaited<ReturnType<typeof aKey>>;
let rs384: Awaited<ReturnType<typeof aKey>>;
let rs512: Awaited<ReturnType<typeof aKey>>;
let verify: (token: string) => Promise<JWTPayload>;

beforeAll(async () => {
  [rs256, rs384, rs512] = await Promise.all([
    aKey('RS256', 'k256'),
    aKey('RS384', 'k384'),
    aKey('RS512', 'k512'),
  ]);
  verify = createJwtAuthorizer({
    issuer: ISSUER,
    audiences: [AUDIENCE, 'other-client'],
    jwks: { keys: [rs256.jwk, rs384.jwk, rs512.jwk] },
    now: () => NOW,
  });
});

describe('the local JWT authorizer, rule by rule as API Gateway’s', () => {
  it.each(['RS256', 'RS384', 'RS512'])('accepts a token signed %s by a key of the set', async (alg) => {
    const key = { RS256: rs256, RS384: rs384, RS512: rs512 }[alg]!;

    await expect(verify(await key.sign(valid()))).resolves.toMatchObject({ sub: 'alice' });
  });

  it('refuses a token whose kid is not in the key set', async () => {
    const token = await rs256.sign(valid(), { kid: 'unknown' });

    await expect(verify(token)).rejects.toMatchObject({ code: 'ERR_JWKS_NO_MATCHING_KEY' });
  });

  it('refuses a token without a kid, even though one key would fit', async () => {
    const only = await aKey('RS256', 'only');
    const verifyOne = createJwtAuthorizer({
      issuer: ISSUER,
      audiences: [AUDIENCE],
      jwks: { keys: [only.jwk] },
      now: () => NOW,
    });

    await expect(verifyOne(await only.sign(valid(), { kid: undefined }))).rejects.toThrow(/no "kid" header/);
    await expect(verifyOne(await only.sign(valid()))).resolves.toBeDefined();
  });

  it.each(['ES256', 'PS256', 'EdDSA'])(
    'refuses a token signed %s, an algorithm API Gateway does not verify',
    async (alg) => {
      const key = await aKey(alg, `k-${alg}`);
      const lenient = createJwtAuthorizer({
        issuer: ISSUER,
        audiences: [AUDIENCE],
        jwks: { keys: [key.jwk] },
        now: () => NOW,
      });

      await expect(lenient(await key.sign(valid()))).rejects.toMatchObject({
        code: 'ERR_JOSE_ALG_NOT_ALLOWED',
      });
    },
  );

  it('refuses a token whose signature does not verify', async () => {
    const [header, , signature] = (await rs256.sign(valid())).split('.');
    const forged = Buffer.from(JSON.stringify({ ...valid(), sub: 'root' })).toString('base64url');

    await expect(verify(`${header}.${forged}.${signature}`)).rejects.toMatchObject({
      code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
    });
  });

  it.each([
    ['another issuer', { iss: 'https://issuer.example.com/other' }],
    ['no issuer', { iss: undefined }],
  ])('refuses %s', async (_case, change) => {
    await expect(verify(await rs256.sign({ ...valid(), ...change }))).rejects.toMatchObject({
      code: 'ERR_JWT_CLAIM_VALIDATION_FAILED',
      claim: 'iss',
    });
  });

  describe('the audience: aud, or client_id when there is no aud', () => {
    it.each([
      ['aud, one of the audiences', { aud: 'other-client' }],
      ['aud as a list holding one of them', { aud: ['someone-else', AUDIENCE] }],
      ['client_id when there is no aud', { aud: undefined, client_id: AUDIENCE }],
    ])('accepts %s', async (_case, change) => {
      await expect(verify(await rs256.sign({ ...valid(), ...change }))).resolves.toBeDefined();
    });

    it.each([
      ['a foreign aud', { aud: 'someone-else' }],
      ['a foreign aud, whatever client_id says', { aud: 'someone-else', client_id: AUDIENCE }],
      ['a foreign client_id and no aud', { aud: undefined, client_id: 'someone-else' }],
      ['neither aud nor client_id', { aud: undefined }],
    ])('refuses %s', async (_case, change) => {
      await expect(verify(await rs256.sign({ ...valid(), ...change }))).rejects.toMatchObject({
        code: 'ERR_JWT_CLAIM_VALIDATION_FAILED',
        claim: 'aud',
      });
    });
  });

  describe('the time claims, without leeway', () => {
    it.each([
      ['exp now', { exp: now }, 'ERR_JWT_EXPIRED'],
      ['no exp', { exp: undefined }, 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
      ['nbf a second ahead', { nbf: now + 1 }, 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
      ['iat a second ahead', { iat: now + 1 }, 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
    ])('refuses %s', async (_case, change, code) => {
      await expect(verify(await rs256.sign({ ...valid(), ...change }))).rejects.toMatchObject({ code });
    });

    it.each([
      ['exp a second ahead', { exp: now + 1 }],
      ['nbf and iat now', { nbf: now, iat: now }],
      ['no nbf and no iat', { iat: undefined }],
    ])('accepts %s', async (_case, change) => {
      await expect(verify(await rs256.sign({ ...valid(), ...change }))).resolves.toBeDefined();
    });
  });
});
