import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueDevToken } from '../../../src/local/devTokens';
import { startLocalStack, type LocalStack, type LocalStackOptions } from '../../../src/local/localStack';

/** The whole local stack on free ports, with a private key directory, plus a small GraphQL client. */
export async function aRunningLocalStack(options: LocalStackOptions = {}) {
  const stateDir = await mkdtemp(join(tmpdir(), 'spg-test-'));
  // Quiet Powertools: tests assert on answers, not on log lines.
  process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
  process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
  const stack: LocalStack = await startLocalStack({
    port: 0,
    iotPort: 0,
    dynamoPort: 0,
    ...options,
    devTokens: { stateDir },
  });
  const tokenFor = (sub: string, teams: string[], admin = false) =>
    issueDevToken({ sub, teams, admin }, { stateDir });
  const graphql = async (
    token: string | undefined,
    query: string,
    variables: Record<string, unknown> = {},
  ) => {
    const response = await fetch(stack.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: JSON.parse(text) as { data?: any; errors?: any[]; extensions?: any },
      text,
    };
  };
  return {
    stack,
    tokenFor,
    graphql,
    async close() {
      await stack.close();
      await rm(stateDir, { recursive: true, force: true });
    },
  };
}

export type RunningLocalStack = Awaited<ReturnType<typeof aRunningLocalStack>>;
