import { UpdateSecurityProfileCommand } from '@aws-sdk/client-iot';
import { changeDirectly, createDirectClients } from '../baseline/directChange';
import { BENCH_PROFILE } from './mutationEvents';
import { serveRequests } from './serveRequests';

// The gateway's AWS calls made directly with the SDK clients, with nothing around them: the
// floor the gateway's overhead and critical path are measured against (the same calls as the
// hand-written baseline's, test/bench/baseline/directChange.ts).
const clients = createDirectClients();
const { iot } = clients;

async function singleUpdate(description: string): Promise<number> {
  await iot.send(
    new UpdateSecurityProfileCommand({
      securityProfileName: BENCH_PROFILE,
      securityProfileDescription: description,
    }),
  );
  return 1;
}

serveRequests(
  {
    sequential: (kind, tag) => async (i) => {
      if (kind === 'single') return singleUpdate(`${tag} ${i}`);
      await changeDirectly(clients, BENCH_PROFILE, `${tag} ${i}`);
      return 1;
    },
  },
  { ready: true, importMs: 0 },
);
