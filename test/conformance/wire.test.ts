import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from './support/testEmulator';

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator({ seedDemo: true });
});
afterAll(async () => t.close());

const BIG_COUNT = '9223372036854775807';
const bigBody = `{"behaviors":[{"name":"Big","metric":"aws:num-messages-sent","criteria":{"comparisonOperator":"less-than","value":{"count":${BIG_COUNT}},"durationSeconds":300}}]}`;

describe('the restJson1 wire format', () => {
  it.each([
    ['a success', 'GET', '/security-profiles/PossibleIssue'],
    ['a modelled error', 'GET', '/security-profiles/Missing'],
    ['an unknown operation', 'GET', '/things'],
    ['the control endpoint', 'GET', '/__emulator/faults'],
  ])('sends x-amzn-RequestId on %s', async (_label, method, path) => {
    const response = await t.raw(method, path);

    expect(response.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends errors with the bare shape name in x-amzn-ErrorType, the modelled status and a lower-case message', async () => {
    const response = await t.raw('GET', '/security-profiles/Missing');

    expect(response.status).toBe(404);
    expect(response.headers.get('x-amzn-errortype')).toBe('ResourceNotFoundException');
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.json).toEqual({ message: 'Security profile Missing does not exist' });
  });

  it('answers a method and path of no modelled operation with 404 UnknownOperationException', async () => {
    const response = await t.raw('POST', '/security-profiles');

    expect(response.status).toBe(404);
    expect(response.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
  });

  it('writes timestamps as epoch-second JSON numbers', async () => {
    const response = await t.raw('GET', '/security-profiles/TeamBBaseline');

    expect(typeof response.json?.creationDate).toBe('number');
    expect(typeof response.json?.lastModifiedDate).toBe('number');
    expect(response.text).toMatch(/"creationDate":\d+(\.\d+)?[,}]/);
  });

  it('keeps a 64-bit count exact from request to response (2^63-1)', async () => {
    await t.raw('POST', '/security-profiles/BigCount', '{}');

    const updated = await t.raw('PATCH', '/security-profiles/BigCount?expectedVersion=1', bigBody);
    const described = await t.raw('GET', '/security-profiles/BigCount');

    expect(updated.status).toBe(200);
    expect(updated.text).toContain(`"count":${BIG_COUNT}`);
    expect(described.text).toContain(`"count":${BIG_COUNT}`);
  });

  it('reads expectedVersion from the query string as a decimal long', async () => {
    await t.raw('POST', '/security-profiles/Versioned', '{}');

    const conflict = await t.raw(
      'PATCH',
      '/security-profiles/Versioned?expectedVersion=9007199254740993',
      '{}',
    );
    const accepted = await t.raw('PATCH', '/security-profiles/Versioned?expectedVersion=1', '{}');

    expect(conflict.headers.get('x-amzn-errortype')).toBe('VersionConflictException');
    expect(accepted.json?.version).toBe(2);
  });

  it('percent-decodes URI labels', async () => {
    const created = await t.raw('POST', '/security-profiles/a%3Ab', '{}');

    expect(created.json).toEqual({
      securityProfileName: 'a:b',
      securityProfileArn: 'arn:aws:iot:us-east-1:123456789012:securityprofile/a:b',
    });
  });

  it('accepts an update with no body at all, like a request with no members', async () => {
    await t.raw('POST', '/security-profiles/NoBody');

    const response = await t.raw('PATCH', '/security-profiles/NoBody');

    expect(response.status).toBe(200);
    expect(response.json?.version).toBe(2);
  });
});
