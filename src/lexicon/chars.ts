/**
 * Character classes of UTF-16 code units, for the hand-written scans of the
 * extractors (percents, dates): each
 * code unit is classified once (by `\p{Ll}`, `\p{Lu}`, `\p{L}`, `\p{N}`) the
 * first time it is seen, so a test costs an array read, not a regex run on a
 * one-character string.
 */
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;

/** Not a letter or a number (punctuation, spaces, marks, a lone surrogate). */
export const OTHER = 1;
/** A lower-case letter. */
export const LOWER_LETTER = 2;
/** An upper-case letter. */
export const UPPER_LETTER = 3;
/**
 * Any other letter, and the letters whose case folding differs from
 * toLowerCase (`ſ`, the Kelvin sign): a word holding one is never looked up by
 * its lower-case form.
 */
export const ODD_LETTER = 4;
export const NUMBER_CLASS = 5;

const ODD = new Set([0x017f, 0x212a, 0x2126]);
/** 0: not classified yet. */
const classes = new Uint8Array(0x10000);

/**
 * The class of a code unit (OTHER, LOWER_LETTER, UPPER_LETTER, ODD_LETTER or
 * NUMBER_CLASS). NaN (past the end of a string) is OTHER, answered before the
 * table is read: a table read with a key that is not a small integer turns
 * every read of this site megamorphic (a generic lookup per character).
 */
export function classOf(code: number): number {
  if (!(code < 0x10000)) return OTHER;
  const c = classes[code];
  return c > 0 ? c : classify(code);
}

function classify(code: number): number {
  const ch = String.fromCharCode(code);
  let c: number;
  if (ODD.has(code)) c = ODD_LETTER;
  else if (LOWER.test(ch)) c = LOWER_LETTER;
  else if (UPPER.test(ch)) c = UPPER_LETTER;
  else if (LETTER.test(ch)) c = ODD_LETTER;
  else c = NUMBER.test(ch) ? NUMBER_CLASS : OTHER;
  classes[code] = c;
  return c;
}

export const isDigitCode = (code: number) => code >= 48 && code <= 57;
/** A space or a tab. */
export const isBlankCode = (code: number) => code === 0x20 || code === 0x09;
/** `\p{L}`. */
export const isLetterCode = (code: number) => {
  const c = classOf(code);
  return c >= LOWER_LETTER && c <= ODD_LETTER;
};
/** `[\p{L}\p{N}]`: what WORD_START and WORD_END look at. */
export const isWordCode = (code: number) => classOf(code) !== OTHER;

/**
 * A test of one code unit against a one-character pattern (`/[\s,]/u`),
 * answered from a table filled the first time each unit is seen.
 */
export function codeTest(pattern: RegExp): (code: number) => boolean {
  const answers = new Uint8Array(0x10000); // 0 unknown, 1 no, 2 yes
  return (code) => {
    if (!(code < 0x10000)) return false; // NaN, past the end of a string (see classOf)
    let a = answers[code];
    if (a === 0) {
      a = pattern.test(String.fromCharCode(code)) ? 2 : 1;
      answers[code] = a;
    }
    return a === 2;
  };
}

/** `\s`. */
export const isSpaceCode = codeTest(/\s/u);

/**
 * `/\p{L}/u.test(s)` without running a pattern (which costs a call per
 * character for so large a class): a table read per code unit. A string
 * holding a surrogate (a letter outside the BMP may be a pair) is left to the pattern.
 */
export function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return LETTER.test(s);
    const c = classOf(code);
    if (c >= LOWER_LETTER && c <= ODD_LETTER) return true;
  }
  return false;
}
