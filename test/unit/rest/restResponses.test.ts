import { describe, expect, it } from 'vitest';
import { ThrottledError, ValidationError } from '../../../src/domain/errors';
import { errorResponse } from '../../../src/rest/restResponses';

describe('the REST error answer', () => {
  it('reports an unexpected error once and answers 500 without its message in production', () => {
    const reported: unknown[] = [];
    const error = new Error('arn:aws:iam::999999999999:role/gateway denied');

    const response = errorResponse(error, { production: true, reportUnexpected: (e) => reported.push(e) });

    expect(response.statusCode).toBe(500);
    expect(JSON.parse(response.body ?? '')).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      message: 'Internal server error',
    });
    expect(reported).toEqual([error]);
  });

  it('answers a bad input with 400 and its field, reporting nothing', () => {
    const reported: unknown[] = [];
    const error = new ValidationError([{ path: 'behaviors[0].name', message: 'required' }]);

    const response = errorResponse(error, { production: true, reportUnexpected: (e) => reported.push(e) });

    expect(response.statusCode).toBe(400);
    expect(JSON.parse(response.body ?? '')).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'behaviors[0].name',
    });
    expect(reported).toEqual([]);
  });

  it('answers THROTTLED with 429 and a Retry-After header when the retry time is known', () => {
    const error = new ThrottledError('over the team’s share', { retryAfterSeconds: 1.2 });

    const response = errorResponse(error, { production: true, reportUnexpected: () => undefined });

    expect(response.statusCode).toBe(429);
    expect(response.headers?.['retry-after']).toBe('2');
    expect(JSON.parse(response.body ?? '')).toMatchObject({ code: 'THROTTLED', retryAfterSeconds: 1.2 });
  });
});
