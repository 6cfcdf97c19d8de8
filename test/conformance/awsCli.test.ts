import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLI_PAGE_COMMAND, CLI_PAGE_OUTPUT } from '../fixtures/awsCliPageExample';
import { omit } from './support/omit';
import { awsCliVersion, runAwsIot, runShell } from './support/awsCli';
import { startTestEmulator, type TestEmulator } from './support/testEmulator';

const cliVersion = awsCliVersion();
if (!cliVersion) {
  console.warn(
    [
      '',
      '!!! AWS CLI NOT FOUND: the AWS CLI conformance tests are SKIPPED. !!!',
      '    Install it to run them: `pip install awscli` (v1) or AWS CLI v2',
      '    (https://docs.aws.amazon.com/cli/latest/userguide/getting-started-install.html),',
      '    then check that `aws --version` works.',
      '',
    ].join('\n'),
  );
}

/** The profile the page's example starts from: the demo seed's PossibleIssue. */
const INITIAL_BEHAVIORS =
  '[{"name":"Authorization","metric":"aws:num-authorization-failures","criteria":{"comparisonOperator":"less-than","value":{"count":10},"durationSeconds":300}}]';
const SENT_DESCRIPTION =
  'Check to see if authorization fails 12 times in 5 minutes or if cellular bandwidth exceeds 128';

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
});
beforeEach(async () => t.emulator.reset());
afterAll(async () => t.close());

async function createPossibleIssue(): Promise<ReturnType<typeof runAwsIot>> {
  return runAwsIot(t.url, [
    'create-security-profile',
    '--security-profile-name',
    'PossibleIssue',
    '--security-profile-description',
    'Initial profile',
    '--behaviors',
    INITIAL_BEHAVIORS,
  ]);
}

describe.skipIf(!cliVersion)(`the AWS CLI (${cliVersion ?? 'absent'}) against the emulator`, () => {
  it('creates a profile with create-security-profile and prints its name and ARN', async () => {
    const result = await createPossibleIssue();

    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      securityProfileName: 'PossibleIssue',
      securityProfileArn: 'arn:aws:iot:us-east-1:123456789012:securityprofile/PossibleIssue',
    });
  });

  it("runs the CLI page's update-security-profile example and prints the page's Output (ARN and dates aside)", async () => {
    expect((await createPossibleIssue()).code).toBe(0);

    const result = await runShell(`${CLI_PAGE_COMMAND.trim()} --endpoint-url ${t.url} --output json`);

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as Record<string, unknown>;
    const { securityProfileArn, creationDate, lastModifiedDate, securityProfileDescription } = printed;
    const ignored = [
      'securityProfileArn',
      'creationDate',
      'lastModifiedDate',
      'securityProfileDescription',
    ] as const;
    const rest = omit(printed, ...ignored);
    const pageRest = omit(CLI_PAGE_OUTPUT, ...ignored);
    const pageDescription = CLI_PAGE_OUTPUT.securityProfileDescription;
    expect(rest).toEqual(pageRest);
    // The page prints "check …" although the command sends "Check …" (a typo on the page).
    expect(securityProfileDescription).toBe(SENT_DESCRIPTION);
    expect(pageDescription).toBe(SENT_DESCRIPTION.replace('Check', 'check'));
    expect(securityProfileArn).toBe('arn:aws:iot:us-east-1:123456789012:securityprofile/PossibleIssue');
    expect(typeof creationDate).toBe('number');
    expect(lastModifiedDate as number).toBeGreaterThan(creationDate as number);
  });

  it('prints VersionConflictException for --expected-version with a stale number', async () => {
    expect((await createPossibleIssue()).code).toBe(0);
    await runShell(`${CLI_PAGE_COMMAND.trim()} --endpoint-url ${t.url}`);

    const result = await runAwsIot(t.url, [
      'update-security-profile',
      '--security-profile-name',
      'PossibleIssue',
      '--security-profile-description',
      'stale write',
      '--expected-version',
      '1',
    ]);

    expect(result.code).toBe(255);
    expect(result.stderr).toContain(
      'An error occurred (VersionConflictException) when calling the UpdateSecurityProfile operation: ',
    );
  });

  it('prints InvalidRequestException for a delete flag sent together with its member', async () => {
    expect((await createPossibleIssue()).code).toBe(0);

    const result = await runAwsIot(t.url, [
      'update-security-profile',
      '--security-profile-name',
      'PossibleIssue',
      '--behaviors',
      INITIAL_BEHAVIORS,
      '--delete-behaviors',
    ]);

    expect(result.code).toBe(255);
    expect(result.stderr).toContain(
      'An error occurred (InvalidRequestException) when calling the UpdateSecurityProfile operation: deleteBehaviors cannot be true',
    );
  });

  it('prints ResourceNotFoundException for describe-security-profile of a missing profile', async () => {
    const result = await runAwsIot(t.url, [
      'describe-security-profile',
      '--security-profile-name',
      'NoSuchProfile',
    ]);

    expect(result.code).toBe(255);
    expect(result.stderr).toContain(
      'An error occurred (ResourceNotFoundException) when calling the DescribeSecurityProfile operation: ',
    );
  });

  it('lists, tags and untags through the CLI', async () => {
    expect((await createPossibleIssue()).code).toBe(0);
    const arn = 'arn:aws:iot:us-east-1:123456789012:securityprofile/PossibleIssue';

    await runAwsIot(t.url, [
      'tag-resource',
      '--resource-arn',
      arn,
      '--tags',
      'Key=team,Value=team-a',
      'Key=x,Value=y',
    ]);
    await runAwsIot(t.url, ['untag-resource', '--resource-arn', arn, '--tag-keys', 'x']);
    const tags = await runAwsIot(t.url, ['list-tags-for-resource', '--resource-arn', arn]);
    const listed = await runAwsIot(t.url, ['list-security-profiles', '--max-results', '5']);

    expect(JSON.parse(tags.stdout)).toEqual({ tags: [{ Key: 'team', Value: 'team-a' }] });
    expect(JSON.parse(listed.stdout)).toEqual({
      securityProfileIdentifiers: [{ name: 'PossibleIssue', arn }],
    });
  });

  it('creates and describes a thing group, attaches the profile to it, and refuses a group that does not exist', async () => {
    expect((await createPossibleIssue()).code).toBe(0);
    const group = 'arn:aws:iot:us-east-1:123456789012:thinggroup/cli-group';

    const created = await runAwsIot(t.url, ['create-thing-group', '--thing-group-name', 'cli-group']);
    const described = await runAwsIot(t.url, ['describe-thing-group', '--thing-group-name', 'cli-group']);
    const attach = (arn: string) =>
      runAwsIot(t.url, [
        'attach-security-profile',
        '--security-profile-name',
        'PossibleIssue',
        '--security-profile-target-arn',
        arn,
      ]);
    const attached = await attach(group);
    const missing = await attach('arn:aws:iot:us-east-1:123456789012:thinggroup/no-such-group');
    const targets = await runAwsIot(t.url, [
      'list-targets-for-security-profile',
      '--security-profile-name',
      'PossibleIssue',
    ]);

    expect(JSON.parse(created.stdout)).toMatchObject({ thingGroupName: 'cli-group', thingGroupArn: group });
    expect(JSON.parse(described.stdout)).toMatchObject({ thingGroupName: 'cli-group', version: 1 });
    expect(attached.code).toBe(0);
    expect(missing.code).toBe(255);
    expect(missing.stderr).toContain(
      'An error occurred (ResourceNotFoundException) when calling the AttachSecurityProfile operation: Thing group no-such-group does not exist',
    );
    expect(JSON.parse(targets.stdout)).toEqual({ securityProfileTargets: [{ arn: group }] });
  });
});
