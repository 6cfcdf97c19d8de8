import { CreateSecurityProfileCommand, DescribeSecurityProfileCommand, IoTClient } from '@aws-sdk/client-iot';
import { createAuditDocumentClient } from '../../../src/adapters/audit/createAuditDocumentClient';
import { DynamoProfileCatalogue } from '../../../src/adapters/catalogue/DynamoProfileCatalogue';
import { catalogueEntryOf } from '../../../src/domain/catalogue/catalogueEntry';
import { LOCAL_REGION } from '../../../src/local/localStack';
import type { BenchRun } from '../benchRun';
import { figure, type Figure, type Section } from '../report/figures';
import { spread, type Spread } from '../stats';
import { BENCH_CATALOGUE_TABLE } from '../stack/benchStack';
import { startWorker, type Worker } from '../workerProcess';
import { LIST_PAGE } from '../workers/lifecycleEvents';

/** The ten teams the listed profiles belong to; team-a is the caller's. */
const TEAMS = ['team-a', ...'bcdefghij'.split('').map((letter) => `team-${letter}`)];
const CREDENTIALS = { accessKeyId: 'bench', secretAccessKey: 'bench' };

type Kind = 'list' | 'create' | 'restore';

/** The latencies of one kind of call and the backend calls each made, by operation. */
interface Timed {
  durations: Spread;
  callsPerCall: number;
  byOperation: string;
}

/**
 * The operations of the lifecycle issue (issue 16, target 4), under latency L: team-a's first page
 * of the catalogue of `listProfiles` profiles of ten teams (backend calls per page, latency ÷ L),
 * and a create and a restore against the same AWS calls made directly
 * (test/bench/baseline/directLifecycle.ts). Backend calls are IoT's, as the emulator served them,
 * and DynamoDB's, as the delaying proxy forwarded them.
 */
export async function measureNewOperations(run: BenchRun): Promise<Section> {
  const { latencyMs: L, lifecycleCalls: calls, listProfiles } = run.settings;
  await seedFleet(run, listProfiles);
  run.stack.setLatency(L);
  const [handler, direct] = await Promise.all([
    startWorker(run.process(run.bundles.handlerWorker, run.gateway, run.stack.delayed)),
    startWorker(run.process(run.bundles.directWorker, run.gateway, run.stack.delayed)),
  ]);
  try {
    for (const kind of ['list', 'create', 'restore'] as const) await handler.sequential(2, kind, 'warm-up');
    for (const kind of ['create', 'restore'] as const) await direct.sequential(2, kind, 'warm-up');
    const gateway = {
      list: await timed(run, handler, 'list', calls),
      create: await timed(run, handler, 'create', calls),
      restore: await timed(run, handler, 'restore', calls),
    };
    const baseline = {
      create: await timed(run, direct, 'create', calls),
      restore: await timed(run, direct, 'restore', calls),
    };
    run.log('new operations');
    return {
      title: '8. New operations',
      baseline: `L = ${L} ms added to every AWS call; create and restore: the same calls made directly`,
      figures: [
        ...listFigures(gateway.list, L),
        ...againstDirect('create', gateway.create, baseline.create, L),
        ...againstDirect('restore', gateway.restore, baseline.restore, L),
      ],
      notes: [
        `${listProfiles} profiles in the catalogue, ${listProfiles / TEAMS.length} of each of ${TEAMS.length} teams; ` +
          `team-a lists its first page of ${LIST_PAGE}, ${calls} times`,
        ...(['list', 'create', 'restore'] as const).map(
          (kind) => `gateway ${kind}: ${gateway[kind].byOperation}`,
        ),
        `direct create: ${baseline.create.byOperation}`,
        `direct restore: ${baseline.restore.byOperation}`,
      ],
    };
  } finally {
    await Promise.all([handler.stop(), direct.stop()]);
    run.stack.setLatency(0);
  }
}

/** `count` calls of `kind`, one after another, and the backend calls they made between them. */
async function timed(run: BenchRun, worker: Worker, kind: Kind, count: number): Promise<Timed> {
  const before = run.stack.backendCalls();
  const reply = await worker.sequential(count, kind, `timed-${kind}`);
  const made = [...run.stack.backendCalls()]
    .map(([operation, n]) => [operation, n - (before.get(operation) ?? 0)] as const)
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => a.localeCompare(b));
  const total = made.reduce((sum, [, n]) => sum + n, 0);
  return {
    durations: spread(reply.durationsMs),
    callsPerCall: total / count,
    byOperation: made.map(([operation, n]) => `${operation} ${(n / count).toFixed(2)}`).join(', '),
  };
}

const overL = (s: Spread, L: number): Spread => ({
  median: s.median / L,
  min: s.min / L,
  max: s.max / L,
  n: s.n,
});
const nominal = (L: number): Spread => ({ median: L, min: L, max: L, n: 1 });
const exactly = (value: number): Spread => ({ median: value, min: value, max: value, n: 1 });

function listFigures(list: Timed, L: number): Figure[] {
  return [
    figure({
      name: 'list: first page ÷ L',
      unit: 'ms',
      gateway: list.durations,
      baseline: nominal(L),
      ratio: overL(list.durations, L),
      target: { op: '<=', value: 2.2 },
    }),
    figure({
      name: 'list: backend calls per page',
      unit: 'calls',
      gateway: exactly(list.callsPerCall),
      baseline: exactly(1),
      ratio: exactly(list.callsPerCall),
      target: { op: '<=', value: 2 },
    }),
  ];
}

function againstDirect(kind: string, gateway: Timed, direct: Timed, L: number): Figure[] {
  const ratio = gateway.durations.median / direct.durations.median;
  return [
    figure({
      name: `${kind} ÷ the same calls direct`,
      unit: 'ms',
      gateway: gateway.durations,
      baseline: direct.durations,
      ratio: exactly(ratio),
    }),
    figure({
      name: `${kind} ÷ L (direct: ${(direct.durations.median / L).toFixed(2)} L)`,
      unit: 'ms',
      gateway: gateway.durations,
      baseline: nominal(L),
      ratio: overL(gateway.durations, L),
    }),
    figure({
      name: `${kind}: backend calls (direct: ${direct.callsPerCall.toFixed(2)})`,
      unit: 'calls',
      gateway: exactly(gateway.callsPerCall),
      baseline: exactly(direct.callsPerCall),
      ratio: exactly(gateway.callsPerCall / direct.callsPerCall),
    }),
  ];
}

/**
 * `count` profiles of ten teams, created in IoT with their owner tags and recorded in the
 * catalogue as the gateway records a create, before the latency is turned on.
 */
async function seedFleet(run: BenchRun, count: number): Promise<void> {
  const iot = new IoTClient({
    endpoint: run.stack.direct.iot,
    region: LOCAL_REGION,
    credentials: CREDENTIALS,
  });
  const catalogue = new DynamoProfileCatalogue({
    client: createAuditDocumentClient({
      endpoint: run.stack.direct.dynamodb,
      region: LOCAL_REGION,
      credentials: CREDENTIALS,
    }),
    tableName: BENCH_CATALOGUE_TABLE,
  });
  const names = Array.from({ length: count }, (_, i) => {
    const team = TEAMS[i % TEAMS.length]!;
    return { team, name: `fleet-${team}-${String(i).padStart(4, '0')}` };
  });
  for (let start = 0; start < names.length; start += 25) {
    await Promise.all(
      names.slice(start, start + 25).map(async ({ team, name }) => {
        await iot.send(
          new CreateSecurityProfileCommand({
            securityProfileName: name,
            tags: [{ Key: 'team', Value: team }],
          }),
        );
        const described = await iot.send(new DescribeSecurityProfileCommand({ securityProfileName: name }));
        const profile = {
          securityProfileName: name,
          securityProfileArn: described.securityProfileArn!,
          version: BigInt(described.version!),
          creationDate: described.creationDate,
          lastModifiedDate: described.lastModifiedDate,
        };
        await catalogue.record(catalogueEntryOf(profile, team), new Date());
      }),
    );
  }
  iot.destroy();
  run.log(`new operations: ${count} profiles seeded`);
}
