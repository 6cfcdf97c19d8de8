import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/config';
import {
  DEFAULT_REQUEST_LIMITS,
  loadRequestLimits,
  REQUEST_LIMIT_SETTINGS,
} from '../../../src/requestLimits';
import {
  aGraphqlEvent,
  aHandlerHarness,
  anEvent,
  firstError,
  NAME,
  type GatewayAnswer,
} from '../../fakes/handlerHarness';

const READ = `{ securityProfile(securityProfileName: "${NAME}") { version } }`;
const read = (alias: string, directives = '') =>
  `${alias}: securityProfile(securityProfileName: "${NAME}") ${directives} { version }`;
const patch = (alias: string) =>
  `${alias}: patchSecurityProfile(input: { securityProfileName: "${NAME}", securityProfileDescription: "${alias}" }) { attempts }`;

/** The refusal every limit answers with: BAD_USER_INPUT, HTTP 400, the limit and its setting named. */
function expectRefusedBy(answer: GatewayAnswer, setting: string, max: number): void {
  expect(answer.status).toBe(400);
  expect(answer.body.data).toBeUndefined();
  const error = firstError(answer);
  expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: { setting, max } });
  expect(error.message).toContain(`(${setting})`);
}

describe('the request limits’ settings', () => {
  it('default to the table’s values', () => {
    expect(loadRequestLimits({})).toEqual(DEFAULT_REQUEST_LIMITS);
    expect(DEFAULT_REQUEST_LIMITS).toMatchObject({ mutationFields: 1, operations: 1, requestBytes: 262_144 });
  });

  it('are read from their variables', () => {
    const limits = loadRequestLimits({ GRAPHQL_MAX_ALIASES: '3', REQUEST_MAX_BYTES: '2048' });

    expect(limits).toEqual({ ...DEFAULT_REQUEST_LIMITS, aliases: 3, requestBytes: 2048 });
  });

  it.each(Object.values(REQUEST_LIMIT_SETTINGS))(
    'refuse a malformed $setting, naming it',
    ({ setting, max }) => {
      expect(() => loadRequestLimits({ [setting]: 'many' })).toThrow(ConfigError);
      expect(() => loadRequestLimits({ [setting]: String(max + 1) })).toThrow(
        new RegExp(`^${setting} must be an integer from \\d+ to ${max}, got '${max + 1}'\\.$`),
      );
    },
  );
});

describe('a GraphQL request over a limit', () => {
  // Each case: the settings, a request at the limit (answered) and one just past it (refused).
  const cases = [
    {
      setting: 'REQUEST_MAX_BYTES',
      max: 1_024,
      within: aGraphqlEvent(READ, { pad: 'x'.repeat(900) }),
      over: aGraphqlEvent(READ, { pad: 'x'.repeat(1_000) }),
    },
    {
      setting: 'GRAPHQL_MAX_DOCUMENT_BYTES',
      max: 256,
      within: aGraphqlEvent(`${READ}\n#${'x'.repeat(150)}`),
      over: aGraphqlEvent(`${READ}\n#${'é'.repeat(100)}`),
    },
    {
      setting: 'GRAPHQL_MAX_TOKENS',
      max: 100,
      within: aGraphqlEvent(`{ ${'__typename '.repeat(98)} }`),
      over: aGraphqlEvent(`{ ${'__typename '.repeat(99)} }`),
    },
    {
      setting: 'GRAPHQL_MAX_DEPTH',
      max: 3,
      within: aGraphqlEvent(`{ securityProfile(securityProfileName: "${NAME}") { behaviors { name } } }`),
      over: aGraphqlEvent(
        `{ securityProfile(securityProfileName: "${NAME}") { behaviors { criteria { durationSeconds } } } }`,
      ),
    },
    {
      setting: 'GRAPHQL_MAX_ALIASES',
      max: 2,
      within: aGraphqlEvent(`{ ${read('a')} ${read('b')} }`),
      over: aGraphqlEvent(`{ ${read('a')} ${read('b')} ${read('c')} }`),
    },
    {
      setting: 'GRAPHQL_MAX_DIRECTIVES',
      max: 2,
      within: aGraphqlEvent(`{ __typename @include(if: true) ${read('a', '@skip(if: false)')} }`),
      over: aGraphqlEvent(
        `{ __typename @include(if: true) @skip(if: false) ${read('a', '@skip(if: false)')} }`,
      ),
    },
    {
      setting: 'GRAPHQL_MAX_COST',
      max: 100,
      within: aGraphqlEvent('{ myAuditEvents(first: 10) { edges { cursor } } }'),
      over: aGraphqlEvent('{ myAuditEvents(first: 100) { edges { cursor } } }'),
    },
    {
      setting: 'GRAPHQL_MAX_MUTATION_FIELDS',
      max: 1,
      within: aGraphqlEvent(`mutation { ${patch('a')} __typename }`),
      over: aGraphqlEvent(`mutation { ${patch('a')} ...more } fragment more on Mutation { ${patch('b')} }`),
    },
    {
      setting: 'GRAPHQL_MAX_OPERATIONS',
      max: 2,
      within: anEvent('POST', '/graphql', [{ query: READ }, { query: READ }]),
      over: anEvent('POST', '/graphql', [{ query: READ }, { query: READ }, { query: READ }]),
    },
  ];

  it.each(cases)(
    'is refused at $setting=$max before any IoT or audit call',
    async ({ setting, max, over }) => {
      const gateway = aHandlerHarness({ [setting]: String(max) });

      expectRefusedBy(await gateway.invoke(over), setting, max);
      expect(gateway.awsCalls()).toBe(0);
      expect(gateway.unexpected).toEqual([]);
    },
  );

  it.each(cases)('is answered at $setting=$max when within it', async ({ setting, max, within }) => {
    const gateway = aHandlerHarness({ [setting]: String(max) });

    const { status, body } = await gateway.invoke(within);

    expect(status).toBe(200);
    for (const result of [body].flat()) expect(result.errors).toBeUndefined();
  });

  it('refuses a batch by default: one operation per request', async () => {
    const gateway = aHandlerHarness();

    const answer = await gateway.invoke(anEvent('POST', '/graphql', [{ query: READ }, { query: READ }]));

    expectRefusedBy(answer, 'GRAPHQL_MAX_OPERATIONS', 1);
    expect(firstError(answer).message).toBe(
      'The request has 2 operations, more than the 1 allowed (GRAPHQL_MAX_OPERATIONS).',
    );
    expect(gateway.awsCalls()).toBe(0);
  });

  it('refuses two aliased mutations by default, and makes no change at all', async () => {
    const gateway = aHandlerHarness();

    const answer = await gateway.invoke(aGraphqlEvent(`mutation { ${patch('first')} ${patch('second')} }`));

    expectRefusedBy(answer, 'GRAPHQL_MAX_MUTATION_FIELDS', 1);
    expect(firstError(answer).message).toBe(
      'The mutation has 2 fields, more than the 1 allowed (GRAPHQL_MAX_MUTATION_FIELDS).',
    );
    expect(gateway.awsCalls()).toBe(0);
  });

  it('refuses 1,000 aliased reads by default before reading anything', async () => {
    const gateway = aHandlerHarness();
    const reads = Array.from(
      { length: 1_000 },
      (_, i) => `r${i}: securityProfile(securityProfileName: "${NAME}") { version }`,
    );

    const answer = await gateway.invoke(aGraphqlEvent(`{ ${reads.join(' ')} }`));

    expect(answer.status).toBe(400);
    expect(firstError(answer).extensions.code).toBe('BAD_USER_INPUT');
    expect(firstError(answer).extensions.limit?.setting).toMatch(/^GRAPHQL_MAX_/);
    expect(gateway.awsCalls()).toBe(0);
  });

  it('refuses a document too long for GET’s query parameter', async () => {
    const gateway = aHandlerHarness({ GRAPHQL_MAX_DOCUMENT_BYTES: '256' });
    const query = `${READ}\n#${'x'.repeat(300)}`;

    const answer = await gateway.invoke(
      anEvent('GET', '/graphql', undefined, { rawQueryString: new URLSearchParams({ query }).toString() }),
    );

    expectRefusedBy(answer, 'GRAPHQL_MAX_DOCUMENT_BYTES', 256);
  });

  describe('the 50,000-directive document (1.4 MiB of `__typename @include(if: true)`)', () => {
    const hostile = aGraphqlEvent(`{ ${'__typename @include(if: true) '.repeat(50_000)} }`);

    it('is refused by its size at the defaults', async () => {
      const gateway = aHandlerHarness();

      expectRefusedBy(await gateway.invoke(hostile), 'REQUEST_MAX_BYTES', 262_144);
    });

    it('is refused by the parser’s token count when its size is allowed, before any call', async () => {
      const gateway = aHandlerHarness({
        REQUEST_MAX_BYTES: '2000000',
        GRAPHQL_MAX_DOCUMENT_BYTES: '2000000',
      });

      const answer = await gateway.invoke(hostile);

      expectRefusedBy(answer, 'GRAPHQL_MAX_TOKENS', 10_000);
      expect(answer.body.errors).toHaveLength(1);
      expect(gateway.awsCalls()).toBe(0);
    });
  });
});

describe('a REST request over a limit', () => {
  it('is refused by its body size before the body is read or the caller authenticated', async () => {
    const gateway = aHandlerHarness({ REQUEST_MAX_BYTES: '1024' });
    const body = { securityProfileDescription: 'x'.repeat(2_000) };

    const { status, body: answer } = await gateway.invoke(
      anEvent('PATCH', `/security-profiles/${NAME}`, body),
    );

    expect(status).toBe(400);
    expect(answer).toMatchObject({
      code: 'BAD_USER_INPUT',
      limit: { setting: 'REQUEST_MAX_BYTES', max: 1_024 },
      message: `The request body has ${JSON.stringify(body).length} bytes, more than the 1024 allowed (REQUEST_MAX_BYTES).`,
    });
    expect(gateway.awsCalls()).toBe(0);
  });

  it('measures a base64 body as the bytes it stands for', async () => {
    const gateway = aHandlerHarness({ REQUEST_MAX_BYTES: '1024' });
    const json = JSON.stringify({ securityProfileDescription: 'within' });
    const event = {
      ...anEvent('PATCH', `/security-profiles/${NAME}`),
      body: Buffer.from(json).toString('base64'),
      isBase64Encoded: true,
    };

    const { status } = await gateway.invoke(event);

    expect(status).toBe(200);
  });
});
