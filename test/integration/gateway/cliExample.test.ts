import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PAGE_GRAPHQL_INPUT, CLI_PAGE_OUTPUT } from '../../fixtures/awsCliPageExample';
import { dataOf } from '../../graphql/answer';
import { graphql } from '../../graphql/generated';
import { aRunningLocalStack, type RunningLocalStack } from './localStackHarness';

const cliOutput: Record<string, unknown> = CLI_PAGE_OUTPUT;

graphql(`
  fragment CliProfileFields on SecurityProfile {
    securityProfileName
    securityProfileArn
    securityProfileDescription
    version
    creationDate
    lastModifiedDate
    behaviors {
      name
      metric
      criteria {
        comparisonOperator
        value {
          count
        }
        durationSeconds
        consecutiveDatapointsToAlarm
        consecutiveDatapointsToClear
      }
    }
  }
`);

const UPDATE = graphql(`
  mutation CliUpdate($input: UpdateSecurityProfileInput!) {
    updateSecurityProfile(input: $input) {
      attempts
      auditEventId
      securityProfile {
        ...CliProfileFields
      }
    }
  }
`);
const READ = graphql(`
  query CliRead {
    securityProfile(securityProfileName: "PossibleIssue") {
      ...CliProfileFields
    }
  }
`);

/** The GraphQL answer in the CLI's JSON form: AWS operator spellings, unset members absent. */
function asCliJson(profile: object): Record<string, unknown> {
  const spell = (op: string) => op.toLowerCase().replaceAll('_', '-');
  const prune = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(prune)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .filter(([, member]) => member !== null)
              .map(([key, member]) => [
                key,
                key === 'comparisonOperator' ? spell(String(member)) : prune(member),
              ]),
          )
        : value;
  return prune(profile) as Record<string, unknown>;
}

describe('the AWS CLI page example through the local stack', () => {
  let local: RunningLocalStack;
  let token: string;

  beforeAll(async () => {
    local = await aRunningLocalStack();
    token = await local.tokenFor('alice', ['team-a']);
  });
  afterAll(() => local.close());

  it('returns the fields and values of the page’s Output (ARN, dates and version aside)', async () => {
    const { body } = await local.graphql(token, UPDATE, { input: CLI_PAGE_GRAPHQL_INPUT });

    expect(body.errors).toBeUndefined();
    const profile = asCliJson(dataOf(body).updateSecurityProfile.securityProfile);
    const { securityProfileArn, creationDate, lastModifiedDate, version, ...rest } = profile;
    const expected = { ...cliOutput };
    for (const key of ['securityProfileArn', 'creationDate', 'lastModifiedDate', 'version'])
      delete expected[key];
    // The page's Output lower-cases the first word of the description it sent; the service stores what it is sent.
    expected.securityProfileDescription = CLI_PAGE_GRAPHQL_INPUT.securityProfileDescription;
    expect(rest).toEqual(expected);
    expect(securityProfileArn).toMatch(/^arn:aws:iot:us-east-1:123456789012:securityprofile\/PossibleIssue$/);
    expect(version).toBe(2);
    expect(Date.parse(String(lastModifiedDate))).toBeGreaterThanOrEqual(Date.parse(String(creationDate)));
  });

  it('answers the securityProfile query with the same profile afterwards', async () => {
    const { body: updated } = await local.graphql(token, UPDATE, {
      input: { ...CLI_PAGE_GRAPHQL_INPUT, securityProfileDescription: 'Second pass' },
    });

    const { body } = await local.graphql(token, READ);

    expect(dataOf(body).securityProfile).toEqual(dataOf(updated).updateSecurityProfile.securityProfile);
  });

  it('gives the same answer to the README’s example document, examples/cli-page-example.graphql', async () => {
    const document = readFileSync(
      new URL('../../../examples/cli-page-example.graphql', import.meta.url),
      'utf8',
    );

    // The README's document is not the test's: its answer is read only as far as the CLI's Output goes.
    const { body } = await local.graphql<{ updateSecurityProfile: { securityProfile: object } }>(
      token,
      document,
    );

    expect(body.errors).toBeUndefined();
    const profile = dataOf(body).updateSecurityProfile.securityProfile;
    expect(asCliJson(profile).behaviors).toEqual(cliOutput.behaviors);
  });

  it('refuses a request without a token before the gateway runs, as API Gateway does', async () => {
    const { status } = await local.graphql(undefined, UPDATE, { input: CLI_PAGE_GRAPHQL_INPUT });

    expect(status).toBe(401);
  });
});
