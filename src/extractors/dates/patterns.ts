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

/** A pattern led by a word boundary, and as its finder a scan for its first word (where every match starts). */
export interface LedPattern {
  pattern: RegExp;
  finder: Finder;
}

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
export const QUARTER_LED: LedPattern = {
  pattern: new RegExp(
    `${WORD_START}quý${SP1}${named('q', 'IV|I{1,3}|[1-4]')}(?:${SP}[/.\\-]${SP}|${SP1}(?:,${SP})?năm${SP1})${named('y', Y)}${NUM_END}`,
    FLAGS,
  ),
  // The word alone (same flags): a match starts with it. A cheaper scan than the whole pattern less its boundary.
  finder: { scan: new RegExp('quý', FLAGS), reach: 0 },
};
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
 * The engine (./scan.ts) takes each number start (see DIGIT_RUN_START) after a blank (every digit after a blank is one), steps back over the blanks
 * (at most three) and over up to `maxWords` runs of letters joined by blanks
 * (a pattern's lead spans that many; no other position can start a word
 * after a boundary), and tries the patterns, sticky, at each run's start
 * where `words` (the union of their leads, blanks and a digit) matches.
 */
export interface WordsBeforeDigit {
  words: RegExp;
  maxWords: number;
  /**
   * Which patterns can start at a run that passed `words`: `firstWord`
   * (sticky) matches the run as a whole word, with one capture group per
   * family of opening words; group i + 1 says `families[i]` (every pattern
   * whose lead can open with that word; the others cannot match there).
   */
  firstWord: RegExp;
  families: readonly (readonly RegExp[])[];
}

/**
 * The families of the word-led patterns by the first word of their leads:
 * the words opening the same set of patterns form one capture group of
 * `firstWord`. A first word is letters only, so a pattern matching at the
 * start of a letter run has its first word equal to the whole run (followed
 * by a blank): exactly one group matches there (the `iu` flags fold case as
 * the patterns do: no \`toLowerCase\`, which does not map \`ſ\` to \`s\`).
 */
function wordFamilies(led: readonly { pattern: RegExp; leads: readonly string[] }[]): Pick<WordsBeforeDigit, 'firstWord' | 'families'> {
  const byWord = new Map<string, RegExp[]>();
  for (const { pattern, leads } of led) {
    for (const lead of leads) {
      const first = lead.split(/ +/)[0];
      if (!/^\p{Ll}+$/u.test(first)) throw new Error(`word-led lead not lower-case letters: ${lead}`);
      const patterns = byWord.get(first) ?? [];
      if (!patterns.includes(pattern)) patterns.push(pattern);
      byWord.set(first, patterns);
    }
  }
  const bySet = new Map<string, { words: string[]; patterns: RegExp[] }>();
  for (const [word, patterns] of byWord) {
    const key = led.map((l) => (patterns.includes(l.pattern) ? '1' : '0')).join('');
    const family = bySet.get(key) ?? { words: [], patterns: led.map((l) => l.pattern).filter((p) => patterns.includes(p)) };
    family.words.push(word);
    bySet.set(key, family);
  }
  const families = [...bySet.values()];
  return {
    firstWord: new RegExp(`(?:${families.map((f) => `(${alternation(f.words)})`).join('|')})(?![\\p{L}])`, 'iuy'),
    families: families.map((f) => f.patterns),
  };
}

/** Words that open a word-led pattern right before its first number (FROM_TO's lead, which may hold `ngày`, apart). */
const LEAD_WORDS = [...DAY_WORDS, ...DAY_WORDS_IN_TEXT, ...WEAK_TRIGGERS, ...YEAR_TRIGGERS, 'tháng', 'năm'];

/**
 * The finder of DAY_LIST, FROM_TO, WORDED_DATE, MONTH_RANGE, MONTH_YEAR,
 * TRIGGERED_MONTH_YEAR, YEAR_WORD and TRIGGERED_YEAR: each opens with a word
 * of its list (or FROM_TO's `kể từ ngày`), blanks and a digit.
 */
export const WORD_LED_FINDER: WordsBeforeDigit = {
  words: new RegExp(`(?:${alternation(LEAD_WORDS)}${SP1}|${FROM_TO_LEAD})\\d`, 'iuy'),
  maxWords: Math.max(3, ...LEAD_WORDS.map((w) => w.split(/ +/).length)), // 3: `kể từ ngày`
  ...wordFamilies([
    { pattern: DAY_LIST, leads: DAY_WORDS },
    { pattern: FROM_TO, leads: ['kể', 'từ'] }, // FROM_TO_LEAD
    { pattern: WORDED_DATE, leads: DAY_WORDS_IN_TEXT },
    { pattern: MONTH_RANGE, leads: ['tháng'] },
    { pattern: MONTH_YEAR, leads: ['tháng'] },
    { pattern: TRIGGERED_MONTH_YEAR, leads: WEAK_TRIGGERS },
    { pattern: YEAR_WORD, leads: ['năm'] },
    { pattern: TRIGGERED_YEAR, leads: YEAR_TRIGGERS },
  ]),
};

/**
 * A number's first digit: the start of a run of digits (no digit before it)
 * where NUM_START holds, checked at run starts only (the former scan `\d(?<![\p{L}\p{N}.,/:]\d)`, a
 * lookbehind over letter classes at every digit cost twice as much; a
 * lookbehind on `\d` alone is cheap).
 *
 * One scan for every finder below and WORD_LED_FINDER: each of their
 * patterns has its first number (the one the finder tests `at`, or the
 * digit after the blanks that end the lead) at a number's start. A digit
 * after a blank is always one. The engine runs this scan once and gives
 * each hit to every finder (four whole-text scans were one each). Run with
 * `test` (no match array per hit: 2x cheaper than `exec` of `\d+`).
 */
export const DIGIT_RUN_START = /(?<!\d)\d/g;
/** NUM_START, tested sticky at a digit run's start (digits found first: 3x cheaper than a scan with the lookbehind). */
export const NUMBER_START_HERE = new RegExp(NUM_START, 'uy');

/** Patterns that can start at a number start (see DIGIT_RUN_START) where `at` (sticky) matches. */
export interface AtNumber {
  at: RegExp;
}

/**
 * Where a pattern starts at a number start where `at` (sticky) matches,
 * or at the start of one of up to `maxWords` words (letter runs joined by
 * blanks) ending within three blanks before it.
 */
export interface AtOrWordsBefore extends AtNumber {
  maxWords: number;
}

/**
 * YEAR_RANGE's finder: its two dashed years; the match starts at the first
 * year (a number's start: NUM_START) or at the `năm`, `năm học`, `niên khóa`
 * before it.
 */
export const YEAR_RANGE_FINDER: AtOrWordsBefore = {
  at: new RegExp(`${Y}${SP}${DASH}${SP}${Y}`, 'uy'),
  maxWords: 2,
};

/**
 * One finder for FULL_DATE_RANGE, DAY_MONTH_RANGE, FULL_DATE and DAY_MONTH:
 * each opens with a number's start, one or two digits, a separator and a
 * digit.
 */
export const DIGIT_SEPARATOR_FINDER: AtNumber = { at: /\d\d?[/.\-]\d\d?(?!\d)/y };

/** DAY_RANGE's finder: its first day, the dash and the second day's slash. */
export const DAY_RANGE_FINDER: AtNumber = { at: new RegExp(`\\d\\d?${SP}${DASH}${SP}${D}/`, 'uy') };

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
/**
 * What every TRIGGER_BEFORE match ends with: the last word of a day word,
 * weekday or preposition (letters and digits), then the blanks, `,` or `(`
 * before the date. Tested sticky at the start of the last run of letters and
 * digits before the date, it rules out most slices before the whole
 * end-anchored pattern (tried at each of the slice's positions) runs.
 */
export const TRIGGER_LAST_WORD = new RegExp(
  `${alternation([...DAY_WORDS, ...WEEKDAYS, ...WEAK_TRIGGERS].map((w) => w.split(/ +/).pop()!))}${SP}[,(]?${SP}$`,
  'iuy',
);
/** The word right before a figure (to tell `đạt 7/9.` from `Phụ nữ 8/3.`). */
export const WORD_BEFORE = /(\p{L}+)[ \t]{1,3}$/u;
export const COUNT_BEFORE_SET: ReadonlySet<string> = new Set(COUNT_BEFORE);
/** `ngày ` right before the date (kept in the record text). */
export const DAY_WORD_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${alternation(DAY_WORDS_IN_TEXT)})${SP1}$`, 'iu');
/** What every DAY_WORD_BEFORE match ends with (its word's last part and the blanks): tested sticky first, as TRIGGER_LAST_WORD. */
export const DAY_WORD_LAST = new RegExp(`${alternation(DAY_WORDS_IN_TEXT.map((w) => w.split(/ +/).pop()!))}${SP1}$`, 'iuy');
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
