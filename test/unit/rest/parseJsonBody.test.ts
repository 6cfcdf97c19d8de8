import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/domain/errors';
import { parseJsonBody } from '../../../src/parseJsonBody';

describe('parseJsonBody', () => {
  it('refuses a body nested past what the parser can walk as the client’s error, not an unexpected one', () => {
    // A 16-digit run makes the exact-integer reviver walk the whole value, recursively.
    const nested = `${'['.repeat(20_000)}1234567890123456${']'.repeat(20_000)}`;

    const thrown = (() => {
      try {
        parseJsonBody(nested);
      } catch (error) {
        return error;
      }
      return undefined;
    })();

    expect(thrown).toBeInstanceOf(ValidationError);
    expect((thrown as ValidationError).issues).toEqual([
      { path: '', message: 'the body is nested too deeply to be read' },
    ]);
  });

  it('reads a long integer exactly', () => {
    expect(parseJsonBody('{"version": 9007199254740993}')).toEqual({ version: 9007199254740993n });
  });
});
