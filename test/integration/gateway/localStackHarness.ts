import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueDevToken } from '../../../src/local/devTokens';
import { operationText, type Answer, type Operation } from '../../graphql/answer';
import { startLocalStack, type LocalStack, type LocalStackOptions } from '../../../src/local/localStack';
import { parseJson } from '../../../src/iotJson/parseJson';
import type { OpenApiDocument } from '../../../src/rest/openApiDocument';
import { createOpenApiValidator } from './openApiValidator';

/**
 * The whole local stack on free ports, with a private key directory, plus small
 * GraphQL and REST clients. Every REST answer is checked against the OpenAPI
 * document the stack serves (GET /openapi.json): an undocumented status or body fails the test.
 */
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
  let validate: Promise<ReturnType<typeof createOpenApiValidator>> | undefined;
  const openApi = () =>
    (validate ??= fetch(stack.openApiUrl)
      .then((response) => response.json() as Promise<OpenApiDocument>)
      .then(createOpenApiValidator));
  /**
   * A REST call; the body is sent as written, the answer parsed like IoT's JSON (64-bit numbers exact),
   * with its headers (`retry-after`).
   */
  const rest = async <Body = Record<string, unknown>>(
    method: string,
    path: string,
    token: string | undefined,
    body?: string,
  ) => {
    const response = await fetch(`${stack.gatewayUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
      body,
    });
    const text = await response.text();
    (await openApi())({
      method,
      path: path.split('?')[0] ?? path,
      status: response.status,
      contentType: response.headers.get('content-type'),
      text,
      header: (name) => response.headers.get(name),
    });
    return { status: response.status, headers: response.headers, body: parseJson(text) as Body, text };
  };
  return {
    stack,
    /** Where the dev tokens' key lives: another process verifies the same tokens with it. */
    stateDir,
    tokenFor,
    graphql,
    graphqlBody,
    rest,
    async close() {
      await stack.close();
      await rm(stateDir, { recursive: true, force: true });
    },
  };
}

export type RunningLocalStack = Awaited<ReturnType<typeof aRunningLocalStack>>;
