import type { CodegenConfig } from '@graphql-codegen/cli';

/** Resolver and input types generated from schema.graphql; `npm run codegen` rewrites them, the tests check they are fresh. */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
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
        enumValues: {
          ComparisonOperator: {
            LESS_THAN: 'less-than',
            LESS_THAN_EQUALS: 'less-than-equals',
            GREATER_THAN: 'greater-than',
            GREATER_THAN_EQUALS: 'greater-than-equals',
            IN_CIDR_SET: 'in-cidr-set',
            NOT_IN_CIDR_SET: 'not-in-cidr-set',
            IN_PORT_SET: 'in-port-set',
            NOT_IN_PORT_SET: 'not-in-port-set',
            IN_SET: 'in-set',
            NOT_IN_SET: 'not-in-set',
          },
        },
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
