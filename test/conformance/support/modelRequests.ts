import fc from 'fast-check';
import { IOT_MODEL } from '../../../src/local/iotEmulator/model/iotModel';
import type { ModelShape } from '../../../src/local/iotEmulator/model/modelTypes';

const ROLE = 'arn:aws:iam::123456789012:role/alerts';
const TOPIC = 'arn:aws:sns:us-east-1:123456789012:alerts';
const BUILT_IN = [
  'aws:message-byte-size',
  'aws:num-messages-sent',
  'aws:num-messages-received',
  'aws:num-authorization-failures',
  'aws:source-ip-address',
  'aws:num-connection-attempts',
  'aws:num-disconnects',
  'aws:disconnect-duration',
  'aws:all-bytes-out',
  'aws:all-bytes-in',
  'aws:num-listening-tcp-ports',
  'aws:num-listening-udp-ports',
  'aws:all-packets-out',
  'aws:all-packets-in',
  'aws:destination-ip-addresses',
  'aws:listening-tcp-ports',
  'aws:listening-udp-ports',
  'aws:num-established-tcp-connections',
];

/**
 * Values worth trying for a shape: `ok` keeps its constraints (and, for the
 * metric-bound ones, the documented Device Defender rules of some metric),
 * `bad` breaks them at the bounds; the readings' borderline cases (FIFO
 * topics, unknown aws: metrics, non-ASCII text) are on the side the emulator
 * puts them. Shapes without a pool are built from their type and constraints.
 */
// prettier-ignore
const POOLS: Readonly<Record<string, { ok: readonly unknown[]; bad: readonly unknown[] }>> = {
  SecurityProfileDescription: { ok: ['ok', '', 'd'.repeat(1000)], bad: ['café', 'line\nbreak', 'd'.repeat(1001)] },
  BehaviorName: { ok: ['R', 'S', 'Auth_1:x-y', 'n'.repeat(128)], bad: ['', 'has space', '"quoted"', 'n'.repeat(129)] },
  BehaviorMetric: { ok: [...BUILT_IN, 'batteryPercentage', 'aws:num-cats'], bad: ['battery level', ''] },
  DimensionName: { ok: ['Topics'], bad: ['bad name', ''] },
  Cidr: { ok: ['10.0.0.0/8', '2001:db8::/32', '10.0.0.1'], bad: ['10.0.0.0/33', 'x', '1', '1'.repeat(44)] },
  EvaluationStatistic: { ok: ['p0', 'p50', 'p99.9', 'p100'], bad: ['Average', 'p50 '] },
  DurationSeconds: { ok: [300, 600, 900, 1800, 3600], bad: [60, 120, 0, -1] },
  UnsignedLong: { ok: [0n, 5n, 2n ** 63n - 1n], bad: [-1n] },
  Port: { ok: [0, 80, 65535], bad: [65536, -1] },
  Number: { ok: [0, 1.5, -3, 1e300], bad: [] },
  stringValue: { ok: ['a', '', 'é'], bad: [] },
  AlertTargetType: { ok: ['SNS'], bad: ['EMAIL'] },
  AlertTargetArn: { ok: [TOPIC, `${TOPIC}.fifo`, 'arn:aws:sqs:us-east-1:123456789012:q', ''], bad: [] },
  RoleArn: { ok: [ROLE, 'arn:aws:iam::123456789012:user/alerts'], bad: ['arn:aws:iam::1:role', `${ROLE}${'x'.repeat(2048)}`] },
  MqttTopic: { ok: ['$aws/rules/export', 'metrics/#'], bad: ['', 't'.repeat(513)] },
};

/**
 * `within`: only values that keep the model's constraints, so that requests
 * the emulator accepts are common; `any`: those and values that break them.
 */
type Mode = 'within' | 'any';

const memo = new Map<string, fc.Arbitrary<unknown>>();

/** An arbitrary value of a shape of IoT's model, as JSON (longs as bigints). */
export function modelValue(shapeName: string, mode: Mode = 'any', depth = 0): fc.Arbitrary<unknown> {
  const key = `${mode} ${shapeName}`;
  const known = memo.get(key);
  if (known) return known;
  const shape = IOT_MODEL.shapes[shapeName];
  if (!shape) throw new Error(`no shape ${shapeName}`);
  const pool = POOLS[shapeName];
  const value = pool
    ? fc.constantFrom(...pool.ok, ...(mode === 'any' ? pool.bad : []))
    : fromShape(shape, mode, depth);
  memo.set(key, value);
  return value;
}

function fromShape(shape: ModelShape, mode: Mode, depth: number): fc.Arbitrary<unknown> {
  const any = mode === 'any';
  switch (shape.type) {
    case 'structure':
      return structure(shape, mode, depth);
    case 'list':
      return fc.array(modelValue(shape.member?.shape ?? '', mode, depth + 1), {
        maxLength: Math.min(depth === 0 ? 4 : 3, shape.max ?? Infinity),
      });
    case 'map':
      return fc.dictionary(
        modelValue(shape.key?.shape ?? '', mode, depth + 1) as fc.Arbitrary<string>,
        modelValue(shape.value?.shape ?? '', mode, depth + 1),
        { maxKeys: 2 },
      );
    case 'string':
      return shape.enum
        ? fc.constantFrom(...shape.enum, ...(any ? [shape.enum.at(-1) ?? '', 'not-in-the-enum'] : []))
        : fc.string();
    case 'integer': {
      const [min, max] = [shape.min ?? 0, shape.max ?? 1];
      return fc.constantFrom(min, max, ...(any ? [min - 1, max + 1] : []));
    }
    case 'long':
      return fc.bigInt({ min: any ? -(2n ** 63n) : BigInt(shape.min ?? 0), max: 2n ** 63n - 1n });
    case 'boolean':
      return fc.boolean();
    default:
      return fc.double({ noNaN: true, noDefaultInfinity: true });
  }
}

function structure(shape: ModelShape, mode: Mode, depth: number): fc.Arbitrary<unknown> {
  const members = Object.entries(shape.members ?? {}).filter(([, ref]) => ref.location === undefined);
  const record = Object.fromEntries(
    members.map(([name, ref]) => [name, modelValue(ref.shape, mode, depth + 1)]),
  );
  const required = (shape.required ?? []).filter((name) => name in record);
  const present = fc.record(Object.fromEntries(required.map((n) => [n, record[n]!])));
  const optional = fc.record(record, { requiredKeys: [] });
  if (mode === 'within') return fc.tuple(optional, present).map(([o, p]) => ({ ...o, ...p }));
  // Required members are mostly there (a request without them only tests one rule).
  return fc
    .tuple(optional, present)
    .chain(([o, p]) => fc.nat(9).map((dice) => (dice === 0 ? o : { ...o, ...p })));
}

const UPDATE_INPUT = IOT_MODEL.operations.UpdateSecurityProfile.input;

/** An UpdateSecurityProfile body drawn from the model (the name and expectedVersion travel outside it). */
export const updateBodies = modelValue(UPDATE_INPUT) as fc.Arbitrary<Record<string, unknown>>;

/**
 * Bodies whose every value keeps the model's constraints, most of them and
 * some of any kind: the emulator accepts many of these (what is left to refuse
 * are Device Defender's rules, which tie members to the metric).
 */
export const bodiesMostlyWithinTheModel = fc.oneof(
  { arbitrary: modelValue(UPDATE_INPUT, 'within') as fc.Arbitrary<Record<string, unknown>>, weight: 4 },
  { arbitrary: updateBodies, weight: 1 },
);
