/**
 * Java's POSIX character classes, which IoT's (Java) service framework reads
 * as ASCII: `java.util.regex.Pattern` gives `\p{Graph}` the POSIX meaning unless
 * UNICODE_CHARACTER_CLASS is set. JavaScript has no such names; each becomes
 * the ASCII ranges it stands for.
 */
const POSIX_CLASSES: Readonly<Record<string, string>> = {
  Lower: 'a-z',
  Upper: 'A-Z',
  ASCII: '\\x00-\\x7F',
  Alpha: 'a-zA-Z',
  Digit: '0-9',
  Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`{-~',
  Graph: '!-~',
  Print: ' -~',
  Blank: ' \\t',
  Cntrl: '\\x00-\\x1F\\x7F',
  XDigit: '0-9a-fA-F',
  Space: ' \\t\\n\\x0B\\f\\r',
};

/**
 * Compiles a model pattern as IoT's framework applies it: the whole value must
 * match (the model's patterns are unanchored; the framework full-matches them,
 * as AWS's own messages show for a key that only contains legal characters),
 * with Java's semantics for POSIX classes.
 */
export function compileJavaPattern(pattern: string): RegExp {
  let source = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern[i];
    if (char === '\\') {
      const posix = /^\\p\{(\w+)\}/.exec(pattern.slice(i));
      const ranges = posix?.[1] === undefined ? undefined : POSIX_CLASSES[posix[1]];
      if (posix && ranges !== undefined) {
        source += inClass ? ranges : `[${ranges}]`;
        i += posix[0].length - 1;
      } else {
        source += pattern.slice(i, i + 2);
        i += 1;
      }
      continue;
    }
    if (char === '[') inClass = true;
    if (char === ']') inClass = false;
    source += char;
  }
  return new RegExp(`^(?:${source})$`, 'u');
}
