/**
 * Compiled patterns of the ratios extractor, built once from ./constants.ts.
 * The scan anchors on the `/` of `X/Y` (FRACTION is tried sticky at the
 * starts of the number before it, see ./index.ts); everything else is sticky at a known position
 * or tested on a short window before it, so the scan is linear.
 */
import { alternation, WORD_END, WORD_START } from '../../lexicon/regex.js';
import { BOUND_SYLLABLES, COUNTED_NOUNS, NOT_AFTER, NOT_COUNTED } from './constants.js';

const INTEGER = '\\d{1,3}(?:\\.\\d{3})+|\\d+';

/**
 * `X/Y` of two integers, not inside a longer run: not after a letter, a digit,
 * or a digit and `.`, `,`, `/`, `-` (`5,2/6`, `1/1/1`, `12-14/10`), and not
 * followed by another separator and digit (`30/8/2020`, `3/9.5`).
 */
export const FRACTION = new RegExp(
  `(?<![\\p{L}\\p{N}]|\\p{N}[.,/\\-–])(?<numerator>${INTEGER})/(?<denominator>${INTEGER})(?![.,/\\-–]?\\p{N})(?![/\\-–]?\\p{L})`,
  'yu',
);

/** A counted noun from the list, right after the fraction (longest first; `Đảng bộ` too). */
export const KNOWN_NOUN = new RegExp(` +(?<unit>${alternation(COUNTED_NOUNS)})${WORD_END}`, 'yiu');

/** The word after the fraction (any case), and the one after it. */
export const NEXT_WORDS = /[ ]+(?<first>\p{L}[\p{L}\p{M}]*)(?: (?<second>\p{Ll}[\p{L}\p{M}]*))?/uy;
export const LOWER_START = /^\p{Ll}/u;

export const NOT_COUNTED_WORDS = new Set(NOT_COUNTED.map((w) => w.toLowerCase()));
export const BOUND = new Set(BOUND_SYLLABLES);

/** A word before the fraction that makes it a rank, a number or a date (tested on the text before). */
export const NOT_AFTER_WORD = new RegExp(`${WORD_START}${alternation(NOT_AFTER)} *$`, 'iu');
export const WINDOW_BEFORE = 24;
