import { parseArgs } from 'node:util';
import { LOCAL_PORTS, explainBusyPort, localPortsFrom } from '../localPorts';
import { runCommand, UsageError } from '../runCommand';
import { stopOnSignals } from '../stopOnSignals';
import { startIotEmulator } from './startIotEmulator';

const HELP = {
  usage: `Usage: npm run emulator -- [--port ${LOCAL_PORTS.iot.fallback}] [--host 127.0.0.1] [--state-file PATH] [--seed-demo]
                            [--region us-east-1] [--account 123456789012]`,
  description: `Runs the IoT Device Defender emulator alone (AWS IoT's restJson1 wire protocol), for the AWS CLI
or any SDK: aws iot list-security-profiles --endpoint-url <the printed URL>.
The port defaults to $IOT_EMULATOR_PORT, else ${LOCAL_PORTS.iot.fallback}; 0 picks a free one. --state-file keeps the
profiles across restarts; --seed-demo adds the demo profiles. See docs/emulator.md.`,
};

/** CLI entry: starts the emulator, prints its URL, stops cleanly on Ctrl-C / SIGTERM. */
async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      'state-file': { type: 'string' },
      'seed-demo': { type: 'boolean', default: false },
      region: { type: 'string', default: 'us-east-1' },
      account: { type: 'string', default: '123456789012' },
    },
  });
  const port = values.port === undefined ? localPortsFrom(process.env).iot : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port: not a TCP port: ${values.port}`);
  if (!/^\d{12}$/.test(values.account))
    throw new UsageError(`--account: expected 12 digits, got ${values.account}`);

  const emulator = await startIotEmulator({
    port,
    host: values.host,
    region: values.region,
    accountId: values.account,
    seedDemo: values['seed-demo'],
    ...(values['state-file'] === undefined ? {} : { stateFile: values['state-file'] }),
  }).catch((error: unknown) => {
    throw values.port === undefined ? explainBusyPort(error, { iot: port }) : error;
  });
  console.log(
    `IoT Device Defender emulator listening on ${emulator.url} (region ${values.region}, account ${values.account})`,
  );
  console.log(`Try: aws iot list-security-profiles --endpoint-url ${emulator.url}`);

  stopOnSignals(() => emulator.close());
}

await runCommand(HELP, main);
