import type {
  Behavior,
  BehaviorCriteria,
  UpdateSecurityProfileRequest,
} from '../../../src/domain/securityProfile';

/** A valid rules behavior on aws:num-messages-sent; `criteria` members given replace the defaults. */
export function aBehavior(
  overrides: Partial<Behavior> = {},
  criteria: Partial<BehaviorCriteria> = {},
): Behavior {
  return {
    name: 'MessagesSent',
    metric: 'aws:num-messages-sent',
    criteria: {
      comparisonOperator: 'greater-than',
      value: { count: 100n },
      durationSeconds: 300,
      ...criteria,
    },
    ...overrides,
  };
}

/** A valid ML Detect behavior on aws:num-authorization-failures. */
export function anMlBehavior(
  overrides: Partial<Behavior> = {},
  criteria: Partial<BehaviorCriteria> = {},
): Behavior {
  return {
    name: 'AuthFailuresMl',
    metric: 'aws:num-authorization-failures',
    criteria: { mlDetectionConfig: { confidenceLevel: 'MEDIUM' }, ...criteria },
    ...overrides,
  };
}

/** A valid update request of `PossibleIssue`. */
export function anUpdateRequest(
  overrides: Partial<UpdateSecurityProfileRequest> = {},
): UpdateSecurityProfileRequest {
  return { securityProfileName: 'PossibleIssue', ...overrides };
}

/** The behaviors of the AWS CLI page's update-security-profile example. */
export const CLI_PAGE_BEHAVIORS: Behavior[] = [
  {
    name: 'CellularBandwidth',
    metric: 'aws:message-byte-size',
    criteria: {
      comparisonOperator: 'greater-than',
      value: { count: 128n },
      consecutiveDatapointsToAlarm: 1,
      consecutiveDatapointsToClear: 1,
    },
  },
  {
    name: 'Authorization',
    metric: 'aws:num-authorization-failures',
    criteria: {
      comparisonOperator: 'less-than',
      value: { count: 12n },
      durationSeconds: 300,
      consecutiveDatapointsToAlarm: 1,
      consecutiveDatapointsToClear: 1,
    },
  },
];
