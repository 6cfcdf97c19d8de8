import { string, struct, withSchema } from '../iotJson/decode';
import { behaviors } from '../iotJson/decodeShapes';
import type { Behavior } from '../domain/securityProfile';

/** The body of `PUT|DELETE /security-profiles/{name}/targets`, when the ARN is not in the query. */
export const decodeTargetBody = withSchema(
  struct<{ securityProfileTargetArn?: string }>({ securityProfileTargetArn: string }),
  { title: 'SecurityProfileTargetRequest' },
);

/** The body of `POST /security-profiles/{name}/restore`: which event to restore the profile to. */
export const decodeRestoreBody = withSchema(
  struct<{ auditEventId: string }>({ auditEventId: string }, ['auditEventId']),
  { title: 'RestoreSecurityProfileRequest' },
);

/** The body of `POST /security-profiles/validate-behaviors`, as IoT's ValidateSecurityProfileBehaviors takes it. */
export const decodeValidateBehaviorsBody = withSchema(
  struct<{ behaviors: Behavior[] }>({ behaviors }, ['behaviors']),
  { title: 'ValidateSecurityProfileBehaviorsRequest' },
);
