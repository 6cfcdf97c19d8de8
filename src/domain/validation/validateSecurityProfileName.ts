import type { Issues } from './checks';
import { checkString } from './checks';
import { STRING_SHAPES } from './constraints';

/** Checks a security profile name (the URI label of most operations). */
export function validateSecurityProfileName(
  issues: Issues,
  name: string,
  path = 'securityProfileName',
): void {
  checkString(issues, path, name, STRING_SHAPES.SecurityProfileName);
}
