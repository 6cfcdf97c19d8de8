import type { CodegenConfig } from '@graphql-codegen/cli';
import { COMPARISON_OPERATOR_VALUES } from './src/graphql/comparisonOperatorValues';

/** The client preset over the operations written with `graphql(…)` in `documents`, their results and variables typed. */
function typedOperations(documents: string[], generated: string, longInput = 'string') {
  return {
    preset: 'client' as const,
    documents: [...documents, `!${generated}`],
    presetConfig: { fragmentMasking: false },
    config: {
      useTypeImports: true,
      enumsAsTypes: true,
      // A Long is sent as a decimal string (exact at any size) and answered as a JSON number up to
      // 2^53 - 1, a decimal string beyond; a DateTime travels as its ISO-8601 string.
      scalars: {
        Long: { input: longInput, output: 'number | string' },
        DateTime: 'string',
        JSON: 'unknown',
      },
    },
  };
}

/** Resolver and input types generated from schema.graphql; `npm run codegen` rewrites them, the tests check they are fresh. */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    // The typed client example: graphql-codegen's client preset over the operations in
    // examples/typed-client/, so a client's variables and results are typed from schema.graphql.
    'examples/typed-client/generated/': typedOperations(
      ['examples/typed-client/**/*.ts'],
      'examples/typed-client/generated/**',
    ),
    // The tests' operations, typed the same way: a test reads an answer's fields as the schema types
    // them, and may send a Long as a JSON number (the gateway reads it with every digit).
    'test/graphql/generated/': typedOperations(
      ['test/**/*.ts'],
      'test/graphql/generated/**',
      'number | string',
    ),
    'src/graphql/generated/typeDefs.ts': {
      plugins: [
        { add: { content: '// Generated from schema.graphql by `npm run codegen`. Do not edit.' } },
        './scripts/codegenTypeDefs.js',
      ],
    },
    'src/graphql/generated/resolvers.ts': {
      plugins: [
        {
          add: {
            content:
              '/* eslint-disable */\n// Generated from schema.graphql by `npm run codegen`. Do not edit.',
          },
        },
        'typescript',
        'typescript-resolvers',
      ],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: false,
        maybeValue: 'T | null | undefined',
        inputMaybeValue: 'T | null | undefined',
        useIndexSignature: false,
        contextType: '../context#GatewayContext',
        scalars: {
          Long: 'bigint',
          DateTime: 'Date',
          JSON: 'unknown',
        },
        // Enum values travel inside the gateway with AWS's spelling (`less-than`), as IoT expects them.
        enumValues: { ComparisonOperator: COMPARISON_OPERATOR_VALUES },
        mappers: {
          SecurityProfile: '../../domain/securityProfile#SecurityProfile as DomainSecurityProfile',
          AuditEvent: '../../domain/auditEvent#AuditEvent as DomainAuditEvent',
          FieldChange: '../../domain/auditEvent#FieldChange as DomainFieldChange',
          SecurityProfileSummary:
            '../../domain/catalogue/catalogueEntry#CatalogueEntry as DomainCatalogueEntry',
        },
      },
    },
  },
};

export default config;
