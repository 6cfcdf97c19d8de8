import {
  InternalFailureException,
  InvalidRequestException,
  LimitExceededException,
  ResourceNotFoundException,
  ServiceUnavailableException,
  ThrottlingException,
  VersionConflictException,
} from '@aws-sdk/client-iot';
import { describe, expect, it } from 'vitest';
import { toDomainError } from '../../../src/adapters/iot/toDomainError';
import {
  ProfileNotFoundError,
  ThrottledError,
  UpstreamUnavailableError,
  ValidationError,
  VersionConflictError,
} from '../../../src/domain/errors';
import { errorDetails } from '../../../src/service/errorTable';

const $metadata = { httpStatusCode: 400 };

describe('toDomainError', () => {
  it('turns ResourceNotFoundException into ProfileNotFoundError for the profile asked for', () => {
    const sdkError = new ResourceNotFoundException({ message: 'nope', $metadata: { httpStatusCode: 404 } });

    const error = toDomainError(sdkError, 'team-a');

    expect(error).toBeInstanceOf(ProfileNotFoundError);
    expect(error).toMatchObject({ code: 'NOT_FOUND', securityProfileName: 'team-a', cause: sdkError });
  });

  it('turns VersionConflictException into VersionConflictError, keeping message and cause', () => {
    const sdkError = new VersionConflictException({
      message: 'version is 8',
      $metadata: { httpStatusCode: 409 },
    });

    const error = toDomainError(sdkError, 'team-a');

    expect(error).toBeInstanceOf(VersionConflictError);
    expect(error).toMatchObject({ code: 'VERSION_CONFLICT', message: 'version is 8', cause: sdkError });
  });

  it("turns the framework's InvalidRequestException into one issue per constraint, each naming its field", () => {
    const message =
      "2 validation errors detected: Value 'has space' at 'behaviors.1.member.name' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9:_-]+; " +
      "Value null at 'alertTargets.SNS.member.roleArn' failed to satisfy constraint: Member must not be null";
    const sdkError = new InvalidRequestException({ message, $metadata });

    const error = toDomainError(sdkError, 'team-a');

    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toStrictEqual([
      {
        path: 'behaviors[0].name',
        message:
          "Value 'has space' at 'behaviors.1.member.name' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9:_-]+",
      },
      {
        path: 'alertTargets.SNS.roleArn',
        message:
          "Value null at 'alertTargets.SNS.member.roleArn' failed to satisfy constraint: Member must not be null",
      },
    ]);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', cause: sdkError });
  });

  it("places Device Defender's message about a named behavior in the request that was sent", () => {
    const message =
      'Behavior Authorization is malformed. consecutiveDatapointsToAlarm 100000 should be in range[1,10]';
    const sdkError = new InvalidRequestException({ message, $metadata });
    const sent = { behaviors: [{ name: 'CellularBandwidth' }, { name: 'Authorization' }] };

    const details = errorDetails(toDomainError(sdkError, 'team-a', sent) as ValidationError);

    expect(details).toStrictEqual({
      code: 'BAD_USER_INPUT',
      field: 'behaviors[1].criteria.consecutiveDatapointsToAlarm',
      issues: [{ path: 'behaviors[1].criteria.consecutiveDatapointsToAlarm', message }],
    });
  });

  it('names no field when IoT names none: the issue is about the whole request', () => {
    const sdkError = new InvalidRequestException({ message: 'Something is wrong', $metadata });

    const details = errorDetails(toDomainError(sdkError, 'team-a') as ValidationError);

    expect(details).toStrictEqual({
      code: 'BAD_USER_INPUT',
      issues: [{ path: '', message: 'Something is wrong' }],
    });
  });

  it("turns ThrottlingException into ThrottledError with a fixed message, AWS's text kept in the cause", () => {
    const sdkError = new ThrottlingException({
      message: 'Rate exceeded for account 123456789012',
      $metadata,
    });

    const error = toDomainError(sdkError, 'team-a');

    expect(error).toBeInstanceOf(ThrottledError);
    expect(error).toMatchObject({
      code: 'THROTTLED',
      message: 'AWS IoT is throttling requests to security profiles; try again in a few seconds.',
      cause: sdkError,
    });
  });

  it.each([
    [
      'InternalFailureException',
      new InternalFailureException({ message: 'boom', $metadata: { httpStatusCode: 500 } }),
    ],
    [
      'ServiceUnavailableException',
      new ServiceUnavailableException({ message: 'down', $metadata: { httpStatusCode: 503 } }),
    ],
    [
      'an unmodelled 502',
      Object.assign(new Error('Bad Gateway'), { name: 'Unknown', $metadata: { httpStatusCode: 502 } }),
    ],
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }),
    ],
    ['a reset connection', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })],
    ['an SDK timeout', Object.assign(new Error('request socket timed out'), { name: 'TimeoutError' })],
  ])(
    'turns %s into UpstreamUnavailableError with a fixed message, the detail kept in the cause',
    (_what, sdkError) => {
      const error = toDomainError(sdkError, 'team-a');

      expect(error).toBeInstanceOf(UpstreamUnavailableError);
      expect(error).toMatchObject({
        code: 'UPSTREAM_UNAVAILABLE',
        message: 'AWS IoT could not be reached or failed to answer; try again shortly.',
        cause: sdkError,
      });
      expect((error as Error).message).not.toContain(sdkError.message);
    },
  );

  it.each([
    [
      'an unexpected IoT error',
      new LimitExceededException({ message: 'limit', $metadata: { httpStatusCode: 410 } }),
    ],
    ['a programming error', new TypeError('x is undefined')],
    ['a thrown non-error', 'a string'],
  ])('returns %s unchanged, to surface as an internal error', (_what, thrown) => {
    const error = toDomainError(thrown, 'team-a');

    expect(error).toBe(thrown);
  });
});
