import { loadConfig } from '../../../src/config';
import { FOLLOWED_OPERATIONS } from '../../../src/domain/drift/iotApiCall';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_TEAM_POLICY, passRoleArnsParam } from '../../../scripts/passRoleArns';
import { REQUEST_LIMIT_SETTINGS } from '../../../src/requestLimits';
import type { Statement } from './cloudFormation';
import {
  actionsOf,
  asText,
  iamStatements,
  onlyResourceOfType,
  resourcesOf,
  resourcesOfType,
  statementsFor,
} from './cloudFormation';
import { packageOffline, ROOT } from './packageOffline';
import type { PackageResult } from './packageOffline';
import { zipEntries } from './zipEntries';
import { REST_ROUTES } from '../../../src/rest/restRoutes';
import type { RestRoute } from '../../../src/rest/restRoute';

/** Whether an HTTP API route key (`ANY /a/{proxy+}`) sends a request for this route to the function. */
function routeKeyCovers(key: string, route: RestRoute): boolean {
  const [method, path = ''] = key.split(' ');
  const pattern = path
    .split('/')
    .map((segment) => (segment.endsWith('+}') ? '.+' : segment.startsWith('{') ? '[^/]+' : segment))
    .join('/');
  const sample = route.path.replace(/\{\w+\}/g, 'label');
  return (method === 'ANY' || method === route.method) && new RegExp(`^${pattern}$`).test(sample);
}

let result: PackageResult;

beforeAll(async () => {
  result = await packageOffline();
}, 180_000);

const functionNamed = (id: string): Record<string, unknown> => {
  const fn = resourcesOfType(result.template, 'AWS::Lambda::Function').get(id);
  if (!fn) throw new Error(`no function ${id} in the template`);
  return fn;
};
const environmentOf = (id: string): Record<string, unknown> =>
  (functionNamed(id).Environment as { Variables: Record<string, unknown> }).Variables;

describe('osls package (offline, stage ci)', () => {
  it('runs every function on nodejs24.x on arm64 from the prebuilt bundles', () => {
    for (const [id, entry] of [
      ['ApiLambdaFunction', 'dist/lambda/index.handler'],
      ['ReconcileLambdaFunction', 'dist/reconcile/index.handler'],
      ['CloudtrailLambdaFunction', 'dist/cloudtrail/index.handler'],
    ] as const) {
      expect(functionNamed(id)).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        Handler: entry,
      });
    }
  });

  it('gives the API function 256 MB and a timeout below the HTTP API limit of 30 s', () => {
    expect(functionNamed('ApiLambdaFunction')).toMatchObject({ MemorySize: 256, Timeout: 29 });
  });

  it('runs in production mode with introspection off and the audit table wired in', () => {
    expect(environmentOf('ApiLambdaFunction')).toMatchObject({
      NODE_ENV: 'production',
      GRAPHQL_INTROSPECTION: 'false',
      AUDIT_TABLE_NAME: { Ref: 'AuditTable' },
      BUDGET_TABLE_NAME: { Ref: 'BudgetTable' },
      TEAM_POLICY_PARAMETER: '/security-profile-gateway/ci/team-policy',
      TEAMS_CLAIM: 'cognito:groups',
      OWNER_TAG_KEY: 'team',
      MAX_WRITE_ATTEMPTS: '5',
      WRITER_TURN_TABLE_NAME: { Ref: 'WriterTurnTable' },
      POWERTOOLS_SERVICE_NAME: 'security-profile-gateway',
      IOT_SECURITY_PROFILE_ARN_PREFIX: {
        'Fn::Sub': 'arn:${AWS::Partition}:iot:${AWS::Region}:${AWS::AccountId}:securityprofile/',
      },
    });
  });

  it('sets every request limit to the code’s default', () => {
    const limits = Object.values(REQUEST_LIMIT_SETTINGS).map((spec) => [spec.setting, String(spec.default)]);

    expect(environmentOf('ApiLambdaFunction')).toMatchObject(Object.fromEntries(limits));
  });

  it('deploys the code’s defaults: every tunable the API is given is the number the code takes without it', () => {
    // Refs and Subs resolve only in AWS; the tunables are plain strings.
    const deployed = Object.fromEntries(
      Object.entries(environmentOf('ApiLambdaFunction')).map(([name, value]) => [
        name,
        typeof value === 'string' ? value : 'resolved-in-aws',
      ]),
    );
    const tunables = (env: Record<string, string>) => {
      const { maxWriteAttempts, backoff, deadlineReserveMs, auditInFlightMs, writerTurn } = loadConfig(env);
      return { maxWriteAttempts, backoff, deadlineReserveMs, auditInFlightMs, writerTurn };
    };

    expect(tunables(deployed)).toEqual(tunables({ TEAM_POLICY_PARAMETER: '/any' }));
  });

  it('zips each function with its own bundle and nothing else', async () => {
    const api = await zipEntries(join(result.dir, 'api.zip'));
    const reconcile = await zipEntries(join(result.dir, 'reconcile.zip'));
    expect(api).toContain('dist/lambda/index.mjs');
    expect(api.every((name) => name.startsWith('dist/lambda/'))).toBe(true);
    expect(reconcile).toContain('dist/reconcile/index.mjs');
    expect(reconcile.every((name) => name.startsWith('dist/reconcile/'))).toBe(true);
    const cloudtrail = await zipEntries(join(result.dir, 'cloudtrail.zip'));
    expect(cloudtrail).toContain('dist/cloudtrail/index.mjs');
    expect(cloudtrail.every((name) => name.startsWith('dist/cloudtrail/'))).toBe(true);
  });

  it('keeps every function log group for 30 days', () => {
    const groups = [...resourcesOfType(result.template, 'AWS::Logs::LogGroup').values()];
    expect(groups).toHaveLength(3);
    for (const group of groups) expect(group.RetentionInDays).toBe(30);
  });

  it('verifies JWTs at the HTTP API with the configured issuer and audience', () => {
    expect(onlyResourceOfType(result.template, 'AWS::ApiGatewayV2::Authorizer')).toMatchObject({
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Issuer: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_EXAMPLE',
        Audience: ['security-profile-gateway'],
      },
    });
  });

  it('routes GraphQL and REST requests only through the JWT authorizer, the OpenAPI document without', () => {
    const all = [...resourcesOfType(result.template, 'AWS::ApiGatewayV2::Route').values()];
    const routes = all.filter((route) => route.RouteKey !== 'GET /openapi.json');
    expect(routes.map((route) => route.RouteKey).sort()).toEqual([
      'ANY /security-profiles/{proxy+}',
      'GET /audit-events/mine',
      'GET /graphql',
      'GET /security-profiles',
      'POST /graphql',
      'POST /security-profiles',
    ]);
    expect(all.find((route) => route.RouteKey === 'GET /openapi.json')).not.toHaveProperty('AuthorizerId');
    for (const route of routes) {
      expect(route).toMatchObject({
        AuthorizationType: 'JWT',
        AuthorizerId: { Ref: 'HttpApiAuthorizerJwt' },
      });
    }
  });

  it('gives every route of the REST route table a route at the HTTP API', () => {
    const keys = [...resourcesOfType(result.template, 'AWS::ApiGatewayV2::Route').values()].map((route) =>
      String(route.RouteKey),
    );
    const unrouted = REST_ROUTES.filter((route) => !keys.some((key) => routeKeyCovers(key, route))).map(
      (route) => `${route.method} ${route.path}`,
    );

    expect(unrouted).toEqual([]);
  });

  it('answers CORS at the HTTP API for the configured origins only, for every method a REST route takes', () => {
    const cors = onlyResourceOfType(result.template, 'AWS::ApiGatewayV2::Api').CorsConfiguration as Record<
      string,
      string[]
    >;
    expect(cors.AllowOrigins).toEqual(['https://console.example.com']);
    expect(cors.AllowHeaders).toEqual(['authorization', 'content-type']);
    const methods = [...new Set(REST_ROUTES.map((route) => route.method)), 'OPTIONS'];
    expect([...cors.AllowMethods!].sort()).toEqual(methods.sort());
  });

  it('reconciles the audit trail every 15 minutes', () => {
    const rules = [...resourcesOfType(result.template, 'AWS::Events::Rule').values()];
    expect(rules.filter((rule) => rule.ScheduleExpression)).toEqual([
      expect.objectContaining({
        ScheduleExpression: 'rate(15 minutes)',
        State: 'ENABLED',
        Targets: [expect.objectContaining({ Arn: { 'Fn::GetAtt': ['ReconcileLambdaFunction', 'Arn'] } })],
      }),
    ]);
  });

  it('delivers CloudTrail’s records of IoT’s security-profile writes to the CloudTrail handler, retried', () => {
    const rules = [...resourcesOfType(result.template, 'AWS::Events::Rule').values()];
    const [rule] = rules.filter((candidate) => candidate.EventPattern);
    expect(rule).toMatchObject({
      State: 'ENABLED',
      EventPattern: {
        source: ['aws.iot'],
        'detail-type': ['AWS API Call via CloudTrail'],
        detail: {
          eventSource: ['iot.amazonaws.com'],
          // The operations the handler follows, and only those: serverless.yml and the code agree.
          eventName: [...FOLLOWED_OPERATIONS],
        },
      },
      Targets: [
        expect.objectContaining({
          Arn: { 'Fn::GetAtt': ['CloudtrailLambdaFunction', 'Arn'] },
          RetryPolicy: { MaximumEventAgeInSeconds: 86400, MaximumRetryAttempts: 20 },
          DeadLetterConfig: { Arn: { 'Fn::GetAtt': ['CloudTrailDeadLetters', 'Arn'] } },
        }),
      ],
    });
    expect(environmentOf('CloudtrailLambdaFunction')).toMatchObject({
      AUDIT_GATEWAY_PRINCIPALS: { 'Fn::GetAtt': ['IamRoleLambdaExecution', 'Arn'] },
      AUDIT_TABLE_NAME: { Ref: 'AuditTable' },
    });
  });

  it('keeps the audit table recoverable, encrypted, undeletable and expiring by TTL', () => {
    expect(result.template.Resources.AuditTable?.Type).toBe('AWS::DynamoDB::Table');
    expect(result.template.Resources.AuditTable?.Properties).toMatchObject({
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      DeletionProtectionEnabled: true,
      SSESpecification: { SSEEnabled: true },
      TimeToLiveSpecification: { Enabled: true },
    });
  });
});

describe('IAM of the packaged stack', () => {
  const all = (): Statement[] => iamStatements(result.template);
  const api = (): Statement[] => iamStatements(result.template, 'IamRoleLambdaExecution');

  it('grants no wildcard action, no NotAction/NotResource, and "*" only to the two calls that name no resource', () => {
    for (const statement of all()) {
      expect(statement.Effect).toBe('Allow');
      expect(statement).not.toHaveProperty('NotAction');
      expect(statement).not.toHaveProperty('NotResource');
      for (const action of actionsOf(statement)) expect(action).not.toMatch(/^(\*|[a-z0-9-]+:\*)$/);
      if (resourcesOf(statement).some((resource) => asText(resource) === '*')) {
        expect(['iot:ListSecurityProfiles', 'iot:ValidateSecurityProfileBehaviors']).toEqual(
          expect.arrayContaining(actionsOf(statement)),
        );
      }
    }
  });

  it('lets the API read, create, update, delete, tag, target and validate security profiles and nothing else in IoT', () => {
    const iot = statementsFor(api(), 'iot');
    expect(iot.flatMap(actionsOf).sort()).toEqual([
      'iot:AttachSecurityProfile',
      'iot:CreateSecurityProfile',
      'iot:DeleteSecurityProfile',
      'iot:DescribeSecurityProfile',
      'iot:DetachSecurityProfile',
      'iot:ListTagsForResource',
      'iot:ListTargetsForSecurityProfile',
      'iot:TagResource',
      'iot:UpdateSecurityProfile',
      'iot:ValidateSecurityProfileBehaviors',
    ]);
    const targets = iot.filter((statement) => actionsOf(statement).includes('iot:AttachSecurityProfile'));
    expect(targets.flatMap(resourcesOf).map(asText)).toEqual([SECURITY_PROFILES, THING_GROUPS]);
    expectOnlySecurityProfiles(
      iot.filter(
        (statement) =>
          !actionsOf(statement).includes('iot:AttachSecurityProfile') &&
          !actionsOf(statement).includes('iot:ValidateSecurityProfileBehaviors'),
      ),
    );
  });

  it('lets the reconciler list and read security profiles but never change one', () => {
    const iot = statementsFor(iamStatements(result.template, 'ReconcileRole'), 'iot');
    expect(iot.flatMap(actionsOf).sort()).toEqual([
      'iot:DescribeSecurityProfile',
      'iot:ListSecurityProfiles',
      'iot:ListTagsForResource',
    ]);
    expectOnlySecurityProfiles(
      iot.filter((statement) => !actionsOf(statement).includes('iot:ListSecurityProfiles')),
    );
  });

  it('lets the CloudTrail handler read security profiles and change none', () => {
    const iot = statementsFor(iamStatements(result.template, 'CloudTrailRole'), 'iot');
    expect(iot.flatMap(actionsOf).sort()).toEqual(['iot:DescribeSecurityProfile', 'iot:ListTagsForResource']);
    expectOnlySecurityProfiles(iot);
  });

  it('lets the API add to the budget table’s counts and do nothing else with it; no other role touches it', () => {
    const budget = statementsFor(all(), 'dynamodb').filter((statement) =>
      resourcesOf(statement).some((resource) => JSON.stringify(resource).includes('BudgetTable')),
    );
    expect(budget).toEqual(
      statementsFor(api(), 'dynamodb').filter((statement) => statement.Sid === 'FairShare'),
    );
    expect(budget.map((statement) => [actionsOf(statement), resourcesOf(statement)])).toEqual([
      [['dynamodb:UpdateItem'], [{ 'Fn::GetAtt': ['BudgetTable', 'Arn'] }]],
    ]);
  });

  it('lets every role append to and read the audit table and its indexes only; only the CloudTrail handler adds to an item', () => {
    const dynamodb = statementsFor(all(), 'dynamodb').filter(
      (statement) =>
        !onCatalogue(statement) && statement.Sid !== 'FairShare' && statement.Sid !== 'WriterTurns',
    );
    expect(dynamodb.length).toBeGreaterThan(0);
    const appendOnly = ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query'];
    for (const statement of statementsFor(iamStatements(result.template, 'CloudTrailRole'), 'dynamodb')) {
      expect(actionsOf(statement).sort()).toEqual([...appendOnly, 'dynamodb:UpdateItem']);
    }
    for (const role of ['IamRoleLambdaExecution', 'ReconcileRole']) {
      const statements = statementsFor(iamStatements(result.template, role), 'dynamodb');
      const audit = statements.filter(
        (candidate) =>
          !onCatalogue(candidate) && candidate.Sid !== 'FairShare' && candidate.Sid !== 'WriterTurns',
      );
      for (const statement of audit) {
        expect(actionsOf(statement).sort()).toEqual(appendOnly);
      }
    }
    for (const statement of dynamodb) {
      expect(resourcesOf(statement)).toEqual([
        { 'Fn::GetAtt': ['AuditTable', 'Arn'] },
        { 'Fn::Sub': '${AuditTable.Arn}/index/*' },
      ]);
    }
  });

  it('lets the API and the audit job keep the profile catalogue, and the CloudTrail handler not touch it', () => {
    const keep = ['dynamodb:DeleteItem', 'dynamodb:PutItem', 'dynamodb:Query'];
    for (const role of ['IamRoleLambdaExecution', 'ReconcileRole']) {
      const catalogue = statementsFor(iamStatements(result.template, role), 'dynamodb').filter(onCatalogue);
      expect(catalogue.flatMap(actionsOf).sort()).toEqual(keep);
      for (const statement of catalogue) {
        expect(resourcesOf(statement)).toEqual([
          { 'Fn::GetAtt': ['CatalogueTable', 'Arn'] },
          { 'Fn::Sub': '${CatalogueTable.Arn}/index/*' },
        ]);
      }
    }
    expect(
      statementsFor(iamStatements(result.template, 'CloudTrailRole'), 'dynamodb').filter(onCatalogue),
    ).toEqual([]);
  });

  it('lets the API, and no other role, read and update items of the writer-turn table and nothing else there', () => {
    const turnTable = { 'Fn::GetAtt': ['WriterTurnTable', 'Arn'] };
    const onTurns = statementsFor(all(), 'dynamodb').filter((statement) =>
      resourcesOf(statement).some((resource) => JSON.stringify(resource).includes('WriterTurnTable')),
    );
    expect(onTurns).toEqual([expect.objectContaining({ Sid: 'WriterTurns' })]);
    expect(actionsOf(onTurns[0]!).sort()).toEqual(['dynamodb:GetItem', 'dynamodb:UpdateItem']);
    expect(resourcesOf(onTurns[0]!)).toEqual([turnTable]);
    expect(statementsFor(api(), 'dynamodb')).toContainEqual(onTurns[0]);
    expect(result.template.Resources.WriterTurnTable?.Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      SSESpecification: { SSEEnabled: true },
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
    });
  });

  it('lets the API read the team policy parameter and no other', () => {
    const ssm = statementsFor(all(), 'ssm');
    expect(ssm.flatMap(actionsOf)).toEqual(['ssm:GetParameter']);
    expect(ssm.flatMap(resourcesOf).map(asText)).toEqual([
      'arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/security-profile-gateway/ci/team-policy',
    ]);
  });

  it('passes only team-policy roles, and only to IoT', async () => {
    const iam = statementsFor(all(), 'iam');
    expect(iam).toHaveLength(1);
    const [passRole] = iam as [Statement];
    expect(actionsOf(passRole)).toEqual(['iam:PassRole']);
    expect(passRole.Condition).toEqual({ StringEquals: { 'iam:PassedToService': 'iot.amazonaws.com' } });
    const expected = await passRoleArnsParam(join(ROOT, EXAMPLE_TEAM_POLICY));
    expect(passRole.Resource).toEqual({ 'Fn::Split': [',', expected] });
    for (const arn of expected.split(',')) expect(arn).toMatch(/^arn:aws[\w-]*:iam::[^:]*:role\//);
  });
});

/** A statement on the profile catalogue's table. */
function onCatalogue(statement: Statement): boolean {
  return JSON.stringify(resourcesOf(statement)).includes('CatalogueTable');
}

const SECURITY_PROFILES = 'arn:${AWS::Partition}:iot:${AWS::Region}:${AWS::AccountId}:securityprofile/*';
const THING_GROUPS = 'arn:${AWS::Partition}:iot:${AWS::Region}:${AWS::AccountId}:thinggroup/*';

function expectOnlySecurityProfiles(statements: Statement[]): void {
  const resources = statements.flatMap(resourcesOf);
  expect(resources.length).toBeGreaterThan(0);
  for (const resource of resources) expect(asText(resource)).toBe(SECURITY_PROFILES);
}
