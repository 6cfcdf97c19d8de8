import type { CodegenConfig } from '@graphql-codegen/cli';
import { COMPARISON_OPERATOR_VALUES } from './src/graphql/comparisonOperatorValues';

/** Resolver and input types generated from schema.graphql; `npm run codegen` rewrites them, the tests check they are fresh. */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    // The typed client example: graphql-codegen's client preset over the operations in
    // examples/typed-client/, so a client's variables and results are typed from schema.graphql.
    'examples/typed-client/generated/': {
      preset: 'client',
      documents: ['examples/typed-client/**/*.ts', '!examples/typed-client/generated/**'],
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // A Long is sent as a decimal string (exact at any size) and answered as a JSON number up to
        // 2^53 - 1, a decimal string beyond; a DateTime travels as its ISO-8601 string.
        scalars: {
          Long: { input: 'string', output: 'number | string' },
          DateTime: 'string',
          JSON: 'unknown',
        },
      },
    },
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
        },
      },
    },
  },
};

export default config;
