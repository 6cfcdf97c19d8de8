import { describe, expect, it } from 'vitest';
import { assertExactJsonSupport } from '../../src/iotJson/toJson';

describe('the exact 64-bit JSON guard (src/iotJson/toJson.ts)', () => {
  it('passes on this Node, whose JSON has rawJSON', () => {
    const check = () => assertExactJsonSupport();

    expect(check).not.toThrow();
  });

  it('refuses a JSON without rawJSON (Node 20) with a message naming Node 22 and the npm scripts', () => {
    const node20Json = { parse: JSON.parse, stringify: JSON.stringify };

    const check = () => assertExactJsonSupport(node20Json);

    expect(check).toThrow(/needs Node >= 22.*npm scripts/s);
  });
});
