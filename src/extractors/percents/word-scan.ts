/**
 * Running word-list patterns only where they may match. V8 cannot skip ahead
 * in a pattern that opens with a look-behind and a long alternation of words,
 * so a plain `exec` tries every alternative at every character, and an
 * end-anchored pattern (`… +$`) is tried from every character of its window.
 * WordStartScan finds the word starts with a cheap walk (or, when every match
 * opens with a word, jumps between the places its opening syllables occur)
 * and runs at each only the alternatives that may open there; LastWordGate
 * tries a sticky end-anchored pattern only at the syllables of the run of its
 * words that ends the window (usually none or one); FirstWordGate runs a
 * `^`-anchored pattern only when the text opens with one of its words. Each
 * returns exactly what the pattern alone would: the word lists given to them
 * must cover every way a match can open (or end), as their constructors say.
 */
import { alternation } from '../../lexicon/regex.js';
import { LOWER_LETTER, NUMBER_CLASS, ODD_LETTER, OTHER, UPPER_LETTER, classOf, isDigitCode, isLetterCode } from '../../lexicon/chars.js';

/** A syllable in lower case and capitalised: what a plain word is looked up as. */
function spellings(syllable: string): string[] {
  const lower = syllable.toLowerCase();
  return [lower, lower.charAt(0).toUpperCase() + lower.slice(1)];
}
const syllablesOf = (phrase: string) => phrase.trim().split(/ +/);

/** Syllables (each with a value), looked up in a text without cutting the word out of it. */
class Syllables<T = true> {
  /** The syllables and their values, grouped by first code unit (`buckets`). */
  private readonly entries: { syllable: string; value: T }[][] = [];
  /** By first code unit: 1 + the index in `entries` of the syllables that start with it, or 0 (a table read, no hashing). */
  private readonly bucketOf = new Uint8Array(0x10000);

  constructor(entries: Iterable<[string, T]>) {
    for (const [syllable, value] of entries) {
      if (syllable.length === 0) continue; // never looked up: get() is asked about non-empty runs
      const first = syllable.charCodeAt(0);
      const index = this.bucketOf[first];
      if (index === 0) {
        if (this.entries.length >= 255) throw new Error('Syllables: too many first letters');
        this.entries.push([{ syllable, value }]);
        this.bucketOf[first] = this.entries.length;
      } else {
        const bucket = this.entries[index - 1];
        if (!bucket.some((e) => e.syllable === syllable)) bucket.push({ syllable, value });
      }
    }
  }

  /** The value of s[start, end) when it is one of the syllables. */
  get(s: string, start: number, end: number): T | undefined {
    const first = s.charCodeAt(start);
    const index = first < 0x10000 ? this.bucketOf[first] : 0; // NaN past the end (see classOf)
    if (index === 0) return undefined;
    const bucket = this.entries[index - 1];
    const length = end - start;
    for (let k = 0; k < bucket.length; k++) {
      const { syllable, value } = bucket[k];
      if (syllable.length !== length) continue;
      let i = 1;
      while (i < length && syllable.charCodeAt(i) === s.charCodeAt(start + i)) i++;
      if (i === length) return value;
    }
    return undefined;
  }

  *syllables(): IterableIterator<string> {
    for (const bucket of this.entries) for (const { syllable } of bucket) yield syllable;
  }
}

const setOf = (syllables: readonly string[]) => new Syllables(syllables.map((syllable): [string, true] => [syllable, true]));

/** Whether s[start, end), a run of letters, is plain: lower-case letters, the first maybe a capital. */
function isPlain(s: string, start: number, end: number): boolean {
  const first = classOf(s.charCodeAt(start));
  if (first !== LOWER_LETTER && first !== UPPER_LETTER) return false;
  for (let i = start + 1; i < end; i++) if (classOf(s.charCodeAt(i)) !== LOWER_LETTER) return false;
  return true;
}

/**
 * Whether s[start, end), a run of letters, may be one of `words` in any case:
 * a plain word is looked up; any other (`ĐẠT`, an unusual letter) is left to the pattern.
 */
function mayBeOneOf(words: Syllables, s: string, start: number, end: number): boolean {
  return !isPlain(s, start, end) || words.get(s, start, end) !== undefined;
}

/** One alternative of a WordStartScan pattern, and where its matches may start. */
export interface ScanPart {
  source: string;
  /** Words a match may open with (their first syllable, in any case; the pattern has the `i` flag). */
  opens?: readonly string[];
  /** A match may open with an ASCII digit. */
  digit?: boolean;
  /** A match may open with `(`. */
  bracket?: boolean;
}

export class WordStartScan {
  /** The pattern for each set of parts, by the parts' indices. */
  private readonly patterns = new Map<string, RegExp | null>();
  private readonly atBracket: RegExp | null;
  private readonly atDigit: RegExp | null;
  /** Where no opening word is recognised (an unusual spelling): every part that opens with a word. */
  private readonly atAnyWord: RegExp | null;
  private readonly atWord: Syllables<RegExp | null>;
  /**
   * When no part opens with a digit or `(`: the opening syllables as plain
   * substrings (no look-behind, so V8 finds them fast), to jump from one to the next.
   */
  private readonly openings: RegExp | null;
  /** When every part opens with a word (`first` looks only where these occur): the opening syllables as spelt; else empty. */
  readonly openingSpellings: readonly string[];

  /**
   * The alternatives, in order, of one pattern with flags `flags` (sticky is
   * added). Every match of a part must start where it says: at `(`, at an
   * ASCII digit, or at one of its opening words, always at a word start (not
   * after a letter or a number), a word being followed by something not a
   * letter. Then `first(s, from)` returns exactly what the whole pattern, not
   * sticky, would return from `exec(s)` at lastIndex `from`: at each possible start only the
   * parts that may match there are tried, in their order.
   */
  constructor(
    private readonly parts: readonly ScanPart[],
    private readonly flags: string,
  ) {
    this.atBracket = this.patternOf(parts.flatMap((part, i) => (part.bracket ? [i] : [])));
    this.atDigit = this.patternOf(parts.flatMap((part, i) => (part.digit ? [i] : [])));
    this.atAnyWord = this.patternOf(parts.flatMap((part, i) => (part.opens ? [i] : [])));
    const byOpening = new Map<string, number[]>();
    parts.forEach((part, i) => {
      for (const word of part.opens ?? []) {
        for (const spelling of spellings(syllablesOf(word)[0])) {
          const indices = byOpening.get(spelling) ?? [];
          if (!indices.includes(i)) indices.push(i);
          byOpening.set(spelling, indices);
        }
      }
    });
    const onlyWords = parts.every((part) => !part.digit && !part.bracket);
    this.openings = onlyWords ? new RegExp(alternation([...byOpening.keys()]), `${flags}g`) : null;
    this.openingSpellings = onlyWords ? [...byOpening.keys()] : [];
    this.atWord = new Syllables([...byOpening].map(([spelling, indices]): [string, RegExp | null] => [spelling, this.patternOf(indices.sort((x, y) => x - y))]));
  }

  private patternOf(indices: number[]): RegExp | null {
    const key = indices.join(',');
    let pattern = this.patterns.get(key);
    if (pattern === undefined) {
      pattern = indices.length === 0 ? null : new RegExp(indices.map((i) => this.parts[i].source).join('|'), `${this.flags}y`);
      this.patterns.set(key, pattern);
    }
    return pattern;
  }

  /** The first match starting at or after `from` (what a global copy would give from lastIndex `from`). */
  first(s: string, from = 0): RegExpExecArray | null {
    return this.openings ? this.firstAtOpenings(this.openings, s, from) : this.firstAtWords(s, from);
  }

  /** `first` when every match opens with a word: only where an opening syllable occurs. */
  private firstAtOpenings(openings: RegExp, s: string, from: number): RegExpExecArray | null {
    const n = s.length;
    openings.lastIndex = from;
    for (let found = openings.exec(s); found; found = openings.exec(s)) {
      const p = found.index;
      openings.lastIndex = p + 1; // occurrences may overlap
      if (p > 0 && classOf(s.charCodeAt(p - 1)) !== OTHER) continue; // not a word start
      const kind = classOf(s.charCodeAt(p));
      let plain = kind === LOWER_LETTER || kind === UPPER_LETTER;
      let next = p + 1;
      for (; next < n; next++) {
        const k = classOf(s.charCodeAt(next));
        if (k === LOWER_LETTER) continue;
        if (k === OTHER || k === NUMBER_CLASS) break;
        plain = false;
      }
      const pattern = plain ? (this.atWord.get(s, p, next) ?? null) : this.atAnyWord;
      if (pattern !== null) {
        pattern.lastIndex = p;
        const m = pattern.exec(s);
        if (m) return m;
      }
    }
    return null;
  }

  /** `first` by a walk over the word starts. */
  private firstAtWords(s: string, from: number): RegExpExecArray | null {
    const n = s.length;
    let p = from;
    while (p < n) {
      const code = s.charCodeAt(p);
      const kind = classOf(code);
      let pattern: RegExp | null = null;
      let next = p + 1;
      if (kind === OTHER) {
        if (code === 0x28) pattern = this.atBracket;
      } else if (kind === NUMBER_CLASS) {
        if (isDigitCode(code)) pattern = this.atDigit;
      } else {
        // a word start: read its letters (plain: lower-case, the first maybe a capital)
        let plain = kind !== ODD_LETTER;
        for (; next < n; next++) {
          const k = classOf(s.charCodeAt(next));
          if (k === LOWER_LETTER) continue;
          if (k === OTHER || k === NUMBER_CLASS) break;
          plain = false;
        }
        pattern = plain ? (this.atWord.get(s, p, next) ?? null) : this.atAnyWord;
      }
      if (pattern !== null) {
        pattern.lastIndex = p;
        const m = pattern.exec(s);
        if (m) return m;
      }
      // no match starts inside a word: skip the rest of its letters and numbers
      if (kind !== OTHER) while (next < n && classOf(s.charCodeAt(next)) !== OTHER) next++;
      p = next;
    }
    return null;
  }
}

/**
 * Whether one of several WordStartScans whose parts all open with words may
 * find a match in `s` or in any part of it: `test(s)` is false when none of
 * their opening syllables occurs in `s` as a substring, in any case (one
 * pattern run instead of one per scanner; a scanner matches only where its
 * opening syllable occurs).
 */
export class AnyOpening {
  private readonly pattern: RegExp;

  constructor(scanners: readonly WordStartScan[]) {
    const spellings = new Set<string>();
    for (const scanner of scanners) {
      if (scanner.openingSpellings.length === 0) throw new Error('AnyOpening: a scanner may match without an opening word');
      for (const spelling of scanner.openingSpellings) spellings.add(spelling);
    }
    this.pattern = new RegExp(alternation([...spellings]), 'iu');
  }

  test(s: string): boolean {
    return this.pattern.test(s);
  }
}

export class LastWordGate {
  private readonly syllables: Syllables;

  /**
   * `pattern` must be sticky and anchored at the end (`$`), and every match
   * of it must be made of whole syllables of `words` (in any case; the
   * pattern has the `i` flag) separated by spaces, followed only by
   * characters that pass `after` (spaces, say) up to the end. Then `exec(s)`
   * returns exactly what a non-sticky copy of the pattern would: the match
   * starts at one of the syllables of the run of such syllables that ends `s`,
   * so only those are tried, leftmost first.
   */
  constructor(
    private readonly pattern: RegExp,
    words: readonly string[],
    private readonly after: (code: number) => boolean,
  ) {
    if (!pattern.sticky) throw new Error('LastWordGate: the pattern must be sticky');
    this.syllables = setOf(words.flatMap((w) => syllablesOf(w).flatMap(spellings)));
    for (const syllable of this.syllables.syllables()) {
      if (!/^\p{L}+$/u.test(syllable)) throw new Error(`LastWordGate: not a syllable of letters: ${syllable}`);
    }
  }

  exec(s: string): RegExpExecArray | null {
    const first = this.firstSyllable(s, 0);
    if (first < 0) return null;
    // the match starts at a syllable start in [first, …): try them left to right
    const n = s.length;
    for (let p = first; p < n; ) {
      this.pattern.lastIndex = p;
      const m = this.pattern.exec(s);
      if (m) return m;
      while (p < n && isLetterCode(s.charCodeAt(p))) p++;
      while (p < n && !isLetterCode(s.charCodeAt(p))) p++;
    }
    return null;
  }

  /** `exec(s.slice(from))`, slicing only when the window s[from..] may match. */
  execFrom(s: string, from: number): RegExpExecArray | null {
    return this.firstSyllable(s, from) < 0 ? null : this.exec(s.slice(from));
  }

  /**
   * Where the run of the words' syllables that ends s[from..] (before the
   * characters that pass `after`) starts, or -1 when there is none.
   */
  private firstSyllable(s: string, from: number): number {
    let end = s.length;
    while (end > from && this.after(s.charCodeAt(end - 1))) end--;
    // walk back over the syllables of the words, separated by spaces
    let first = -1;
    for (;;) {
      let start = end;
      while (start > from && isLetterCode(s.charCodeAt(start - 1))) start--;
      if (start === end || !mayBeOneOf(this.syllables, s, start, end)) break;
      first = start;
      end = start;
      while (end > from && s.charCodeAt(end - 1) === 0x20) end--;
      if (end === start) break;
    }
    return first;
  }
}

export class FirstWordGate {
  private readonly words: Syllables;

  /**
   * `pattern` must be anchored at the start (`^`, not sticky, not global),
   * and every match of it must open with a character that passes `mark`, or
   * with the first syllable of one of `words` (in any case; the pattern has
   * the `i` flag) followed by something not a letter. Then `exec(s)` returns
   * exactly what `pattern.exec(s)` would.
   */
  constructor(
    private readonly pattern: RegExp,
    words: readonly string[],
    private readonly mark: (code: number) => boolean,
  ) {
    if (pattern.sticky || pattern.global) throw new Error('FirstWordGate: the pattern must not be sticky or global');
    this.words = setOf(words.flatMap((w) => spellings(syllablesOf(w)[0])));
  }

  exec(s: string): RegExpExecArray | null {
    if (s.length === 0) return null;
    if (!this.mark(s.charCodeAt(0))) {
      let end = 0;
      while (end < s.length && isLetterCode(s.charCodeAt(end))) end++;
      if (end === 0 || !mayBeOneOf(this.words, s, 0, end)) return null;
    }
    return this.pattern.exec(s);
  }
}

export class EarlyWordGate {
  private readonly words: Syllables;

  /**
   * `pattern` must be anchored at the start (`^`, not sticky, not global),
   * and every match of it must open with spaces (U+0020) and at most `skip`
   * runs of letters, each followed by spaces, then the first syllable of one
   * of `words` (in any case; the pattern has the `i` flag) followed by
   * something not a letter. Then `test(s)` returns what `pattern.test(s)`
   * would; the pattern runs only when one of the first `skip + 1` words of
   * `s` may be such a syllable.
   */
  constructor(
    private readonly pattern: RegExp,
    words: readonly string[],
    private readonly skip: number,
  ) {
    if (pattern.sticky || pattern.global) throw new Error('EarlyWordGate: the pattern must not be sticky or global');
    this.words = setOf(words.flatMap((w) => spellings(syllablesOf(w)[0])));
  }

  test(s: string): boolean {
    const n = s.length;
    let i = 0;
    while (i < n && s.charCodeAt(i) === 0x20) i++;
    for (let word = 0; word <= this.skip; word++) {
      const start = i;
      while (i < n && isLetterCode(s.charCodeAt(i))) i++;
      // 0 at the end, as NaN would (no read past the end: V8 compiles charCodeAt for in-bounds reads and recompiles after one)
      const code = i < n ? s.charCodeAt(i) : 0;
      if (code >= 0xd800 && code <= 0xdfff) return this.pattern.test(s); // a letter beyond the BMP: the pattern reads it
      if (i === start) return false;
      if (mayBeOneOf(this.words, s, start, i)) return this.pattern.test(s);
      if (code !== 0x20) return false;
      while (i < n && s.charCodeAt(i) === 0x20) i++;
    }
    return false;
  }
}

/** Whitespace other than single spaces: what collapseSpaces has to rewrite. */
const SPACE_TO_COLLAPSE = /\s\s|[^\S ]/u;
/** Runs of whitespace as one space (a phrase as written, on one line). */
export const collapseSpaces = (s: string) => (SPACE_TO_COLLAPSE.test(s) ? s.replace(/\s+/g, ' ') : s);

const keys = new Map<string, string>();
/** A matched word or phrase as a key of a word table: lower case, single spaces (remembered). */
export function wordKey(matched: string): string {
  let key = keys.get(matched);
  if (key === undefined) {
    if (keys.size > 1024) keys.clear();
    key = matched.toLowerCase().replace(/\s+/g, ' ');
    keys.set(matched, key);
  }
  return key;
}
