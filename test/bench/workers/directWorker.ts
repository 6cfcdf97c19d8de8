import { UpdateSecurityProfileCommand } from '@aws-sdk/client-iot';
import { changeDirectly, createDirectClients, putAudit } from '../baseline/directChange';
import { createDirectly, restoreDirectly } from '../baseline/directLifecycle';
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

/** Two events of the bench profile for the restores to alternate between (the gateway worker's twins). */
let restorable: Promise<string[]> | undefined;
let restores = 0;
async function twoEvents(): Promise<string[]> {
  const ids = ['A', 'B'].map((letter) => `restorable-${letter}-${Date.now().toString(36)}`);
  for (const [k, id] of ids.entries()) {
    const afterJson = JSON.stringify({ securityProfileDescription: `restorable ${'AB'[k]}` });
    await putAudit(clients, BENCH_PROFILE, { id, outcome: 'SUCCEEDED', afterJson });
  }
  await changeDirectly(clients, BENCH_PROFILE, 'restorable B');
  return ids;
}

serveRequests(
  {
    sequential: (kind, tag) => async (i) => {
      if (kind === 'single') return singleUpdate(`${tag} ${i}`);
      if (kind === 'create') return createDirectly(clients, `bench-direct-${tag}-${i}`).then(() => 1);
      if (kind === 'restore') {
        const events = await (restorable ??= twoEvents());
        return restoreDirectly(clients, BENCH_PROFILE, events[restores++ % 2]!).then(() => 1);
      }
      await changeDirectly(clients, BENCH_PROFILE, `${tag} ${i}`);
      return 1;
    },
  },
  { ready: true, importMs: 0 },
);
