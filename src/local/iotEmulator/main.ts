import { parseArgs } from 'node:util';
import { stopOnSignals } from '../stopOnSignals';
import { startIotEmulator } from './startIotEmulator';

const USAGE = `Usage: npm run emulator -- [--port 4566] [--host 127.0.0.1] [--state-file PATH] [--seed-demo]
                            [--region us-east-1] [--account 123456789012]
Port defaults to $IOT_EMULATOR_PORT, else 4566.`;

/** CLI entry: starts the emulator, prints its URL, stops cleanly on Ctrl-C / SIGTERM. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      'state-file': { type: 'string' },
      'seed-demo': { type: 'boolean', default: false },
      region: { type: 'string', default: 'us-east-1' },
      account: { type: 'string', default: '123456789012' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port ?? process.env.IOT_EMULATOR_PORT ?? 4566);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port: not a TCP port: ${values.port}`);
  if (!/^\d{12}$/.test(values.account))
    throw new Error(`--account: expected 12 digits, got ${values.account}`);

  const emulator = await startIotEmulator({
    port,
    host: values.host,
    region: values.region,
    accountId: values.account,
    seedDemo: values['seed-demo'],
    ...(values['state-file'] === undefined ? {} : { stateFile: values['state-file'] }),
  });
  console.log(
    `IoT Device Defender emulator listening on ${emulator.url} (region ${values.region}, account ${values.account})`,
  );
  console.log(`Try: aws iot list-security-profiles --endpoint-url ${emulator.url}`);

  stopOnSignals(() => emulator.close());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.error(USAGE);
  process.exit(1);
});
