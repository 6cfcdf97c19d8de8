import { describe, expect, it } from 'vitest';
import { hasTimeFor } from '../../../src/domain/retry/hasTimeFor';

describe('hasTimeFor', () => {
  it('allows a retry whose delay and reserve end exactly at the deadline', () => {
    const allowed = hasTimeFor(10_000, 7_000, 1_000, 2_000);

    expect(allowed).toBe(true);
  });

  it('refuses a retry that would end one millisecond past the deadline', () => {
    const allowed = hasTimeFor(10_000, 7_001, 1_000, 2_000);

    expect(allowed).toBe(false);
  });

  it('refuses any retry once the deadline has passed', () => {
    const allowed = hasTimeFor(10_000, 10_001, 0, 0);

    expect(allowed).toBe(false);
  });
});
