import { describe, expect, it } from 'vitest';
import { requestMetaFromEvent } from '../../../src/adapters/identity/requestMetaFromEvent';
import { loadEventFixture } from '../../fixtures/events/loadEventFixture';

describe('requestMetaFromEvent', () => {
  it('takes the API Gateway request id, the Lambda request id, the source IP and the user agent', () => {
    const event = loadEventFixture('cognitoGroups');

    const meta = requestMetaFromEvent(event, { awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e812345678' });

    expect(meta).toEqual({
      apiRequestId: 'ZtPqmjXFoAMEVbQ=',
      lambdaRequestId: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
      sourceIp: '198.51.100.23',
      userAgent: 'team-a-deployer/1.4.0',
    });
  });

  it('leaves out an empty user agent rather than recording ""', () => {
    const event = loadEventFixture('noAuthorizer');
    event.requestContext.http.userAgent = '';

    const meta = requestMetaFromEvent(event, { awsRequestId: 'req-1' });

    expect(meta).not.toHaveProperty('userAgent');
    expect(meta.sourceIp).toBe('192.0.2.200');
  });
});
