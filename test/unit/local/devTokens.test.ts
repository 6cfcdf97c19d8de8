import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actorFromEvent } from '../../../src/adapters/identity/actorFromEvent';
import { parseDevTokenArgs } from '../../../src/local/devToken';
import {
  DEV_TOKEN_AUDIENCE,
  DEV_TOKEN_ISSUER,
  claimsAsApiGatewayRenders,
  issueDevToken,
  scopesAsApiGatewayRenders,
  verifyDevToken,
} from '../../../src/local/devTokens';
import { eventWithClaims } from '../../fixtures/events/loadEventFixture';

let stateDir: string;

beforeEach(async () => {
  stateDir = await mkdtemp(path.join(tmpdir(), 'dev-tokens-'));
});

afterEach(async () => {
  await rm(stateDir, { recursive: true, force: true });
});

describe('issueDevToken and verifyDevToken', () => {
  it('issue a token whose payload reads like a Cognito access token for the local issuer', async () => {
    const token = await issueDevToken({ sub: 'alice', teams: ['team-a', 'team-b'] }, { stateDir });
    const payload = await verifyDevToken(token, { stateDir });

    expect(payload).toMatchObject({
      iss: DEV_TOKEN_ISSUER,
      aud: DEV_TOKEN_AUDIENCE,
      sub: 'alice',
      'cognito:groups': ['team-a', 'team-b'],
      token_use: 'access',
    });
    expect(payload.exp! - payload.iat!).toBe(3600);
    expect(decodeProtectedHeader(token).alg).toBe('RS256');
  });

  it('adds the admin team for --admin', async () => {
    const token = await issueDevToken({ sub: 'oncall', teams: ['team-a'], admin: true }, { stateDir });

    expect(decodeJwt(token)['cognito:groups']).toEqual(['team-a', 'platform-admins']);
  });

  it('leaves out cognito:groups for a caller in no team, as Cognito does', async () => {
    const token = await issueDevToken({ sub: 'new-hire', teams: [] }, { stateDir });

    expect(decodeJwt(token)).not.toHaveProperty('cognito:groups');
  });

  it('honours the requested lifetime', async () => {
    const token = await issueDevToken({ sub: 'alice', teams: [], ttlSeconds: 90 }, { stateDir });

    const { iat, exp } = decodeJwt(token);
    expect(exp! - iat!).toBe(90);
  });

  it('reject a token whose payload was altered after signing', async () => {
    const token = await issueDevToken({ sub: 'alice', teams: ['team-a'] }, { stateDir });
    const [header, , signature] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...decodeJwt(token), 'cognito:groups': ['platform-admins'] }),
    );
    const tampered = `${header}.${forged.toString('base64url')}.${signature}`;

    const verifying = verifyDevToken(tampered, { stateDir });

    await expect(verifying).rejects.toMatchObject({ code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' });
  });

  it('reject a token signed with another key', async () => {
    const otherDir = await mkdtemp(path.join(tmpdir(), 'dev-tokens-other-'));
    const foreign = await issueDevToken({ sub: 'mallory', teams: ['team-a'] }, { stateDir: otherDir });
    await rm(otherDir, { recursive: true, force: true });

    const verifying = verifyDevToken(foreign, { stateDir });

    // Its kid (the other key's thumbprint) names no key of the local set, as API Gateway checks first.
    await expect(verifying).rejects.toMatchObject({ code: 'ERR_JWKS_NO_MATCHING_KEY' });
  });

  it('reject an expired token', async () => {
    const anHourAgo = () => new Date(Date.now() - 3_600_000);
    const token = await issueDevToken(
      { sub: 'alice', teams: [], ttlSeconds: 60 },
      { stateDir, now: anHourAgo },
    );

    const verifying = verifyDevToken(token, { stateDir });

    await expect(verifying).rejects.toMatchObject({ code: 'ERR_JWT_EXPIRED' });
  });

  it('persist the key with owner-only permissions and reuse it across calls', async () => {
    const first = await issueDevToken({ sub: 'alice', teams: [] }, { stateDir });
    const keyFile = path.join(stateDir, 'dev-jwt-rs256-key.json');
    const keyBefore = await readFile(keyFile, 'utf8');

    const second = await issueDevToken({ sub: 'bob', teams: [] }, { stateDir });

    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
    expect(await readFile(keyFile, 'utf8')).toBe(keyBefore);
    expect(decodeProtectedHeader(second).kid).toBe(decodeProtectedHeader(first).kid);
    await expect(verifyDevToken(first, { stateDir })).resolves.toMatchObject({ sub: 'alice' });
  });

  it('create a single key when many callers start at once', async () => {
    const tokens = await Promise.all(
      Array.from({ length: 8 }, (_, i) => issueDevToken({ sub: `user-${i}`, teams: [] }, { stateDir })),
    );

    const kids = new Set(tokens.map((token) => decodeProtectedHeader(token).kid));
    expect(kids.size).toBe(1);
    await Promise.all(
      tokens.map((token) => expect(verifyDevToken(token, { stateDir })).resolves.toBeDefined()),
    );
  });

  it('refuse a key file that is not a signing key, naming the file', async () => {
    await writeFile(path.join(stateDir, 'dev-jwt-rs256-key.json'), '{"not":"a key"}');

    const issuing = issueDevToken({ sub: 'alice', teams: [] }, { stateDir });

    await expect(issuing).rejects.toThrow(/dev-jwt-rs256-key\.json is not a local RS256 signing key/);
  });

  it.each([
    ['a blank sub', { sub: ' ', teams: [] }],
    ['a team name with a space', { sub: 'alice', teams: ['team a'] }],
    ['a team name with a comma', { sub: 'alice', teams: ['a,b'] }],
    ['a lifetime of zero', { sub: 'alice', teams: [], ttlSeconds: 0 }],
  ])('refuse %s', async (_case, request) => {
    const issuing = issueDevToken(request, { stateDir });

    await expect(issuing).rejects.toThrow(RangeError);
  });
});

describe('claimsAsApiGatewayRenders', () => {
  it('renders every claim as a string the way the HTTP API JWT authorizer does', () => {
    const claims = claimsAsApiGatewayRenders({
      sub: 'alice',
      'cognito:groups': ['team-a', 'team-b'],
      exp: 1727003600,
      email_verified: true,
      address: { country: 'NZ' },
      nickname: null,
    });

    expect(claims).toEqual({
      sub: 'alice',
      'cognito:groups': '[team-a team-b]',
      exp: '1727003600',
      email_verified: 'true',
      address: '{"country":"NZ"}',
    });
  });

  it('renders a single group and no group in the bracketed form', () => {
    const one = claimsAsApiGatewayRenders({ g: ['team-a'] });
    const none = claimsAsApiGatewayRenders({ g: [] });

    expect(one.g).toBe('[team-a]');
    expect(none.g).toBe('[]');
  });

  it('gives scopes from the space-separated scope claim, and null without one', () => {
    const scoped = scopesAsApiGatewayRenders({ scope: 'profile:read profile:write' });
    const unscoped = scopesAsApiGatewayRenders({ sub: 'alice' });

    expect(scoped).toEqual(['profile:read', 'profile:write']);
    expect(unscoped).toBeNull();
  });

  it('hands actorFromEvent the teams the token was issued with', async () => {
    const token = await issueDevToken({ sub: 'alice', teams: ['team-b'], admin: true }, { stateDir });
    const claims = claimsAsApiGatewayRenders(await verifyDevToken(token, { stateDir }));

    const actor = actorFromEvent(eventWithClaims(claims), {
      teamsClaim: 'cognito:groups',
      isAdminTeam: (team: string) => team === 'platform-admins',
    });

    expect(actor).toEqual({ subject: 'alice', teams: ['team-b', 'platform-admins'], isAdmin: true });
  });
});

describe('the dev-token command', () => {
  it('reads --sub, comma-separated --teams, --admin and --ttl', () => {
    const command = parseDevTokenArgs([
      '--sub',
      'alice',
      '--teams',
      'team-a,team-b',
      '--admin',
      '--ttl',
      '600',
    ]);

    expect(command).toEqual({
      request: { sub: 'alice', teams: ['team-a', 'team-b'], admin: true, ttlSeconds: 600 },
      options: {},
    });
  });

  it('insists on --sub', () => {
    const parse = () => parseDevTokenArgs(['--teams', 'team-a']);

    expect(parse).toThrow(/--sub is required/);
  });

  it('prints only a token that the local verifier accepts', async () => {
    const run = promisify(execFile);
    const script = path.resolve('src/local/devToken.ts');

    const { stdout } = await run(process.execPath, [
      '--import',
      'tsx',
      script,
      ...['--sub', 'carol', '--teams', 'team-a', '--state-dir', stateDir],
    ]);

    expect(stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    await expect(verifyDevToken(stdout.trim(), { stateDir })).resolves.toMatchObject({
      sub: 'carol',
      'cognito:groups': ['team-a'],
    });
  });
});
