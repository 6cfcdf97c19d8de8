import { readFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import type { Metafile, Plugin } from 'esbuild';

/**
 * Dual packages that CJS dependencies `require` while ESM code `import`s them. Left alone,
 * esbuild bundles both builds: `@as-integrations/aws-lambda` requires `@apollo/server`, which
 * pulled in Apollo's CJS build and, through it, CJS copies of @graphql-tools (~200 KiB in all);
 * Apollo's CJS-only utilities require the other two. Each exports the same named members from
 * both builds (checked by hand for these versions).
 */
export const ESM_FOR_REQUIRE: readonly string[] = [
  '@apollo/server',
  '@apollo/usage-reporting-protobuf',
  'lru-cache',
];

/**
 * Resolves `require()` of the given packages to their ESM build, so one copy of each is bundled.
 * Only for packages whose CJS build exports the same named members as their ESM build.
 */
export function esmForRequire(packages: readonly string[]): Plugin {
  const escaped = packages.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  const filter = new RegExp(`^(${escaped.join('|')})(/.*)?$`);
  return {
    name: 'esm-for-require',
    setup(build) {
      build.onResolve({ filter }, async (args) => {
        if (args.kind !== 'require-call') return undefined;
        const esm = await build.resolve(args.path, {
          kind: 'import-statement',
          resolveDir: args.resolveDir,
          importer: args.importer,
        });
        return esm.errors.length > 0 ? undefined : { path: esm.path };
      });
    },
  };
}

const BUILTIN_NAMESPACE = 'builtin-via-require';

/**
 * Turns `import … from 'node:http'` (and every other built-in) into a `require`. Node builds an
 * ESM facade for a built-in imported as ESM, reading every export: for `node:http` that loads
 * undici for its lazy `WebSocket`-style getters, ~20 ms of a cold start (measured on Node
 * 24.21; `require('node:http')` takes ~3 ms). The bundle's banner provides `require`.
 */
export const builtinsViaRequire: Plugin = {
  name: 'builtins-via-require',
  setup(build) {
    build.onResolve({ filter: /^(node:)?[a-z][a-z0-9_/]*$/ }, (args) => {
      if (args.kind !== 'import-statement' && args.kind !== 'dynamic-import') return undefined;
      if (!isBuiltin(args.path)) return undefined;
      return {
        path: args.path.startsWith('node:') ? args.path : `node:${args.path}`,
        namespace: BUILTIN_NAMESPACE,
      };
    });
    build.onLoad({ filter: /.*/, namespace: BUILTIN_NAMESPACE }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};

// Path segments that only say which build of a package a file belongs to.
const BUILD_FLAVOUR = /\/(cjs|esm|es|commonjs|dist-cjs|dist-es|dist-esm|lib-esm)(?=\/)/g;

/**
 * Package files bundled twice, once from each build of a dual package (same path but for a
 * `cjs`/`esm`-like segment or a `.js`/`.mjs`/`.cjs` extension).
 * @returns one line per duplicated file, empty when every file is bundled once
 */
export function duplicatedInputs(metafile: Metafile): string[] {
  const seen = new Map<string, string>();
  const duplicates: string[] = [];
  for (const input of Object.keys(metafile.inputs)) {
    if (!input.includes('node_modules/')) continue;
    const key = input.replace(BUILD_FLAVOUR, '').replace(/\.(c|m)?js$/, '');
    const other = seen.get(key);
    if (other !== undefined && other !== input) duplicates.push(`${other} = ${input}`);
    else seen.set(key, input);
  }
  return duplicates;
}

/** Which imports a {@link replaceModule} plugin replaces, and with what. */
interface Replacement {
  /** The import paths it applies to. */
  filter: RegExp;
  /** Only imports from a file whose path contains this (default: from anywhere). */
  importer?: string;
  /** Only this kind of import (default: any). */
  kind?: 'import-statement' | 'dynamic-import';
  /** The module's source, given the import path; it may import packages, resolved from the importer. */
  contents: (path: string) => string;
}

/** A plugin that gives the matching imports a module of its own instead of the package's. */
function replaceModule(name: string, replacement: Replacement): Plugin {
  return {
    name,
    setup(build) {
      build.onResolve({ filter: replacement.filter }, (args) => {
        if (replacement.importer && !args.importer.includes(replacement.importer)) return undefined;
        if (replacement.kind && args.kind !== replacement.kind) return undefined;
        return { path: args.path, namespace: name, pluginData: { resolveDir: args.resolveDir } };
      });
      build.onLoad({ filter: /.*/, namespace: name }, (args) => ({
        contents: replacement.contents(args.path),
        loader: 'js',
        resolveDir: (args.pluginData as { resolveDir: string }).resolveDir,
      }));
    },
  };
}

const APOLLO_SERVER = '@apollo/server/dist/esm/ApolloServer.js';

/**
 * Leaves Apollo's reporting plugins (usage and schema reporting, inline traces) out of the
 * bundle: ApolloServer imports them lazily, and only when they are not installed as disabled,
 * which createGatewayServer does. Should Apollo ever load one, it fails loudly.
 */
export const withoutApolloReporting = replaceModule('apollo-reporting-stub', {
  filter: /\/plugin\/(usageReporting|inlineTrace|schemaReporting)\/index\.js$/,
  importer: APOLLO_SERVER,
  contents: (path) =>
    `const missing = () => { throw new Error('Apollo ${path} is not bundled: install it as disabled.'); };\n` +
    'export const ApolloServerPluginUsageReporting = missing, ApolloServerPluginInlineTrace = missing,' +
    ' ApolloServerPluginSchemaReporting = missing;',
});

/**
 * Leaves graphql-tools out of the bundle: ApolloServer imports `makeExecutableSchema` only to
 * build a schema from `typeDefs` and `resolvers`, and the gateway hands it a built `schema`
 * (createExecutableSchema). Should Apollo ever build one, it fails loudly.
 */
export const withoutApolloSchemaBuilder = replaceModule('apollo-schema-builder-stub', {
  filter: /^@graphql-tools\/schema$/,
  importer: APOLLO_SERVER,
  contents: () =>
    "export const makeExecutableSchema = () => { throw new Error('graphql-tools is not bundled: give Apollo a built schema.'); };",
});

/**
 * Apollo's incremental-delivery polyfill `await import('graphql')`s to see whether graphql is
 * 17.0.0-alpha.9 with `experimentalExecuteIncrementally`; a dynamic import of the whole
 * namespace kept every export of graphql in the bundle (breaking-change finder, client-schema
 * builder, schema sorter, …). The import now gets the bundled graphql's `version` alone: graphql
 * 16 has no `experimentalExecuteIncrementally`, so Apollo falls back to `execute` as before.
 */
export const apolloGraphqlVersionOnly = replaceModule('apollo-graphql-version', {
  filter: /^graphql$/,
  importer: '@apollo/server/dist/esm/incrementalDeliveryPolyfill.js',
  kind: 'dynamic-import',
  contents: () => "export { version } from 'graphql';",
});

/**
 * Gives every SDK client of a Lambda bundle the credentials of the environment, the first link
 * of the SDK's default chain and the one Lambda fills (the execution role's keys and session
 * token). The rest of the chain (SSO, ini files, processes, web identity, container and
 * instance metadata) never answers in Lambda, yet brought the STS/SSO clients
 * (`@aws-sdk/nested-clients`) and five providers into each bundle. Memoized, as the default
 * chain memoizes what it finds (read again only from five minutes before an expiration, which
 * Lambda's environment does not set): the SDK does not memoize a default provider, and
 * `fromEnv` alone read six environment variables on every call, ~17 µs each time.
 */
export const environmentCredentialsOnly = replaceModule('environment-credentials-only', {
  filter: /^@aws-sdk\/credential-provider-node$/,
  contents: () =>
    [
      "import { fromEnv } from '@aws-sdk/credential-provider-env';",
      'const fresh = (c) => !c.expiration || c.expiration.getTime() - Date.now() >= 300000;',
      'export const defaultProvider = (init = {}) => {',
      '  const read = fromEnv(init);',
      '  let credentials, reading;',
      '  return async (options) => {',
      '    if (credentials && !options?.forceRefresh && fresh(credentials)) return credentials;',
      '    reading ??= read(options).then((c) => (credentials = c)).finally(() => (reading = undefined));',
      '    return reading;',
      '  };',
      '};',
    ].join('\n'),
});

/**
 * Gives Apollo node:crypto's `createHash`. `@apollo/utils.createhash` only uses it when
 * `module.require` exists, which it does not in a bundle, and otherwise falls back to sha.js:
 * a SHA-256 in JavaScript over every request's query text (the document cache's key) and, at
 * start-up, over the whole schema. Same hex digests, from OpenSSL; sha.js leaves the bundle.
 * node:crypto then goes through builtinsViaRequire like every other built-in.
 */
export const apolloHashWithNodeCrypto = replaceModule('apollo-createhash-node-crypto', {
  filter: /^@apollo\/utils\.createhash$/,
  contents: () => "export { createHash } from 'node:crypto';",
});

// The SDK's schema modules: one per client (and per nested client), every shape of the service.
const SDK_SCHEMAS = /[\\/]@aws-sdk[\\/][^\\/]+[\\/]dist-es[\\/](.+[\\/])?schemas[\\/]schemas_\d+\.js$/;
// `const _h = "http";`: the string constants a schema module names its traits and shapes with.
const STRING_CONSTANT = /^const (_\w+) = ("(?:[^"\\\n]|\\.)*");$/gm;

/**
 * Lets esbuild drop the shapes of the operations a bundle never calls. An SDK client's
 * schemas_0.js declares every shape of its service as a constant array, and writes trait
 * objects with computed keys (`{ [_h]: ["PATCH", …] }`, `_h` being the constant "http"); esbuild
 * keeps any object literal with a computed key, as the key could run code, and with it every
 * shape, used or not: 107 KiB of IoT's 1,060 shapes in every bundle that calls IoT once. The
 * keys are written as the string literals their constants hold; nothing else changes.
 */
export const sdkSchemasTreeShaken: Plugin = {
  name: 'sdk-schemas-tree-shaken',
  setup(build) {
    build.onLoad({ filter: SDK_SCHEMAS }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const constants = new Map<string, string>();
      for (const [, name, literal] of source.matchAll(STRING_CONSTANT)) constants.set(name!, literal!);
      const contents = source.replace(/\[(_\w+)\]:/g, (key, name: string) => {
        const literal = constants.get(name);
        return literal === undefined ? key : `${literal}:`;
      });
      return { contents, loader: 'js' };
    });
  },
};
