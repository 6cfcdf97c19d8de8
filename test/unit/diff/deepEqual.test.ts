import { describe, expect, it } from 'vitest';
import { deepEqual } from '../../../src/domain/diff/deepEqual';

describe('deepEqual', () => {
  it('compares bigints by value and never equals a bigint to a number', () => {
    const sameBig = deepEqual({ count: 2n ** 64n - 1n }, { count: 2n ** 64n - 1n });
    const bigVsNumber = deepEqual(1n, 1);

    expect(sameBig).toBe(true);
    expect(bigVsNumber).toBe(false);
  });

  it('treats an undefined member as absent', () => {
    const result = deepEqual({ a: 1, b: undefined }, { a: 1 });

    expect(result).toBe(true);
  });

  it('compares dates by instant', () => {
    const same = deepEqual(new Date(0), new Date(0));
    const different = deepEqual(new Date(0), new Date(1));

    expect(same).toBe(true);
    expect(different).toBe(false);
  });

  it('takes the order of array elements into account', () => {
    const result = deepEqual([1, 2], [2, 1]);

    expect(result).toBe(false);
  });

  it('distinguishes an empty list from an absent one and an array from an object', () => {
    const emptyVsAbsent = deepEqual({ list: [] }, {});
    const arrayVsObject = deepEqual([], {});

    expect(emptyVsAbsent).toBe(false);
    expect(arrayVsObject).toBe(false);
  });
});
