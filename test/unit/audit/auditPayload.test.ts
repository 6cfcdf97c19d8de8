import { describe, expect, it } from 'vitest';
import { encodePayload } from '../../../src/adapters/audit/auditPayload';
import { aLargeProfile, aSucceededEvent, incompressibleText } from '../../fixtures/auditEvents';

// DynamoDB's limit on one item, names and values included.
const ITEM_LIMIT = 400 * 1024;

function sizeOf(values: Record<string, unknown>): number {
  return Object.entries(values).reduce((sum, [name, value]) => {
    const bytes = value instanceof Uint8Array ? value.length : Buffer.byteLength(JSON.stringify(value) ?? '');
    return sum + Buffer.byteLength(name) + bytes;
  }, 0);
}

describe('how an event’s large members are stored', () => {
  it('keeps a small event readable, as typed JSON attributes', () => {
    const { attributes, parts } = encodePayload(aSucceededEvent(), 'token');

    expect(Object.keys(attributes)).toEqual([
      'beforeJson',
      'afterJson',
      'changesJson',
      'inputJson',
      'errorMessage',
    ]);
    expect(parts).toEqual([]);
  });

  it('compresses a change of a profile past 200 KB into one attribute', () => {
    const profile = aLargeProfile();
    const { attributes, parts } = encodePayload(
      aSucceededEvent({ before: profile, after: profile }),
      'token',
    );

    expect(attributes.payloadGz).toBeInstanceOf(Uint8Array);
    expect(sizeOf(attributes)).toBeLessThan(ITEM_LIMIT);
    expect(parts).toEqual([]);
  });

  it('splits what does not compress below the limit into parts that each fit an item', () => {
    const event = aSucceededEvent({ input: { securityProfileDescription: incompressibleText(3_000_000) } });

    const { attributes, parts } = encodePayload(event, 'token');

    expect(attributes).toMatchObject({ payloadParts: parts.length, payloadKey: 'token' });
    expect(parts.length).toBeGreaterThan(5);
    for (const part of parts) expect(sizeOf(part)).toBeLessThan(ITEM_LIMIT);
  });
});
