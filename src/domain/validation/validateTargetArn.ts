import type { ValidationIssue } from '../errors';

// The partition, region and account are left to IoT and the team policy: the gateway is not told its own.
const TARGET =
  /^arn:aws[a-z-]*:iot:[a-z0-9-]+:\d{12}:(thinggroup\/[a-zA-Z0-9:_-]{1,128}|all\/(things|registered-things|unregistered-things))$/;

/** Checks a security profile target ARN: a thing group's, or one of the three account-wide targets. */
export function validateTargetArn(arn: string, path = 'securityProfileTargetArn'): ValidationIssue[] {
  if (TARGET.test(arn)) return [];
  return [
    {
      path,
      message: `'${arn}' is not a security profile target: expected arn:aws:iot:<region>:<account>:thinggroup/<name> or …:all/things, …:all/registered-things, …:all/unregistered-things`,
      rule: 'targetArnForm',
    },
  ];
}
