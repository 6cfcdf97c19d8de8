import { describe, expect, it } from 'vitest';
import type { HttpExchange } from '../../../src/local/httpAdapter';
import { describeExchange } from '../../../src/local/terminal/describeExchange';

const alice = { sub: 'alice', 'cognito:groups': '[team-a]' };

function anExchange(
  overrides: Partial<HttpExchange> & { request?: unknown; answer?: unknown },
): HttpExchange {
  const { request, answer, ...rest } = overrides;
  return {
    method: 'POST',
    path: '/graphql',
    claims: alice,
    requestBody: Buffer.from(JSON.stringify(request ?? {})),
    reply: { statusCode: 200, headers: {}, body: Buffer.from(JSON.stringify(answer ?? {})) },
    elapsedMs: 41.6,
    ...rest,
  };
}

describe('the one terminal line per request', () => {
  it('names a mutation, its profile, the caller, the new version and the time taken', () => {
    const line = describeExchange(
      anExchange({
        request: {
          query:
            'mutation($input: UpdateSecurityProfileInput!) { updateSecurityProfile(input: $input) { attempts } }',
          variables: { input: { securityProfileName: 'PossibleIssue' } },
        },
        answer: { data: { updateSecurityProfile: { securityProfile: { version: 7 } } } },
      }),
    );

    expect(line).toMatch(
      /POST +mutation updateSecurityProfile PossibleIssue +alice \[team-a\] +ok v7 +42 ms$/,
    );
  });

  it('shows the GraphQL error codes of a refused operation under its own name', () => {
    const line = describeExchange(
      anExchange({
        request: {
          query: 'mutation Change { patchSecurityProfile(input: {securityProfileName: "X"}) { attempts } }',
        },
        answer: { errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] },
      }),
    );

    expect(line).toMatch(/mutation Change X +alice \[team-a\] +FORBIDDEN /);
  });

  it('shows a REST path with its status and code, and a call without a token as -', () => {
    const line = describeExchange(
      anExchange({
        method: 'GET',
        path: '/security-profiles/Nope',
        claims: undefined,
        reply: {
          statusCode: 401,
          headers: {},
          body: Buffer.from('{"message":"Unauthorized","code":"UNAUTHENTICATED"}'),
        },
      }),
    );

    expect(line).toMatch(/GET +\/security-profiles\/Nope +- +401 UNAUTHENTICATED /);
  });

  it('stays one line for a body that is not JSON', () => {
    const line = describeExchange(anExchange({ requestBody: Buffer.from('{{{') }));

    expect(line).not.toContain('\n');
    expect(line).toContain('graphql (no query)');
  });
});
