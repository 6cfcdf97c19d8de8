import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { passRoleResources } from '../src/domain/authorization/passRoleResources';
import { parseTeamPolicy } from '../src/domain/authorization/teamPolicy';

/** The policy `serverless.yml`'s default `passRoleArns` param is generated from. */
export const EXAMPLE_TEAM_POLICY = 'infra/team-policy.example.json';

/**
 * The `iam:PassRole` resources a team policy file needs, as `serverless.yml` takes them:
 * one comma-separated string (a `--param` value is a string; the template splits it with `Fn::Split`).
 *
 * @throws TeamPolicyError when the file does not match the team-policy schema
 */
export async function passRoleArnsParam(policyFile: string): Promise<string> {
  const json: unknown = JSON.parse(await readFile(policyFile, 'utf8'));
  const resources = passRoleResources([parseTeamPolicy(json, policyFile)]);
  if (resources.length === 0) {
    // An empty Resource list is a CloudFormation error at deploy time; say so now, with the reason.
    throw new Error(`${policyFile} grants no roleArns: the gateway would have nothing to pass to IoT.`);
  }
  // IAM role names may contain ',', which would split one pattern in two.
  const withComma = resources.find((arn) => arn.includes(','));
  if (withComma !== undefined)
    throw new Error(`Role pattern '${withComma}' contains ',', the list separator.`);
  return resources.join(',');
}

async function main(args: string[]): Promise<void> {
  const file = args[0] ?? EXAMPLE_TEAM_POLICY;
  process.stdout.write(`${await passRoleArnsParam(file)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
