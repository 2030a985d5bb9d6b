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
  return `(?:${unique.map((w) => w.split(/ +/).map((part) => XRegExp.escape(part)).join(' +')).join('|')})`;
}

/** A whole-word alternation: the words, bounded by non-letters on both sides. */
export function wordAlternation(words: readonly string[]): string {
  return `${WORD_START}${alternation(words)}${WORD_END}`;
}

/**
 * Compile a composed pattern once: each `{{name}}` slot in `pattern` is filled
 * with the sub-pattern of that name, wrapped in a non-capturing group. Native
 * RegExp (not XRegExp.build), so that named groups survive `exec` and `\p{L}`
 * stays a Unicode property instead of a huge expanded class. Flags default to
 * global and Unicode-aware.
 */
export function compile(pattern: string, subs: Record<string, string> = {}, flags = 'gu'): RegExp {
  return new RegExp(
    pattern.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
      if (!(name in subs)) throw new Error(`compile: no sub-pattern named ${name}`);
      return `(?:${subs[name]})`;
    }),
    flags,
  );
}

/**
 * Whether the global `pattern` matches somewhere in `s` where the sticky
 * `boundary` (a zero-width look-behind such as `(?<![\p{L}\p{N}])`) holds at
 * the match's start. A pattern that opens with a look-behind is tried by V8
 * at every position; scanning for the pattern alone and confirming the
 * boundary at each hit finds the same matches much faster.
 */
export function matchesAtBoundary(s: string, pattern: RegExp, boundary: RegExp): boolean {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(s); m !== null; m = pattern.exec(s)) {
    boundary.lastIndex = m.index;
    if (boundary.test(s)) return true;
    pattern.lastIndex = m.index + 1;
  }
  return false;
}
