import { describe, expect, it } from 'vitest';
import { assertExactJsonSupport } from '../../src/iotJson/toJson';

// Importing toJson.ts already ran the guard on this Node's JSON: had it thrown, this file would
// not load. So the cases below hand the guard a JSON of their own, with and without rawJSON.
describe('the exact 64-bit JSON guard (src/iotJson/toJson.ts)', () => {
  it('accepts a JSON that has rawJSON, whatever Node runs the check', () => {
    const withRawJson = {
      parse: JSON.parse,
      stringify: JSON.stringify,
      rawJSON: (text: string) => ({ rawJSON: text }),
    };

    const check = () => assertExactJsonSupport(withRawJson);

    expect(check).not.toThrow();
  });

  it('refuses a JSON without rawJSON (Node 20) with a message naming Node 22 and the npm scripts', () => {
    const node20Json = { parse: JSON.parse, stringify: JSON.stringify };

    const check = () => assertExactJsonSupport(node20Json);

    expect(check).toThrow(/needs Node >= 22.*npm scripts/s);
  });

  it('refuses a rawJSON that is not a function', () => {
    const check = () => assertExactJsonSupport({ rawJSON: 'yes' });

    expect(check).toThrow(/needs Node >= 22/);
  });
});
