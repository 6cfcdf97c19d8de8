/** A resource tag as IoT's JSON spells it (capitalised `Key`/`Value`). */
export interface Tag {
  Key: string;
  Value?: string;
}

/** "Maximum number of tags per resource: 50" (IoT tagging guide). */
export const MAX_TAGS_PER_RESOURCE = 50;

/**
 * The `aws:` prefix is reserved for AWS's own tags (IoT tagging guide), in
 * TagResource and UntagResource as in a create. A key given twice keeps the
 * last value: AWS says nothing of refusing it.
 */
export function reservedKeyProblems(keys: readonly string[]): string[] {
  return keys
    .filter((key) => key.toLowerCase().startsWith('aws:'))
    .map((key) => `Tag key ${key} is reserved: the aws: prefix is for AWS's own tags`);
}

/** The tags of a create: no reserved key, at most 50 keys. */
export function checkTags(tags: readonly Tag[]): string[] {
  const problems = reservedKeyProblems(tags.map((tag) => tag.Key));
  const keys = new Set(tags.map((tag) => tag.Key)).size;
  if (keys > MAX_TAGS_PER_RESOURCE) {
    problems.push(`tags: ${keys} tags given; a resource allows at most ${MAX_TAGS_PER_RESOURCE}`);
  }
  return problems;
}
