import { IOT_MODEL } from './iotModel';
import { compileJavaPattern } from './javaPattern';
import type { ModelShape } from './modelTypes';
import type { OperationName } from './operationNames';
import { awsPath, javaString, type PathStep, type Violation, type ViolationKind } from './Violation';

/** A value whose JSON type is not the one its shape has: the request cannot even be read. */
export class UnreadableInputError extends Error {
  constructor(
    readonly steps: readonly PathStep[],
    readonly expected: string,
    readonly raw: unknown,
  ) {
    super(
      steps.length === 0
        ? `The request body must be ${expected}`
        : `Value '${javaString(raw)}' at '${awsPath(steps)}' cannot be read as ${expected}`,
    );
  }
}

/** An operation's input read from the request, and every model constraint it breaks. */
export interface ReadInput {
  input: Record<string, unknown>;
  violations: Violation[];
}

/** What the router and the HTTP layer found in a request. */
export interface RawRequest {
  labels: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
}

const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };
const INT64 = { min: -(2n ** 63n), max: 2n ** 63n - 1n };
const patterns = new Map<string, RegExp>();

/**
 * Reads an operation's input as IoT's service framework does before any handler
 * runs: URI labels, query parameters and body members gathered into the input
 * structure, JSON types checked (a wrong type is unreadable), members the model
 * does not define ignored, and every constraint of the model checked —
 * required members, lengths (in code points), full-matched patterns, enums and
 * ranges, nested members included.
 */
export function readInput(operation: OperationName, request: RawRequest): ReadInput {
  const inputShape = IOT_MODEL.operations[operation].input;
  const shape = shapeNamed(inputShape);
  if (request.body !== undefined && !isObject(request.body)) {
    throw new UnreadableInputError([], 'a JSON object', request.body);
  }
  const raw: Record<string, unknown> = { ...request.body };
  for (const [name, ref] of Object.entries(shape.members ?? {})) {
    if (ref.location === undefined) continue;
    delete raw[name];
    const wire = ref.locationName ?? name;
    if (ref.location === 'uri') raw[name] = request.labels[wire];
    if (ref.location === 'querystring') {
      const text = request.query.get(wire);
      if (text !== null) raw[name] = fromQuery(text, shapeNamed(ref.shape), [{ member: name }]);
    }
  }
  const violations: Violation[] = [];
  const input = readShape(inputShape, raw, [], violations) as Record<string, unknown>;
  return { input, violations };
}

function shapeNamed(name: string): ModelShape {
  const shape = IOT_MODEL.shapes[name];
  if (!shape) throw new Error(`the emulator's model has no shape ${name}`);
  return shape;
}

function fromQuery(text: string, shape: ModelShape, steps: PathStep[]): unknown {
  switch (shape.type) {
    case 'integer':
    case 'long':
      if (!/^-?\d+$/.test(text)) throw new UnreadableInputError(steps, `an ${shape.type}`, text);
      return shape.type === 'long' ? BigInt(text) : Number(text);
    case 'boolean':
      if (text !== 'true' && text !== 'false') throw new UnreadableInputError(steps, 'a boolean', text);
      return text === 'true';
    default:
      return text;
  }
}

function readShape(name: string, raw: unknown, steps: PathStep[], violations: Violation[]): unknown {
  const shape = shapeNamed(name);
  switch (shape.type) {
    case 'structure':
      return readStructure(shape, raw, steps, violations);
    case 'list':
      return readList(shape, raw, steps, violations);
    case 'map':
      return readMap(shape, raw, steps, violations);
    default: {
      const value = readScalar(shape, raw, steps);
      for (const [kind, constraint] of brokenConstraints(shape, value)) {
        violations.push({ steps, value, kind, shape, constraint });
      }
      return value;
    }
  }
}

function readStructure(shape: ModelShape, raw: unknown, steps: PathStep[], violations: Violation[]): unknown {
  if (!isObject(raw)) throw new UnreadableInputError(steps, 'a structure (JSON object)', raw);
  const out: Record<string, unknown> = {};
  for (const [member, ref] of Object.entries(shape.members ?? {})) {
    const value = raw[member];
    const at = [...steps, { member }];
    if (value === undefined || value === null) {
      if (shape.required?.includes(member)) {
        violations.push({
          steps: at,
          value: undefined,
          kind: 'required',
          shape: shapeNamed(ref.shape),
          constraint: 'Member must not be null',
        });
      }
      continue;
    }
    out[member] = readShape(ref.shape, value, at, violations);
  }
  return out;
}

function readList(shape: ModelShape, raw: unknown, steps: PathStep[], violations: Violation[]): unknown {
  if (!Array.isArray(raw)) throw new UnreadableInputError(steps, 'a list (JSON array)', raw);
  const element = shape.member?.shape ?? '';
  const elementShape = shapeNamed(element);
  let elementsBroken = false;
  const out = raw.map((item, index) => {
    if (isAggregate(elementShape)) return readShape(element, item, [...steps, { index }], violations);
    const value = readScalar(elementShape, item, [...steps, { index }]);
    if (brokenConstraints(elementShape, value).length > 0) elementsBroken = true;
    return value;
  });
  pushLength(violations, steps, raw, shape, raw.length);
  // The framework reports broken list elements once, at the list, with all the element's constraints.
  if (elementsBroken) pushAggregate(violations, steps, raw, 'elements', elementShape);
  return out;
}

function readMap(shape: ModelShape, raw: unknown, steps: PathStep[], violations: Violation[]): unknown {
  if (!isObject(raw)) throw new UnreadableInputError(steps, 'a map (JSON object)', raw);
  const keyShape = shapeNamed(shape.key?.shape ?? '');
  const valueName = shape.value?.shape ?? '';
  const valueShape = shapeNamed(valueName);
  const out: Record<string, unknown> = {};
  let keysBroken = false;
  let valuesBroken = false;
  for (const [key, item] of Object.entries(raw)) {
    if (brokenConstraints(keyShape, key).length > 0) keysBroken = true;
    if (isAggregate(valueShape)) {
      out[key] = readShape(valueName, item, [...steps, { key }], violations);
    } else {
      out[key] = readScalar(valueShape, item, [...steps, { key }]);
      if (brokenConstraints(valueShape, out[key]).length > 0) valuesBroken = true;
    }
  }
  pushLength(violations, steps, raw, shape, Object.keys(raw).length);
  if (keysBroken) pushAggregate(violations, steps, raw, 'keys', keyShape);
  if (valuesBroken) pushAggregate(violations, steps, raw, 'values', valueShape);
  return out;
}

function pushLength(
  violations: Violation[],
  steps: PathStep[],
  value: unknown,
  shape: ModelShape,
  length: number,
): void {
  for (const [kind, constraint] of lengthConstraints(shape, length)) {
    violations.push({ steps, value, kind, shape, constraint });
  }
}

const AGGREGATE_WORDS = {
  elements: 'Member must satisfy constraint',
  keys: 'Map keys must satisfy constraint',
  values: 'Map value must satisfy constraint',
} as const;

function pushAggregate(
  violations: Violation[],
  steps: PathStep[],
  value: unknown,
  kind: keyof typeof AGGREGATE_WORDS,
  shape: ModelShape,
): void {
  violations.push({
    steps,
    value,
    kind,
    shape,
    constraint: `${AGGREGATE_WORDS[kind]}: [${describe(shape)}]`,
  });
}

function readScalar(shape: ModelShape, raw: unknown, steps: PathStep[]): unknown {
  switch (shape.type) {
    case 'string':
      if (typeof raw === 'string') return raw;
      throw new UnreadableInputError(steps, 'a string', raw);
    case 'boolean':
      if (typeof raw === 'boolean') return raw;
      throw new UnreadableInputError(steps, 'a boolean', raw);
    case 'integer':
      if (typeof raw === 'number' && Number.isInteger(raw) && raw >= INT32.min && raw <= INT32.max)
        return raw;
      throw new UnreadableInputError(steps, 'an integer (32 bits)', raw);
    case 'long': {
      const long =
        typeof raw === 'bigint'
          ? raw
          : typeof raw === 'number' && Number.isInteger(raw)
            ? BigInt(raw)
            : undefined;
      if (long !== undefined && long >= INT64.min && long <= INT64.max) return long;
      throw new UnreadableInputError(steps, 'a long (64 bits)', raw);
    }
    case 'double':
      if (typeof raw === 'number') return raw;
      if (typeof raw === 'bigint') return Number(raw);
      throw new UnreadableInputError(steps, 'a number', raw);
    default:
      throw new UnreadableInputError(steps, `a ${shape.type}`, raw);
  }
}

function isAggregate(shape: ModelShape): boolean {
  return shape.type === 'structure' || shape.type === 'list' || shape.type === 'map';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Broken = [ViolationKind, string];

/** The framework's words for each constraint of a scalar shape that `value` breaks. */
function brokenConstraints(shape: ModelShape, value: unknown): Broken[] {
  if (typeof value === 'string') {
    const broken = lengthConstraints(shape, [...value].length);
    if (shape.pattern !== undefined && !compiled(shape.pattern).test(value)) {
      broken.push(['pattern', `Member must satisfy regular expression pattern: ${shape.pattern}`]);
    }
    if (shape.enum && !shape.enum.includes(value)) {
      broken.push(['enum', `Member must satisfy enum value set: [${shape.enum.join(', ')}]`]);
    }
    return broken;
  }
  if (typeof value === 'number' || typeof value === 'bigint') return bounds(shape, value, 'range', 'value');
  return [];
}

function lengthConstraints(shape: ModelShape, length: number): Broken[] {
  return bounds(shape, length, 'length', 'length');
}

/** The framework's words for a `measured` (a value, or a length) past the shape's max or under its min. */
function bounds(
  shape: ModelShape,
  measured: number | bigint,
  kind: 'range' | 'length',
  noun: 'value' | 'length',
): Broken[] {
  const broken: Broken[] = [];
  if (shape.max !== undefined && measured > shape.max)
    broken.push([kind, `Member must have ${noun} less than or equal to ${shape.max}`]);
  if (shape.min !== undefined && measured < shape.min)
    broken.push([kind, `Member must have ${noun} greater than or equal to ${shape.min}`]);
  return broken;
}

/** Every constraint of a shape, in the order the framework lists them (`[…length ≤ 43, …length ≥ 2, …pattern: …]`). */
function describe(shape: ModelShape): string {
  const numeric = shape.type !== 'string';
  const parts: string[] = [];
  const what = numeric ? 'value' : 'length';
  if (shape.max !== undefined) parts.push(`Member must have ${what} less than or equal to ${shape.max}`);
  if (shape.min !== undefined) parts.push(`Member must have ${what} greater than or equal to ${shape.min}`);
  if (shape.pattern !== undefined)
    parts.push(`Member must satisfy regular expression pattern: ${shape.pattern}`);
  if (shape.enum) parts.push(`Member must satisfy enum value set: [${shape.enum.join(', ')}]`);
  return parts.join(', ');
}

function compiled(pattern: string): RegExp {
  let regex = patterns.get(pattern);
  if (!regex) {
    regex = compileJavaPattern(pattern);
    patterns.set(pattern, regex);
  }
  return regex;
}
