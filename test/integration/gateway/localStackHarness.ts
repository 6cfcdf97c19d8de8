import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueDevToken } from '../../../src/local/devTokens';
import { operationText, type Answer, type Operation } from '../../graphql/answer';
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
  /** A request body sent as written: numbers with every digit a JSON serialiser would round. */
  const graphqlBody = async <Data = unknown>(token: string | undefined, body: string) => {
    const response = await fetch(stack.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
      body,
    });
    const text = await response.text();
    return {
      status: response.status,
      body: JSON.parse(text) as Answer<Data>,
      text,
    };
  };
  /** An operation and its variables; the answer's `data` typed by a typed document. */
  const graphql = <Data = unknown, Variables = Record<string, unknown>>(
    token: string | undefined,
    operation: Operation<Data, Variables>,
    variables?: Variables,
  ) =>
    graphqlBody<Data>(token, JSON.stringify({ query: operationText(operation), variables: variables ?? {} }));
  return {
    stack,
    /** Where the dev tokens' key lives: another process verifies the same tokens with it. */
    stateDir,
    tokenFor,
    graphql,
    graphqlBody,
    async close() {
      await stack.close();
      await rm(stateDir, { recursive: true, force: true });
    },
  };
}

export type RunningLocalStack = Awaited<ReturnType<typeof aRunningLocalStack>>;
