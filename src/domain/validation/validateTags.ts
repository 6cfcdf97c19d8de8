import type { ValidationIssue } from '../errors';
import { at, checkString, quote, report, type Issues } from './checks';
import { LIST_LIMITS, STRING_SHAPES } from './constraints';

/** A resource tag as IoT's JSON spells it (capitalised `Key`/`Value`). */
export interface Tag {
  Key: string;
  Value?: string;
}

/**
 * Checks tags given in one request: key and value shapes, the reserved `aws:`
 * prefix, no key twice, and the 50-tags-per-resource limit.
 */
export function validateTags(tags: Tag[], path = 'tags'): ValidationIssue[] {
  const issues: Issues = [];
  const seen = new Set<string>();
  tags.forEach((tag, index) => {
    const keyPath = at(at(path, index), 'Key');
    checkTagKey(issues, keyPath, tag.Key);
    if (tag.Value !== undefined)
      checkString(issues, at(at(path, index), 'Value'), tag.Value, STRING_SHAPES.TagValue);
    if (seen.has(tag.Key)) {
      report(issues, keyPath, `duplicates an earlier tag key ${quote(tag.Key)}`, 'uniqueTagKeys');
    }
    seen.add(tag.Key);
  });
  if (seen.size > LIST_LIMITS.tagsPerResource) {
    report(
      issues,
      path,
      `holds ${seen.size} tags; a resource allows at most ${LIST_LIMITS.tagsPerResource}`,
      'reservedTagPrefix',
    );
  }
  return issues;
}

/** Checks one tag key (also used for UntagResource's `tagKeys`). */
export function checkTagKey(issues: Issues, path: string, key: string): void {
  const before = issues.length;
  checkString(issues, path, key, STRING_SHAPES.TagKey);
  if (issues.length === before && key.toLowerCase().startsWith('aws:')) {
    report(issues, path, `the aws: prefix is reserved for AWS (got ${quote(key)})`, 'reservedTagPrefix');
  }
}
