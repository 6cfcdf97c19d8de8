/** Faults the emulator injects into AWS operations; all off by default. */
export interface FaultSettings {
  /** Fixed delay before every AWS operation is answered. */
  latencyMs: number;
  /** Extra delay, uniform in [0, jitterMs), added to latencyMs. */
  jitterMs: number;
  /** Share of AWS operations (0..1) answered with ThrottlingException (400). */
  throttleRate: number;
  /** Share of AWS operations (0..1) answered with InternalFailureException (500). */
  errorRate: number;
  /** Profile name → number of its next UpdateSecurityProfile calls answered with VersionConflictException. */
  conflicts: Record<string, number>;
  /**
   * Share of AWS operations (0..1) whose connection is dropped before the
   * operation runs: nothing is applied, no answer is sent, CloudTrail records nothing.
   */
  dropBeforeRate: number;
  /**
   * Share of AWS operations (0..1) whose connection is dropped after the
   * operation ran: the change is applied (and recorded), the answer is lost.
   */
  dropAfterRate: number;
  /** Share of AWS operations (0..1) held `stallMs` after the operation ran, before the answer (past a client's timeout). */
  stallRate: number;
  /** How long a stalled operation is held. */
  stallMs: number;
  /** Operations the faults above apply to (`UpdateSecurityProfile`, …); empty: every AWS operation. */
  operations: string[];
}

const OFF: FaultSettings = {
  latencyMs: 0,
  jitterMs: 0,
  throttleRate: 0,
  errorRate: 0,
  conflicts: {},
  dropBeforeRate: 0,
  dropAfterRate: 0,
  stallRate: 0,
  stallMs: 0,
  operations: [],
};

/** Random source in [0, 1); injectable so tests can make faults deterministic. */
export type Random = () => number;

/**
 * Fault injection for tests and benchmarks, driven in process or through
 * `/__emulator/faults`. Rates draw from `random` once per call.
 */
export class FaultController {
  private settings: FaultSettings = structuredClone(OFF);

  constructor(private readonly random: Random = Math.random) {}

  /** The current settings (a copy). */
  get(): FaultSettings {
    return structuredClone(this.settings);
  }

  /**
   * Replaces the settings; members not given are off. Throws a RangeError naming
   * the member when a value is out of range (nothing changes then).
   */
  set(settings: Partial<FaultSettings>): FaultSettings {
    const unknown = Object.keys(settings).find((key) => !Object.hasOwn(OFF, key));
    if (unknown !== undefined)
      throw new RangeError(`${unknown}: is not a fault setting (${Object.keys(OFF).join(', ')})`);
    const next: FaultSettings = { ...structuredClone(OFF), ...structuredClone(settings) };
    checkNonNegative('latencyMs', next.latencyMs);
    checkNonNegative('jitterMs', next.jitterMs);
    checkRate('throttleRate', next.throttleRate);
    checkRate('errorRate', next.errorRate);
    checkRate('dropBeforeRate', next.dropBeforeRate);
    checkRate('dropAfterRate', next.dropAfterRate);
    checkRate('stallRate', next.stallRate);
    checkNonNegative('stallMs', next.stallMs);
    if (!Array.isArray(next.operations) || !next.operations.every((name) => typeof name === 'string')) {
      throw new RangeError('operations: must be an array of operation names');
    }
    if (typeof next.conflicts !== 'object' || next.conflicts === null || Array.isArray(next.conflicts)) {
      throw new RangeError('conflicts: must be an object of profile name → count');
    }
    for (const [name, count] of Object.entries(next.conflicts)) checkCount(`conflicts.${name}`, count);
    this.settings = next;
    return this.get();
  }

  /** Turns every fault off. */
  clear(): void {
    this.settings = structuredClone(OFF);
  }

  /** Answers the next `count` updates of `profileName` with a version conflict (added to any pending). */
  conflictNextUpdates(profileName: string, count: number): void {
    checkCount('count', count);
    const pending = this.settings.conflicts[profileName] ?? 0;
    this.settings.conflicts[profileName] = pending + count;
  }

  /** Whether the faults apply to `operation` (all of them when `operations` is empty). */
  appliesTo(operation: string): boolean {
    const { operations } = this.settings;
    return operations.length === 0 || operations.includes(operation);
  }

  /** Whether this call's connection is dropped before the operation runs. */
  shouldDropBefore(): boolean {
    return this.draw(this.settings.dropBeforeRate);
  }

  /** Whether this call's connection is dropped after the operation ran. */
  shouldDropAfter(): boolean {
    return this.draw(this.settings.dropAfterRate);
  }

  /** How long to hold this call's answer after the operation ran (0: not at all). */
  nextStallMs(): number {
    return this.draw(this.settings.stallRate) ? this.settings.stallMs : 0;
  }

  private draw(rate: number): boolean {
    return rate > 0 && this.random() < rate;
  }

  /** The delay to apply to this call. */
  nextDelayMs(): number {
    const { latencyMs, jitterMs } = this.settings;
    return latencyMs + (jitterMs > 0 ? this.random() * jitterMs : 0);
  }

  /** Whether this call is throttled. */
  shouldThrottle(): boolean {
    return this.settings.throttleRate > 0 && this.random() < this.settings.throttleRate;
  }

  /** Whether this call fails with a 500. */
  shouldFail(): boolean {
    return this.settings.errorRate > 0 && this.random() < this.settings.errorRate;
  }

  /** Consumes one injected conflict for `profileName`; true when the update must conflict. */
  takeConflict(profileName: string): boolean {
    const pending = this.settings.conflicts[profileName] ?? 0;
    if (pending <= 0) return false;
    if (pending === 1) delete this.settings.conflicts[profileName];
    else this.settings.conflicts[profileName] = pending - 1;
    return true;
  }
}

function checkNonNegative(name: string, value: unknown): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name}: must be a non-negative number of milliseconds (got ${String(value)})`);
  }
}

function checkRate(name: string, value: unknown): void {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new RangeError(`${name}: must be a number between 0 and 1 (got ${String(value)})`);
  }
}

function checkCount(name: string, value: unknown): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name}: must be a non-negative integer (got ${String(value)})`);
  }
}
