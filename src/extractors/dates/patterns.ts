/**
 * Patterns of the dates kind, compiled once. Each pattern has a bounded
 * length after a digit or word anchor (spaces are `{0,3}`), so a global scan
 * is linear in the text whatever the input (`1/1/1/1…`, `9,9,9…`).
 * No logic here: the parsers in ./parsers.ts decide what a match means.
 */
import { WORD_START, alternation } from '../../lexicon/regex.js';
import {
  COUNT_BEFORE,
  DAY_WORDS,
  DAY_WORDS_IN_TEXT,
  FOLLOW_WORDS,
  MERIDIEM_AM,
  MERIDIEM_PM,
  WEAK_TRIGGERS,
  WEEKDAYS,
  YEAR_FOLLOW_WORDS,
  YEAR_TRIGGERS,
} from './constants.js';

const FLAGS = 'giu';
/** Up to three spaces or tabs: dates never span lines. */
const SP = '[ \\t]{0,3}';
const SP1 = '[ \\t]{1,3}';
const DASH = '[-–—]';
/** A number starts here: not inside a word, a number, a decimal, a fraction or a time. */
const NOT_BEFORE_NUMBER = '[\\p{L}\\p{N}.,/:]';
const NUM_START = `(?<!${NOT_BEFORE_NUMBER})`;
/** A number ends here: no letter or digit, no continuation `.5`, `/9`, `-5`, and no `/GP` (document numbers). */
const NUM_END = '(?![\\p{L}\\p{N}]|[.,/:\\-–][\\p{N}]|/\\p{L})';
const D = '\\d{1,2}';
const Y = '\\d{4}';

const named = (name: string, body: string) => `(?<${name}>${body})`;

/**
 * Where a pattern can start, found faster than by the pattern itself: the
 * global `scan` matches at most `reach` UTF-16 units after every position
 * where the pattern matches (wherever the pattern matches, a relaxed form of
 * it, or of its tail, matches there or a bounded distance on). The engine
 * (./scan.ts) runs `scan` and tries the pattern, sticky, at the positions
 * up to `reach` before each of its matches: the matches are exactly the
 * pattern's own. Several patterns may share one scan.
 *
 * Why: V8 cannot skip ahead through a text for a pattern that opens with a
 * lookbehind (the word boundary) or with a case-insensitive alternation of
 * words; it tries every position. A scan without the boundary, or anchored
 * on digits, runs 3-10x faster, and one scan serves several patterns.
 */
export interface Finder {
  scan: RegExp;
  reach: number;
}

/** A pattern led by a word boundary, and as its finder the same pattern without the boundary (dropping an assertion only widens a pattern). */
export interface LedPattern {
  pattern: RegExp;
  finder: Finder;
}

const led = (build: (boundary: string) => string): LedPattern => ({
  pattern: new RegExp(build(WORD_START), FLAGS),
  finder: { scan: new RegExp(build(''), FLAGS), reach: 0 },
});

/** `11/6/1948 - 11/6/2018`: two full dates joined by a dash. */
export const FULL_DATE_RANGE = new RegExp(
  `${NUM_START}${named('d1', D)}(?<s1>[/.\\-])${named('m1', D)}\\k<s1>${named('y1', Y)}` +
    `${SP}${DASH}${SP}` +
    `${named('d2', D)}(?<s2>[/.\\-])${named('m2', D)}\\k<s2>${named('y2', Y)}${NUM_END}`,
  FLAGS,
);

/** `12-14/10`, `12 - 14/10/2020`: days of one month. */
export const DAY_RANGE = new RegExp(
  `${NUM_START}${named('d1', D)}${SP}${DASH}${SP}${named('d2', D)}/${named('m', D)}(?:/${named('y', Y)})?${NUM_END}`,
  FLAGS,
);

/** `28/9 - 2/10`, `28/9 - 2/10/2020`: two day/month dates joined by a dash. */
export const DAY_MONTH_RANGE = new RegExp(
  `${NUM_START}${named('d1', D)}/${named('m1', D)}${SP}${DASH}${SP}${named('d2', D)}/${named('m2', D)}(?:/${named('y', Y)})?${NUM_END}`,
  FLAGS,
);

/** `ngày 10 và 11/12`, `ngày 3, 4/9/2020`: two days of one month after a day word. */
export const DAY_LIST = new RegExp(
  `${WORD_START}${alternation(DAY_WORDS)}${SP1}${named('d1', D)}(?:${SP},${SP}|${SP1}và${SP1})${named('d2', D)}/${named('m', D)}(?:/${named('y', Y)})?${NUM_END}`,
  FLAGS,
);

/** What FROM_TO opens with, up to its first digit. */
const FROM_TO_LEAD = `(?:kể${SP1})?từ${SP1}(?:ngày${SP1})?`;

/** `từ 01/10 đến 15/10/2023`, `từ ngày 28/12 đến ngày 3/1/2024`. */
export const FROM_TO = new RegExp(
  `${WORD_START}${FROM_TO_LEAD}${named('d1', D)}/${named('m1', D)}${SP1}(?:đến|tới)${SP1}(?:ngày${SP1})?` +
    `${named('d2', D)}/${named('m2', D)}/${named('y', Y)}${NUM_END}`,
  FLAGS,
);

/** `03/09/2020`, `24-08-2022`, `15.03.2019` (one separator throughout). */
export const FULL_DATE = new RegExp(
  `${NUM_START}${named('d', D)}(?<s>[/.\\-])${named('m', D)}\\k<s>${named('y', Y)}${NUM_END}`,
  FLAGS,
);

/** `3/9`, `3-9`, `3.9`: whether it is a date depends on the words around it. */
export const DAY_MONTH = new RegExp(`${NUM_START}${named('d', D)}${named('s', '[/.\\-]')}${named('m', D)}${NUM_END}`, FLAGS);

/** `ngày 3 tháng 9 năm 2020`, `mùng 2 tháng 9`. */
export const WORDED_DATE = new RegExp(
  `${WORD_START}${alternation(DAY_WORDS_IN_TEXT)}${SP1}${named('d', D)}${SP1}tháng${SP1}${named('m', D)}` +
    `(?:${SP},?${SP}năm${SP1}${named('y', Y)})?${NUM_END}`,
  FLAGS,
);

/** `tháng 3/2021`, `tháng 9 năm 2020`, `tháng 01 năm 2024`. */
export const MONTH_YEAR = new RegExp(
  `${WORD_START}tháng${SP1}${named('m', D)}(?:${SP}[/.\\-]${SP}|${SP1}(?:,${SP})?năm${SP1})${named('y', Y)}${NUM_END}`,
  FLAGS,
);

/** `tháng 3-5/2021`: a range of months of one year. */
export const MONTH_RANGE = new RegExp(
  `${WORD_START}tháng${SP1}${named('m1', D)}${SP}${DASH}${SP}${named('m2', D)}(?:${SP}/${SP}|${SP1}năm${SP1})${named('y', Y)}${NUM_END}`,
  FLAGS,
);

/** `đến 3/2021`: month/year with no `tháng`, only after a preposition (else it reads as a document number). */
export const TRIGGERED_MONTH_YEAR = new RegExp(
  `${WORD_START}${alternation(WEAK_TRIGGERS)}${SP1}${named('m', D)}/${named('y', Y)}${NUM_END}`,
  FLAGS,
);

/** `quý II/2021`, `quý 2 năm 2021`. */
export const QUARTER_LED = led(
  (b) =>
    `${b}quý${SP1}${named('q', 'IV|I{1,3}|[1-4]')}(?:${SP}[/.\\-]${SP}|${SP1}(?:,${SP})?năm${SP1})${named('y', Y)}${NUM_END}`,
);
export const QUARTER = QUARTER_LED.pattern;

/** `2020-2025`, `2021 – 2026`, `năm 2020 - 2023`, `năm học 2022-2023`. The `năm` is matched but left out of the text. */
export const YEAR_RANGE = new RegExp(
  `(?:${WORD_START}${named('pre', `năm(?:${SP1}học)?|niên${SP1}khóa`)}${SP1})?${NUM_START}${named('y1', Y)}${SP}${DASH}${SP}${named('y2', Y)}${NUM_END}`,
  FLAGS,
);

/** `năm 2020`. */
export const YEAR_WORD = new RegExp(`${WORD_START}năm${SP1}${named('y', Y)}${NUM_END}`, FLAGS);

/** `đến 2030`, `tầm nhìn 2045`: a bare year after a word that makes it a date. */
export const TRIGGERED_YEAR = new RegExp(
  `${WORD_START}${named('t', alternation(YEAR_TRIGGERS))}${SP1}${named('y', Y)}${NUM_END}`,
  FLAGS,
);

/**
 * Where patterns that open with words (a word boundary, words joined by
 * blanks, up to three blanks, a digit) can start, found from the digit: a global
 * case-insensitive alternation of words cannot be skipped ahead for (V8 tries
 * all its words at every position of the text), a space before a digit can.
 * The engine (./scan.ts) takes each `digit` hit (a digit after a blank), steps back over the blanks
 * (at most three) and over up to `maxWords` runs of letters joined by blanks
 * (a pattern's lead spans that many; no other position can start a word
 * after a boundary), and tries the patterns, sticky, at each run's start
 * where `words` (the union of their leads, blanks and a digit) matches.
 */
export interface WordsBeforeDigit {
  digit: RegExp;
  words: RegExp;
  maxWords: number;
}

/** Words that open a word-led pattern right before its first number (FROM_TO's lead, which may hold `ngày`, apart). */
const LEAD_WORDS = [...DAY_WORDS, ...DAY_WORDS_IN_TEXT, ...WEAK_TRIGGERS, ...YEAR_TRIGGERS, 'tháng', 'năm'];

/**
 * The finder of DAY_LIST, FROM_TO, WORDED_DATE, MONTH_RANGE, MONTH_YEAR,
 * TRIGGERED_MONTH_YEAR, YEAR_WORD and TRIGGERED_YEAR: each opens with a word
 * of its list (or FROM_TO's `kể từ ngày`), blanks and a digit.
 */
export const WORD_LED_FINDER: WordsBeforeDigit = {
  digit: /\d(?<=[ \t]\d)/g, // digit first: V8 checks the lookbehind at digits only (3x faster than `[ \t]\d`)
  words: new RegExp(`(?:${alternation(LEAD_WORDS)}${SP1}|${FROM_TO_LEAD})\\d`, 'iuy'),
  maxWords: Math.max(3, ...LEAD_WORDS.map((w) => w.split(/ +/).length)), // 3: `kể từ ngày`
};

/**
 * Where a pattern starts at a hit of `scan` (a digit) or at the start of one
 * of up to `maxWords` words (letter runs joined by blanks) ending within
 * three blanks before it.
 */
export interface AtOrWordsBefore {
  scan: RegExp;
  maxWords: number;
}

/**
 * YEAR_RANGE's finder: its two dashed years; the match starts at the first
 * year or at the `năm`, `năm học`, `niên khóa` before it.
 */
export const YEAR_RANGE_FINDER: AtOrWordsBefore = {
  scan: new RegExp(`${Y}${SP}${DASH}${SP}${Y}`, FLAGS),
  maxWords: 2,
};

/**
 * A number's first digit: NUM_START checked by a lookbehind after the digit
 * (V8 cannot skip ahead for a leading lookbehind; it can for a digit, and
 * checks the lookbehind at digits only). Not nested in a lookbehind: 4x slower.
 */
const NUM_START_AT_DIGIT = `\\d(?<!${NOT_BEFORE_NUMBER}\\d)`;

/**
 * One finder for FULL_DATE_RANGE, DAY_MONTH_RANGE, FULL_DATE and DAY_MONTH:
 * each opens with a number's start, one or two digits, a separator and a
 * digit, which the scan matches where they start.
 */
export const DIGIT_SEPARATOR_FINDER: Finder = {
  scan: new RegExp(`${NUM_START_AT_DIGIT}\\d?[/.\\-]\\d`, 'gu'),
  reach: 0,
};

/** DAY_RANGE's finder: its first day, the dash and the second day's slash, where they start. */
export const DAY_RANGE_FINDER: Finder = {
  scan: new RegExp(`${NUM_START_AT_DIGIT}\\d?${SP}${DASH}${SP}${D}/`, 'gu'),
  reach: 0,
};

// ---- Context, tested on short slices around a match (bounded work per match). ----

/** How far back and ahead the context tests look, in UTF-16 units. */
export const CONTEXT_BEFORE = 40;
export const CONTEXT_AFTER = 30;

/** A day word or preposition ending right before a date, with an optional weekday and comma between. */
export const TRIGGER_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])${named('t', alternation([...DAY_WORDS, ...WEEKDAYS, ...WEAK_TRIGGERS]))}` +
    `(?:${SP1}${alternation(WEEKDAYS)})?${SP}[,(]?${SP}$`,
  'iu',
);
/** The word right before a figure (to tell `đạt 7/9.` from `Phụ nữ 8/3.`). */
export const WORD_BEFORE = /(\p{L}+)[ \t]{1,3}$/u;
export const COUNT_BEFORE_SET: ReadonlySet<string> = new Set(COUNT_BEFORE);
/** `ngày ` right before the date (kept in the record text). */
export const DAY_WORD_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${alternation(DAY_WORDS_IN_TEXT)})${SP1}$`, 'iu');
/** The date opens its line (after bullets or dashes), a parenthesis or a clause. */
export const OPENING_BEFORE = /(?:^|\n)[ \t•*\-–—|]*$|[(,;][ \t]{0,3}$/u;
/** Punctuation or the end of the line right after the date. */
export const CLOSING_AFTER = /^[ \t]{0,3}(?:$|[\r\n,.;:)\]!?"”’'|…\-–—])/u;
/** The word right after the date. */
export const WORD_AFTER = /^[ \t]{1,3}(\p{L}+)/u;
export const FOLLOW_WORD_SET: ReadonlySet<string> = new Set(FOLLOW_WORDS);
export const YEAR_FOLLOW_WORD_SET: ReadonlySet<string> = new Set(YEAR_FOLLOW_WORDS);
export const UPPER_INITIAL = /^\p{Lu}/u;

/** One more year of a list after a year record: `năm 2021, 2022 và 2023`. */
export const YEAR_LIST_NEXT = new RegExp(
  `^(?:${SP}[,;]${SP}|${SP1}(?:và|hoặc|đến|tới)${SP1})(?<y>${Y})${NUM_END}`,
  'u',
);

/** A listed year that is really a quantity: `2000 %`, `2000,5`. */
export const LIST_STOP = /^[ \t]?[%‰]/u;

/** `năm` + a year right after a day/month: `ngày 3/9 năm 2020`. */
export const YEAR_AFTER = new RegExp(`^${SP1}năm${SP1}(${Y})${NUM_END}`, 'iu');

const TIME = `${named('h', '\\d{1,2}')}[:h]${named('mi', '\\d{2}')}(?::\\d{2})?`;
const MERIDIEM = named('ampm', alternation([...MERIDIEM_AM, ...MERIDIEM_PM]));
/** A time right after a date: `, 13:30`, ` | 02:18`, ` - 09:40`, ` , 08:55`, ` | 2:35:57 PM`, ` lúc 14:21 CH`. */
export const TIME_AFTER = new RegExp(
  `^${SP}(?:[,|\\-–]${SP}|lúc${SP1})?${TIME}(?![\\p{L}\\p{N}]|:\\d)(?:${SP}${MERIDIEM}(?![\\p{L}\\p{N}]))?`,
  'u',
);
/** A time right before a date: `16:45, `, `08:15 - `, `02:11, `, `08:15 ngày `. */
export const TIME_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}:])${TIME}(?:${SP}${MERIDIEM})?${SP}(?:[,|\\-–]${SP})?(?:ngày${SP1})?$`,
  'iu',
);
