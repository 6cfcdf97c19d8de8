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
 * Values worth trying for a shape: ones that keep its constraints and ones
 * that break them, at the bounds, plus the readings' borderline cases (FIFO
 * topics, non-ASCII text, unknown aws: metrics). Shapes without a pool are
 * built from their type and constraints.
 */
// prettier-ignore
const POOLS: Readonly<Record<string, readonly unknown[]>> = {
  SecurityProfileDescription: ['ok', '', 'café', 'line\nbreak', 'd'.repeat(1000), 'd'.repeat(1001)],
  BehaviorName: ['R', 'S', 'Auth_1:x-y', '', 'has space', '"quoted"', 'n'.repeat(128), 'n'.repeat(129)],
  BehaviorMetric: [...BUILT_IN, 'batteryPercentage', 'aws:num-cats', 'battery level', ''],
  DimensionName: ['Topics', 'bad name', ''],
  Cidr: ['10.0.0.0/8', '2001:db8::/32', '10.0.0.1', '10.0.0.0/33', 'x', '1', '1'.repeat(44)],
  EvaluationStatistic: ['p0', 'p50', 'p99.9', 'p100', 'Average', 'p50 '],
  DurationSeconds: [300, 600, 900, 1800, 3600, 60, 120, 0, -1],
  UnsignedLong: [0n, 5n, 2n ** 63n - 1n, -1n],
  Port: [0, 80, 65535, 65536, -1],
  Number: [0, 1.5, -3, 1e300],
  stringValue: ['a', '', 'é'],
  AlertTargetType: ['SNS', 'SNS', 'EMAIL'],
  AlertTargetArn: [TOPIC, `${TOPIC}.fifo`, 'arn:aws:sqs:us-east-1:123456789012:q', ''],
  RoleArn: [ROLE, 'arn:aws:iam::123456789012:user/alerts', 'arn:aws:iam::1:role', `${ROLE}${'x'.repeat(2048)}`],
  MqttTopic: ['$aws/rules/export', 'metrics/#', '', 't'.repeat(513)],
};

const memo = new Map<string, fc.Arbitrary<unknown>>();

/** An arbitrary value of a shape of IoT's model, as JSON (longs as bigints). */
export function modelValue(shapeName: string, depth = 0): fc.Arbitrary<unknown> {
  const known = memo.get(shapeName);
  if (known) return known;
  const shape = IOT_MODEL.shapes[shapeName];
  if (!shape) throw new Error(`no shape ${shapeName}`);
  const pool = POOLS[shapeName];
  const value = pool ? fc.constantFrom(...pool) : fromShape(shape, depth);
  memo.set(shapeName, value);
  return value;
}

function fromShape(shape: ModelShape, depth: number): fc.Arbitrary<unknown> {
  switch (shape.type) {
    case 'structure':
      return structure(shape, depth);
    case 'list':
      return fc.array(modelValue(shape.member?.shape ?? '', depth + 1), { maxLength: depth === 0 ? 4 : 3 });
    case 'map':
      return fc.dictionary(
        modelValue(shape.key?.shape ?? '', depth + 1) as fc.Arbitrary<string>,
        modelValue(shape.value?.shape ?? '', depth + 1),
        { maxKeys: 2 },
      );
    case 'string':
      return shape.enum
        ? fc.constantFrom(...shape.enum, shape.enum.at(-1) ?? '', 'not-in-the-enum')
        : fc.string();
    case 'integer':
      return fc.constantFrom(shape.min ?? 0, shape.max ?? 1, (shape.min ?? 0) - 1, (shape.max ?? 1) + 1);
    case 'long':
      return fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n });
    case 'boolean':
      return fc.boolean();
    default:
      return fc.double({ noNaN: true, noDefaultInfinity: true });
  }
}

function structure(shape: ModelShape, depth: number): fc.Arbitrary<unknown> {
  const members = Object.entries(shape.members ?? {}).filter(([, ref]) => ref.location === undefined);
  const record = Object.fromEntries(members.map(([name, ref]) => [name, modelValue(ref.shape, depth + 1)]));
  // Required members are mostly there (a request without them only tests one rule).
  const required = (shape.required ?? []).filter((name) => name in record);
  return fc
    .tuple(
      fc.record(record, { requiredKeys: [] }),
      fc.record(Object.fromEntries(required.map((n) => [n, record[n]!]))),
    )
    .chain(([optional, present]) =>
      fc.nat(9).map((dice) => (dice === 0 ? optional : { ...optional, ...present })),
    );
}

/** An UpdateSecurityProfile body drawn from the model (the name and expectedVersion travel outside it). */
export const updateBodies: fc.Arbitrary<Record<string, unknown>> = modelValue(
  IOT_MODEL.operations.UpdateSecurityProfile.input,
) as fc.Arbitrary<Record<string, unknown>>;
