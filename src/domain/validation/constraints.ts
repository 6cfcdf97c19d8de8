import type { RuleId } from './validationRules';

/** Length (in Unicode code points, as Smithy counts) and pattern of a string shape. */
export interface StringConstraint {
  min?: number;
  max?: number;
  /** The model's pattern source, shown in messages. */
  pattern?: string;
  /** The compiled pattern, matched against the whole value (as IoT matches the model's patterns). */
  regex?: RegExp;
  /** The rule its length and pattern come from, when not the model (default: modelLength, modelPattern). */
  rule?: RuleId;
}

/** Inclusive numeric range of an integer or long shape. */
export interface RangeConstraint<T extends number | bigint> {
  min: T;
  max: T;
}

function stringShape(
  min: number | undefined,
  max: number | undefined,
  pattern?: string,
  shownPattern = pattern,
): StringConstraint {
  const shape: StringConstraint = {};
  if (min !== undefined) shape.min = min;
  if (max !== undefined) shape.max = max;
  if (pattern !== undefined) {
    shape.pattern = shownPattern;
    shape.regex = new RegExp(`^(?:${pattern})$`, 'u');
  }
  return shape;
}

const NAME_PATTERN = '[a-zA-Z0-9:_-]+';

/** String shapes of the IoT model (iot-service-2.json, API version 2015-05-28). */
export const STRING_SHAPES = {
  SecurityProfileName: stringShape(1, 128, NAME_PATTERN),
  // [\p{Graph}\x20]* in the model, read with Unicode classes (what both readings refuse:
  // whitespace but the space, control, surrogate and unassigned characters). Java's ASCII
  // reading is the unconfirmed rule asciiDescription.
  SecurityProfileDescription: stringShape(
    undefined,
    1000,
    '(?:[^\\p{White_Space}\\p{Cc}\\p{Cs}\\p{Cn}]|\\x20)*',
    '[\\p{Graph}\\x20]*',
  ),
  BehaviorName: stringShape(1, 128, NAME_PATTERN),
  // Unconstrained in the model; CloudFormation's schema gives these limits.
  BehaviorMetric: { ...stringShape(1, 128, NAME_PATTERN), rule: 'metricName' },
  DimensionName: stringShape(1, 128, NAME_PATTERN),
  MetricName: stringShape(1, 128, NAME_PATTERN),
  Cidr: stringShape(2, 43, '[a-fA-F0-9:\\.\\/]+'),
  EvaluationStatistic: stringShape(
    undefined,
    undefined,
    '(p0|p0\\.1|p0\\.01|p1|p10|p50|p90|p99|p99\\.9|p99\\.99|p100)',
  ),
  RoleArn: stringShape(20, 2048),
  MqttTopic: stringShape(1, 512),
  // Unconstrained in the model: an empty or odd ARN is only the reading snsTopicArn's to flag.
  AlertTargetArn: stringShape(undefined, undefined),
  TagKey: stringShape(1, 128, '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*'),
  TagValue: stringShape(0, 256),
  ErrorMessage: stringShape(undefined, 2048),
} as const;

/** Integer shapes with ranges. */
export const INTEGER_SHAPES = {
  Port: { min: 0, max: 65535 },
  ConsecutiveDatapoints: { min: 1, max: 10 },
  MaxResults: { min: 1, max: 250 },
  // DurationSeconds is a plain `integer` in the model: Java's int32.
  Int32: { min: -(2 ** 31), max: 2 ** 31 - 1 },
} as const satisfies Record<string, RangeConstraint<number>>;

/** `long` shapes: UnsignedLong (`count`) is min 0; a long is a signed 64-bit integer. */
export const LONG_SHAPES = {
  UnsignedLong: { min: 0n, max: 2n ** 63n - 1n },
  Long: { min: -(2n ** 63n), max: 2n ** 63n - 1n },
} as const satisfies Record<string, RangeConstraint<bigint>>;

/** List maxima: the model's and Device Defender's quotas. */
export const LIST_LIMITS = {
  /** `Behaviors` list max in the model; also the "Behaviors for each security profile" quota. */
  behaviors: 100,
  /** "Behavior metric value elements per security profile" quota. */
  valueElements: 1000,
  /** IoT tagging guide: 50 tags per resource. */
  tagsPerResource: 50,
  /** "Each thing group or account can have up to five security profiles associated with it." */
  profilesPerTarget: 5,
} as const;
