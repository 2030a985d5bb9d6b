/**
 * Helpers that turn word lists (data) into regex source. Vietnamese letters are
 * outside \w, so boundaries are built from \p{L}\p{N}, never \b or \W.
 */
import XRegExp from 'xregexp';

/** Not preceded by a letter or digit. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
/** Not followed by a letter or digit. */
export const WORD_END = '(?![\\p{L}\\p{N}])';

/**
 * An alternation of literal words, longest first so that "nghìn tỷ" wins over
 * "nghìn". Spaces inside a word match one or more spaces.
 */
export function alternation(words: readonly string[]): string {
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return `(?:${unique.map((w) => XRegExp.escape(w).replace(/(?:\\ | )+/g, ' +')).join('|')})`;
}

/** A whole-word alternation: the words, bounded by non-letters on both sides. */
export function wordAlternation(words: readonly string[]): string {
  return `${WORD_START}${alternation(words)}${WORD_END}`;
}

/**
 * Compile composed sub-patterns once: `{{name}}` in `pattern` is replaced by
 * the sub-pattern of that name (XRegExp.build). Flags default to global,
 * Unicode-aware, case-sensitive.
 */
export function compile(pattern: string, subs: Record<string, string | RegExp> = {}, flags = 'gu'): RegExp {
  return XRegExp.build(pattern, subs, flags);
}
