import { describe, expect, it } from 'vitest';
import { hasTimeFor } from '../../../src/domain/retry/hasTimeFor';

describe('hasTimeFor', () => {
  it('allows a retry whose delay and reserve end exactly at the deadline', () => {
    // Act
    const allowed = hasTimeFor(10_000, 7_000, 1_000, 2_000);

    // Assess
    expect(allowed).toBe(true);
  });

  it('refuses a retry that would end one millisecond past the deadline', () => {
    // Act
    const allowed = hasTimeFor(10_000, 7_001, 1_000, 2_000);

    // Assess
    expect(allowed).toBe(false);
  });

  it('refuses any retry once the deadline has passed', () => {
    // Act
    const allowed = hasTimeFor(10_000, 10_001, 0, 0);

    // Assess
    expect(allowed).toBe(false);
  });
});
