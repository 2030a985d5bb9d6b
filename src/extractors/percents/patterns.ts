/**
 * Patterns of the percents kind, compiled once. The scan anchors on the
 * figure (`45,4%`, `70,98 %`, `15 phần trăm`); what stands before it (a pair
 * or range partner, a change verb, a qualifier) is read from a short window
 * with end-anchored patterns, so each figure costs a bounded amount of work;
 * those patterns run only when the window ends with one of their words (LastWordGate).
 */
import { NUMBER, NUMBER_SOURCE } from '../../numbers/number.js';
import { WORD_END, WORD_START, alternation } from '../../lexicon/regex.js';
import { CHANGE_MODIFIERS, CHANGE_VERBS, GROWTH_RATE_NOUNS, QUALIFIERS } from './constants.js';
import { LastWordGate } from './word-scan.js';

/** How much text before a figure the end-anchored patterns look at. */
export const WINDOW = 60;

const SIGN_SOURCE = `%|phần +trăm${WORD_END}`;

/**
 * The per-cent words (the sign `%` is found by indexOf), sticky: tried only
 * where SIGN_WORD_MARKS occur (see percents/index.ts Signs).
 */
export const SIGN_WORDS = new RegExp(`phần +trăm${WORD_END}`, 'iuy');
/**
 * The third character of every match of SIGN_WORDS, in either case, after
 * `ph` (under `iu` only `p`/`P` and `h`/`H` fold to those letters and only `ầ`
 * and `Ầ` to `ầ`). V8 cannot skip ahead in a case-insensitive Unicode pattern;
 * indexOf of one character is fast, and the character is rare enough.
 */
export const SIGN_WORD_MARKS = ['ầ', 'Ầ'] as const;

/** A figure and its per-cent sign or word, tried at a digit before a sign. Groups: number, sign. */
export const PERCENT = new RegExp(`(?<number>${NUMBER}) {0,2}(?<sign>${SIGN_SOURCE})`, 'iuy');

/**
 * The first figure of a pair or compact range right before a figure: `5,2/`
 * or `0,8-` or `10 - `. Tried only on a window that ends like one (mayEndWithPartner).
 */
export const PARTNER_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}/.,\\-–])(?<number>${NUMBER_SOURCE})(?: ?(?<sep>/)| ?(?<dash>[-–]) ?)$`, 'u',
);

const isSpace = (code: number) => code === 0x20;

/** A qualifier right before the figure: `trên 12`, `hơn 94`. */
export const QUALIFIER_BEFORE = new LastWordGate(
  new RegExp(`${WORD_START}(?<q>${alternation(QUALIFIERS)}) +$`, 'iuy'),
  QUALIFIERS,
  isSpace,
);

/**
 * A change verb before the figure, with only modifiers in between:
 * `tăng 26`, `giảm bình quân hàng năm 14,82`, `tăng trên 5`. Group `before`
 * catches a growth-rate noun (`tốc độ tăng trưởng`), which makes it a level.
 */
export const CHANGE_BEFORE = new LastWordGate(
  new RegExp(
    `(?:(?<rate>${alternation(GROWTH_RATE_NOUNS)}) +)?${WORD_START}(?<verb>${alternation(Object.keys(CHANGE_VERBS))})(?: +${alternation(CHANGE_MODIFIERS)}${WORD_END})* +$`,
    'iuy',
  ),
  [...GROWTH_RATE_NOUNS, ...Object.keys(CHANGE_VERBS), ...CHANGE_MODIFIERS],
  isSpace,
);

/** Whether a window may end with PARTNER_BEFORE: in `/`, `-`, `–`, or one of the dashes and a space. */
export function mayEndWithPartner(window: string): boolean {
  let last = window.charCodeAt(window.length - 1);
  if (last === 0x20) last = window.charCodeAt(window.length - 2);
  return last === 0x2f || last === 0x2d || last === 0x2013;
}
