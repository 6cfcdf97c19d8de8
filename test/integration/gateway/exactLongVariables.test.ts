import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { dataOf, operationText } from '../../graphql/answer';
import { graphql } from '../../graphql/generated';
import { aRunningLocalStack, type RunningLocalStack } from './localStackHarness';

const UPDATE = graphql(`
  mutation ExactLongUpdate($input: UpdateSecurityProfileInput!) {
    updateSecurityProfile(input: $input) {
      securityProfile {
        version
        behaviors {
          criteria {
            value {
              count
            }
          }
        }
      }
    }
  }
`);

/** A behavior whose numbers are written into the JSON text as they stand, digits and all. */
const bodyWithCount = (count: string, durationSeconds = '300') =>
  `{"query":${JSON.stringify(operationText(UPDATE))},"variables":{"input":{"securityProfileName":"PossibleIssue","behaviors":[{"name":"Big","metric":"aws:num-messages-sent","criteria":{"comparisonOperator":"GREATER_THAN","value":{"count":${count}},"durationSeconds":${durationSeconds}}}]}}}`;

describe('a Long sent as a JSON number in variables', () => {
  let local: RunningLocalStack;
  let token: string;

  beforeAll(async () => {
    local = await aRunningLocalStack();
    token = await local.tokenFor('alice', ['team-a']);
  });
  afterAll(() => local.close());

  const post = async (body: string) => (await local.graphqlBody<ResultOf<typeof UPDATE>>(token, body)).body;

  it('is read exactly beyond 2^53, not as the double JSON.parse would round it to', async () => {
    const result = await post(bodyWithCount('1152921504606846977'));

    expect(result.errors).toBeUndefined();
    const [behavior] = dataOf(result).updateSecurityProfile.securityProfile.behaviors ?? [];
    expect(behavior?.criteria?.value?.count).toBe('1152921504606846977');
  });

  it('beyond 64 bits is refused quoting what the client sent', async () => {
    const result = await post(bodyWithCount('9223372036854775808'));

    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringContaining('Long must fit in 64 bits, got 9223372036854775808') as string,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('leaves a huge integer where an Int is declared the Int error it was', async () => {
    const result = await post(bodyWithCount('1152921504606846977', '12345678901234567890'));

    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringContaining(
        'behaviors[0].criteria.durationSeconds"; Int cannot represent non 32-bit signed integer value: 12345678901234567000',
      ) as string,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('leaves a huge integer in a top-level Int variable the Int error it was', async () => {
    const query = 'query Trail($first: Int) { myAuditEvents(first: $first) { edges { cursor } } }';

    const result = await post(
      `{"query":${JSON.stringify(query)},"variables":{"first":12345678901234567890}}`,
    );

    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringContaining('Int cannot represent non 32-bit signed integer value') as string,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
