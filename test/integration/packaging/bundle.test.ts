import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { forbiddenInputs } from '../../../scripts/build';
import { loadEventFixture } from '../../fixtures/events/loadEventFixture';
import { requireBuiltBundles, ROOT } from './packageOffline';
import { runBundle } from './runBundle';

let metafile: Metafile;

beforeAll(async () => {
  requireBuiltBundles();
  metafile = JSON.parse(await readFile(join(ROOT, 'dist/meta.json'), 'utf8')) as Metafile;
});

/** A GraphQL POST as API Gateway delivers it after its JWT authorizer accepted the token. */
function graphqlEvent(query: string): ReturnType<typeof loadEventFixture> {
  const event = loadEventFixture('cognitoGroups');
  event.routeKey = 'POST /graphql';
  event.requestContext.routeKey = 'POST /graphql';
  event.body = JSON.stringify({ query });
  event.headers['content-length'] = String(Buffer.byteLength(event.body));
  return event;
}

interface ProxyResult {
  statusCode: number;
  headers?: Record<string, string>;
  body: string;
}

describe('the built Lambda bundles', () => {
  it('contain nothing of the local stack', () => {
    expect(Object.keys(metafile.inputs)).toContain('src/lambda.ts');
    expect(forbiddenInputs(metafile)).toEqual([]);
  });

  it('leave out what a Lambda never runs: other credential sources, graphql-tools, the SSM client', () => {
    const packages = Object.keys(metafile.inputs).filter((input) =>
      /node_modules\/(@aws-sdk\/(credential-provider-(?!env\/)|nested-clients|client-ssm)|@graphql-tools\/)/.test(
        input,
      ),
    );

    expect(packages).toEqual([]);
    expect(Object.keys(metafile.inputs)).toContain(
      'node_modules/@aws-sdk/credential-provider-env/dist-es/fromEnv.js',
    );
  });

  it('are one ESM file per function, with an external source map without sources', async () => {
    for (const [bundle, entry] of [
      ['lambda', 'src/lambda.ts'],
      ['reconcile', 'src/reconcileLambda.ts'],
      ['cloudtrail', 'src/cloudTrailLambda.ts'],
    ] as const) {
      const outputs = Object.keys(metafile.outputs).filter((file) => file.startsWith(`dist/${bundle}/`));
      expect(outputs.filter((file) => /\.m?js$/.test(file))).toEqual([`dist/${bundle}/index.mjs`]);
      expect(metafile.outputs[`dist/${bundle}/index.mjs`]?.entryPoint).toBe(entry);
      const map = JSON.parse(await readFile(join(ROOT, `dist/${bundle}/index.mjs.map`), 'utf8')) as object;
      expect(map).not.toHaveProperty('sourcesContent');
    }
  });

  it('answer a GraphQL query of an HTTP API v2 event without calling AWS', async () => {
    const result = (await runBundle('lambda', graphqlEvent('{ __typename }'))) as ProxyResult;
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body)).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuse introspection in production', async () => {
    const result = (await runBundle(
      'lambda',
      graphqlEvent('{ __schema { queryType { name } } }'),
    )) as ProxyResult;
    const body = JSON.parse(result.body) as { data?: unknown; errors?: { message: string }[] };
    expect(result.statusCode).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.message).toMatch(/introspection is not allowed/);
  });

  it('export a reconcile handler that loads with the production environment', async () => {
    expect(await runBundle('reconcile')).toBe('function');
  });

  it('export a CloudTrail handler that ignores an event that is no CloudTrail record of IoT', async () => {
    const outcome = await runBundle('cloudtrail', { 'detail-type': 'Scheduled Event', detail: {} });
    expect(outcome).toEqual({ kind: 'ignored', reason: 'not a CloudTrail record of an IoT call' });
  });
});
