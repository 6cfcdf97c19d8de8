import { describe, expect, it } from 'vitest';
import { deepEqual } from '../../../src/domain/diff/deepEqual';

describe('deepEqual', () => {
  it('compares bigints by value and never equals a bigint to a number', () => {
    // Act
    const sameBig = deepEqual({ count: 2n ** 64n - 1n }, { count: 2n ** 64n - 1n });
    const bigVsNumber = deepEqual(1n, 1);

    // Assess
    expect(sameBig).toBe(true);
    expect(bigVsNumber).toBe(false);
  });

  it('treats an undefined member as absent', () => {
    // Act
    const result = deepEqual({ a: 1, b: undefined }, { a: 1 });

    // Assess
    expect(result).toBe(true);
  });

  it('compares dates by instant', () => {
    // Act
    const same = deepEqual(new Date(0), new Date(0));
    const different = deepEqual(new Date(0), new Date(1));

    // Assess
    expect(same).toBe(true);
    expect(different).toBe(false);
  });

  it('takes the order of array elements into account', () => {
    // Act
    const result = deepEqual([1, 2], [2, 1]);

    // Assess
    expect(result).toBe(false);
  });

  it('distinguishes an empty list from an absent one and an array from an object', () => {
    // Act
    const emptyVsAbsent = deepEqual({ list: [] }, {});
    const arrayVsObject = deepEqual([], {});

    // Assess
    expect(emptyVsAbsent).toBe(false);
    expect(arrayVsObject).toBe(false);
  });
});
