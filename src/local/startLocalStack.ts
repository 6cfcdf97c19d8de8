/**
 * `npm start`: the local stack on loopback, with ready tokens, the IDE and a curl
 * example; then one short line per request. Ctrl-C stops everything.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { demoIdentities } from './demoIdentities';
import { explainBusyPort, localPortsFrom } from './localPorts';
import { startLocalStack, type LocalStack } from './localStack';
import { runCommand } from './runCommand';
import { stopOnSignals } from './stopOnSignals';
import { captureFunctionOutput } from './terminal/captureFunctionOutput';
import { describeExchange } from './terminal/describeExchange';

const LOG_FILE = resolve('.local-state', 'gateway.log');

const HELP = {
  usage: 'Usage: npm start [-- --json-logs]',
  description: `Starts the local stack on 127.0.0.1: the gateway (GraphQL, REST, the GraphiQL IDE, the OpenAPI
document), the IoT Device Defender emulator with the demo profiles, and dynalite with the audit table.
Prints the URLs and a token per demo team, then one line per request.

  --json-logs   also print the function's JSON log lines (Powertools, EMF) on the terminal; they are
                always written whole to .local-state/gateway.log

Variables: PORT (gateway, default 7310), IOT_EMULATOR_PORT (7311), DYNAMODB_PORT (7312), 0 picks a free
port; TEAM_POLICY_FILE (default: the demo policy); POWERTOOLS_LOG_LEVEL; any gateway variable of the README.`,
};

await runCommand(HELP, async (argv) => {
  const { values } = parseArgs({ args: argv, options: { 'json-logs': { type: 'boolean', default: false } } });
  const ports = localPortsFrom(process.env);
  // From before the stack starts: the audit job it runs at start (a baseline per profile) logs
  // too, and those lines belong in the log file like every other line of the function.
  const output = captureFunctionOutput(LOG_FILE, values['json-logs']);
  let stack: LocalStack;
  try {
    stack = await startLocalStack({
      port: ports.gateway,
      iotPort: ports.iot,
      dynamoPort: ports.dynamo,
      onExchange: (exchange) => output.say(describeExchange(exchange)),
    });
  } catch (error) {
    // The terminal back first, so runCommand's one-line error (a busy port, a bad variable) shows on it.
    output.restore();
    throw explainBusyPort(error, ports);
  }
  stack.ide.warmUp();
  output.say(banner(stack, await demoIdentities()));
  stopOnSignals(async () => {
    output.restore();
    await stack.close();
  }, output.say);
});

function banner(stack: LocalStack, identities: Awaited<ReturnType<typeof demoIdentities>>): string {
  const example = JSON.stringify({
    query:
      'mutation($input: UpdateSecurityProfileInput!) { updateSecurityProfile(input: $input) { attempts securityProfile { version securityProfileDescription } } }',
    variables: {
      input: { securityProfileName: 'PossibleIssue', securityProfileDescription: 'Changed from curl' },
    },
  });
  return `
Security Profile Gateway — local stack
  IDE            ${stack.ideUrl}   (GraphiQL, offline; demo tokens one click away)
  GraphQL        ${stack.graphqlUrl}
  REST           ${stack.gatewayUrl}/security-profiles/{name}
  OpenAPI        ${stack.openApiUrl}   (the REST API's document; no token needed)
  IoT emulator   ${stack.iot.url}   (aws iot … --endpoint-url ${stack.iot.url})
  DynamoDB       ${stack.dynamoEndpoint}   (audit table ${stack.config.auditTableName})
  Team policy    ${process.env.TEAM_POLICY_FILE}
  Function logs  ${LOG_FILE}   (npm start -- --json-logs prints them here too)

Tokens (valid for one hour; more with: npm run -s dev-token -- --sub <id> --teams <t1,t2> [--admin]):
${identities.map(({ description, token }) => `  ${description}:\n    ${token}`).join('\n')}

Try:
  curl -s ${stack.graphqlUrl} -H 'content-type: application/json' \\
    -H "authorization: Bearer ${identities[0]?.token ?? ''}" \\
    -d '${example}'

Ctrl-C stops everything. One line per request follows.
`;
}
