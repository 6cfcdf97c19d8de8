/**
 * The typed client example: `GATEWAY_URL=… TOKEN=… npx tsx examples/typed-client/main.ts`
 * reads PossibleIssue, changes its description against the version it read, and
 * shows what a stale version answers.
 */
import { createGatewayClient, GatewayRequestError } from './gatewayClient';
import { ChangeDescription, DescribeProfile } from './operations';

export async function runExample(url: string, token: string): Promise<string[]> {
  const request = createGatewayClient(url, token);
  const lines: string[] = [];
  const { securityProfile } = await request(DescribeProfile, { name: 'PossibleIssue' });
  if (!securityProfile) throw new Error('PossibleIssue does not exist');
  lines.push(`${securityProfile.securityProfileName} is at version ${securityProfile.version}`);
  // A Long goes out as a decimal string, whatever its size.
  const expectedVersion = String(securityProfile.version);
  const { updateSecurityProfile } = await request(ChangeDescription, {
    name: 'PossibleIssue',
    description: 'Changed by the typed client',
    expectedVersion,
  });
  lines.push(
    `changed in ${updateSecurityProfile.attempts} attempt(s): now version ${updateSecurityProfile.securityProfile.version}`,
  );
  try {
    await request(ChangeDescription, { name: 'PossibleIssue', description: 'Stale', expectedVersion });
  } catch (error) {
    if (!(error instanceof GatewayRequestError)) throw error;
    lines.push(
      `a stale version answers ${error.code} (current version ${String(error.errors[0]?.extensions.currentVersion)})`,
    );
  }
  return lines;
}

const { GATEWAY_URL, TOKEN } = process.env;
if (GATEWAY_URL && TOKEN && process.argv[1]?.endsWith('main.ts')) {
  for (const line of await runExample(GATEWAY_URL, TOKEN)) console.log(line);
}
