/**
 * `npm start`: the local stack on loopback, with ready tokens and a curl example.
 * Ctrl-C stops everything.
 */
import { issueDevToken } from './devTokens';
import { stopOnSignals } from './stopOnSignals';
import { startLocalStack } from './localStack';

const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

const stack = await startLocalStack({
  port: port('PORT', 4000),
  iotPort: port('IOT_EMULATOR_PORT', 4566),
  dynamoPort: port('DYNAMODB_PORT', 4567),
});

const tokens = {
  'team-a (owns PossibleIssue)': await issueDevToken({ sub: 'alice', teams: ['team-a'] }),
  'team-b (owns TeamBBaseline)': await issueDevToken({ sub: 'bob', teams: ['team-b'] }),
  'admin (platform-admins)': await issueDevToken({ sub: 'root', teams: [], admin: true }),
};

const example = JSON.stringify({
  query:
    'mutation($input: UpdateSecurityProfileInput!) { updateSecurityProfile(input: $input) { attempts securityProfile { version securityProfileDescription } } }',
  variables: {
    input: { securityProfileName: 'PossibleIssue', securityProfileDescription: 'Changed from curl' },
  },
});

console.log(`
Security Profile Gateway — local stack
  GraphQL        ${stack.graphqlUrl}
  REST           ${stack.gatewayUrl}/security-profiles/{name}
  IoT emulator   ${stack.iot.url}   (aws iot … --endpoint-url ${stack.iot.url})
  DynamoDB       ${stack.dynamoEndpoint}   (audit table ${stack.config.auditTableName})
  Team policy    ${process.env.TEAM_POLICY_FILE}

Tokens (valid for one hour; more with: npm run -s dev-token -- --sub <id> --teams <t1,t2> [--admin]):
${Object.entries(tokens)
  .map(([who, token]) => `  ${who}:\n    ${token}`)
  .join('\n')}

Try:
  curl -s ${stack.graphqlUrl} -H 'content-type: application/json' \\
    -H "authorization: Bearer ${tokens['team-a (owns PossibleIssue)']}" \\
    -d '${example}'

Ctrl-C stops everything.`);

stopOnSignals(() => stack.close());
