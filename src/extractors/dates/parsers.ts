/**
 * Date parsers, chrono-style: each is a compiled pattern and an `extract`
 * that turns one match into a candidate (or rejects it after looking at the
 * words around it). The scanning loop and the choice between overlapping
 * candidates live in ./scan.ts.
 */
import { isBlankCode, isWordCode } from '../../lexicon/chars.js';
import { DAY_WORDS, DAY_WORDS_IN_TEXT, QUARTERS, WEEKDAYS } from './constants.js';
import {
  CLOSING_AFTER,
  CONTEXT_AFTER,
  COUNT_BEFORE_SET,
  CONTEXT_BEFORE,
  DAY_LIST,
  DAY_MONTH,
  DAY_MONTH_RANGE,
  FROM_TO,
  DAY_RANGE,
  DAY_RANGE_FINDER,
  DIGIT_SEPARATOR_FINDER,
  DAY_WORD_BEFORE,
  DAY_WORD_LAST,
  FOLLOW_WORD_SET,
  FULL_DATE,
  FULL_DATE_RANGE,
  MONTH_RANGE,
  MONTH_YEAR,
  OPENING_BEFORE,
  QUARTER_LED,
  WORD_LED_FINDER,
  TRIGGERED_MONTH_YEAR,
  TRIGGERED_YEAR,
  TRIGGER_BEFORE,
  TRIGGER_LAST_WORD,
  UPPER_INITIAL,
  WORDED_DATE,
  WORD_AFTER,
  WORD_BEFORE,
  YEAR_AFTER,
  YEAR_FOLLOW_WORD_SET,
  YEAR_RANGE,
  YEAR_RANGE_FINDER,
  type AtNumber,
  type AtOrWordsBefore,
  type Finder,
  type WordsBeforeDigit,
  YEAR_WORD,
} from './patterns.js';
import {
  dayValue,
  monthValue,
  quarterValue,
  rangeValue,
  yearRangeValue,
  yearValue,
  type DateValue,
} from './normaliser.js';

/** A possible date: the record span and the wider span it claims against overlapping candidates. */
export interface Candidate extends DateValue {
  start: number;
  end: number;
  coverStart: number;
  coverEnd: number;
  /** A time of day may be attached (single dates of day granularity). */
  timeable: boolean;
}

export interface ParseContext {
  text: string;
  referenceYear: number | null;
}

export interface DateParser {
  name: string;
  pattern: RegExp;
  /** A faster way to the positions where the pattern can match (see Finder); else the pattern scans the text itself. */
  finder?: Finder | WordsBeforeDigit | AtNumber | AtOrWordsBefore;
  extract(match: RegExpExecArray, ctx: ParseContext): Candidate | Candidate[] | null;
}

const STRONG: ReadonlySet<string> = new Set([...DAY_WORDS, ...WEEKDAYS].map((w) => w.toLowerCase()));
const IN_TEXT: ReadonlySet<string> = new Set(DAY_WORDS_IN_TEXT.map((w) => w.toLowerCase()));

type Trigger = 'strong' | 'weak' | null;

/** Blanks, `,` and `(`: what may stand between a trigger word and the date. */
const isFiller = (code: number) => isBlankCode(code) || code === 0x2c || code === 0x28;

/**
 * The start of the last run of word units before `start`, past the units
 * `skip` accepts right before `start`, never before `from`; -1 when there is
 * no such run.
 */
function lastWordStart(text: string, from: number, start: number, skip: (code: number) => boolean): number {
  let wordEnd = start;
  while (wordEnd > from && skip(text.charCodeAt(wordEnd - 1))) wordEnd--;
  let wordStart = wordEnd;
  while (wordStart > from && isWordCode(text.charCodeAt(wordStart - 1))) wordStart--;
  return wordStart === wordEnd ? -1 : wordStart;
}

/**
 * The word before a date that makes it one: a day word (strong) or a
 * preposition (weak). A match ends with a word of the lists after a non-letter,
 * then filler: the last run of letters and digits before the filler must pass
 * TRIGGER_LAST_WORD first (the run is all BMP letters and digits when it matches).
 */
function triggerBefore(text: string, start: number): Trigger {
  const from = Math.max(0, start - CONTEXT_BEFORE);
  const wordStart = lastWordStart(text, from, start, isFiller);
  if (wordStart < 0) return null;
  const slice = text.slice(from, start);
  TRIGGER_LAST_WORD.lastIndex = wordStart - from;
  if (!TRIGGER_LAST_WORD.test(slice)) return null;
  const m = TRIGGER_BEFORE.exec(slice);
  if (!m) return null;
  const word = m.groups!.t.toLowerCase().replace(/\s+/g, ' ');
  return STRONG.has(word) ? 'strong' : 'weak';
}

/** Where the record starts: before an adjacent `ngày`/`mùng` (kept in the text), else at the number. */
function withDayWord(text: string, start: number): number {
  const from = Math.max(0, start - 12);
  // The last run of letters and digits before the blanks must pass DAY_WORD_LAST (see triggerBefore).
  if (!isBlankCode(text.charCodeAt(start - 1))) return start;
  const wordStart = lastWordStart(text, from, start, isBlankCode);
  if (wordStart < 0) return start;
  const slice = text.slice(from, start);
  DAY_WORD_LAST.lastIndex = wordStart - from;
  if (!DAY_WORD_LAST.test(slice)) return start;
  const m = DAY_WORD_BEFORE.exec(slice);
  if (!m || !IN_TEXT.has(m[1].toLowerCase())) return start;
  return start - slice.length + slice.lastIndexOf(m[1]);
}

const closes = (text: string, end: number) => CLOSING_AFTER.test(text.slice(end, end + CONTEXT_AFTER));
const opens = (text: string, start: number) => OPENING_BEFORE.test(text.slice(Math.max(0, start - CONTEXT_BEFORE), start));

/** After a word, not after a count word (`đạt 7/9.` is a count, `Phụ nữ 8/3.` a date). */
function afterNonCountWord(text: string, start: number): boolean {
  const w = WORD_BEFORE.exec(text.slice(Math.max(0, start - CONTEXT_BEFORE), start));
  return w !== null && !COUNT_BEFORE_SET.has(w[1].toLowerCase());
}

/** Nothing count-like follows: punctuation, the end of the line, a capitalised word or a function word. */
export function followsLikeDate(text: string, end: number, words: ReadonlySet<string>): boolean {
  const after = text.slice(end, end + CONTEXT_AFTER);
  if (CLOSING_AFTER.test(after)) return true;
  const w = WORD_AFTER.exec(after);
  if (!w) return false;
  return UPPER_INITIAL.test(w[1]) || words.has(w[1].toLowerCase());
}

/**
 * Whether a day/month figure with no written year is a date. After a day
 * word always; after a preposition unless a unit follows (`từ 4/9 xã`);
 * otherwise only closed by punctuation, opening a line, clause or
 * parenthesis (`(3/9)`, `- 28/11 |`) or after a word that does not
 * introduce a count (`Phụ nữ 8/3.`, not `đạt 7/9.`), and never `9/9`. `3.9` and `3-9` need
 * a day word (`needsDayWord`), so that `2.5 tỷ` and `5-7 người` stay numbers.
 */
function dayMonthInContext(text: string, start: number, end: number, needsDayWord: boolean, same: boolean, isRange = false): boolean {
  const trigger = triggerBefore(text, start);
  if (trigger === 'strong') return true;
  if (needsDayWord) return false;
  // Two dates joined by a dash never read as a count: a preposition is enough.
  if (trigger === 'weak') return isRange || followsLikeDate(text, end, FOLLOW_WORD_SET);
  return !same && closes(text, end) && (opens(text, start) || afterNonCountWord(text, start));
}

const int = (s: string | undefined) => (s === undefined ? null : Number.parseInt(s, 10));

function candidate(value: DateValue | null, start: number, end: number, timeable = false, cover?: [number, number]): Candidate | null {
  if (!value) return null;
  return {
    value: value.value,
    granularity: value.granularity,
    year_inferred: value.year_inferred,
    start,
    end,
    coverStart: cover ? cover[0] : start,
    coverEnd: cover ? cover[1] : end,
    timeable,
  };
}

const span = (m: RegExpExecArray): [number, number] => [m.index, m.index + m[0].length];

export const PARSERS: readonly DateParser[] = [
  {
    name: 'full date range',
    finder: DIGIT_SEPARATOR_FINDER,
    pattern: FULL_DATE_RANGE,
    extract(m, { text }) {
      const g = m.groups!;
      const from = dayValue(int(g.d1)!, int(g.m1)!, int(g.y1), null);
      const to = dayValue(int(g.d2)!, int(g.m2)!, int(g.y2), null);
      const [s, e] = span(m);
      return candidate(rangeValue(from, to), withDayWord(text, s), e);
    },
  },
  {
    name: 'day range',
    finder: DAY_RANGE_FINDER,
    pattern: DAY_RANGE,
    extract(m, { text, referenceYear }) {
      const g = m.groups!;
      const [s, e] = span(m);
      const [d1, d2, month, year] = [int(g.d1)!, int(g.d2)!, int(g.m)!, int(g.y)];
      if (d1 >= d2) return null;
      if (year === null && !dayMonthInContext(text, s, e, false, false, true)) return null;
      const from = dayValue(d1, month, year, referenceYear);
      const to = dayValue(d2, month, year, referenceYear);
      return candidate(rangeValue(from, to), withDayWord(text, s), e);
    },
  },
  {
    name: 'day/month range',
    finder: DIGIT_SEPARATOR_FINDER,
    pattern: DAY_MONTH_RANGE,
    extract(m, { text, referenceYear }) {
      const g = m.groups!;
      const [s, e] = span(m);
      const year = int(g.y);
      if (year === null && !dayMonthInContext(text, s, e, false, false, true)) return null;
      const y1 = year !== null && int(g.m1)! > int(g.m2)! ? year - 1 : year;
      const from = dayValue(int(g.d1)!, int(g.m1)!, y1, referenceYear);
      const to = dayValue(int(g.d2)!, int(g.m2)!, year, referenceYear);
      return candidate(rangeValue(from, to), withDayWord(text, s), e);
    },
  },
  {
    name: 'day list',
    pattern: DAY_LIST,
    finder: WORD_LED_FINDER,
    extract(m, { text, referenceYear }) {
      // `ngày 10 và 11/12`: two days of one month, two records.
      const g = m.groups!;
      const [s, e] = span(m);
      const [d1, d2, month, year] = [int(g.d1)!, int(g.d2)!, int(g.m)!, int(g.y)];
      if (d1 >= d2) return null;
      const d1At = s + m[0].search(/\d/u);
      const first = candidate(dayValue(d1, month, year, referenceYear), withDayWord(text, d1At), d1At + g.d1.length);
      const secondStart = e - (g.y ? g.y.length + 1 : 0) - g.m.length - 1 - g.d2.length;
      const second = candidate(dayValue(d2, month, year, referenceYear), secondStart, e, true);
      return first && second ? [first, second] : null;
    },
  },
  {
    name: 'from/to dates',
    pattern: FROM_TO,
    finder: WORD_LED_FINDER,
    extract(m, { text }) {
      // `từ 01/10 đến 15/10/2023`: the first date takes the year written on the second.
      const g = m.groups!;
      const [s, e] = span(m);
      const year = int(g.y)!;
      const y1 = int(g.m1)! > int(g.m2)! ? year - 1 : year;
      const firstStart = withDayWord(text, s + m[0].indexOf(g.d1 + '/'));
      const firstEnd = s + m[0].indexOf(g.d1 + '/') + g.d1.length + 1 + g.m1.length;
      const secondStart = e - g.y.length - 1 - g.m2.length - 1 - g.d2.length;
      const first = candidate(dayValue(int(g.d1)!, int(g.m1)!, y1, null), firstStart, firstEnd, true);
      const second = candidate(dayValue(int(g.d2)!, int(g.m2)!, year, null), withDayWord(text, secondStart), e, true);
      return first && second ? [first, second] : null;
    },
  },
  {
    name: 'full date',
    finder: DIGIT_SEPARATOR_FINDER,
    pattern: FULL_DATE,
    extract(m, { text }) {
      const g = m.groups!;
      const [s, e] = span(m);
      return candidate(dayValue(int(g.d)!, int(g.m)!, int(g.y), null), withDayWord(text, s), e, true);
    },
  },
  {
    name: 'day/month',
    finder: DIGIT_SEPARATOR_FINDER,
    pattern: DAY_MONTH,
    extract(m, { text, referenceYear }) {
      const g = m.groups!;
      const [s, e] = span(m);
      const [day, month] = [int(g.d)!, int(g.m)!];
      const yearAfter = YEAR_AFTER.exec(text.slice(e, e + CONTEXT_AFTER));
      if (yearAfter) {
        // `ngày 3/9 năm 2020`: the written year completes the date.
        const end = e + yearAfter[0].length;
        return candidate(dayValue(day, month, int(yearAfter[1]), null), withDayWord(text, s), end, true);
      }
      if (!dayMonthInContext(text, s, e, g.s !== '/', day === month)) return null;
      return candidate(dayValue(day, month, null, referenceYear), withDayWord(text, s), e, true);
    },
  },
  {
    name: 'worded date',
    pattern: WORDED_DATE,
    finder: WORD_LED_FINDER,
    extract(m, { referenceYear }) {
      const g = m.groups!;
      const [s, e] = span(m);
      return candidate(dayValue(int(g.d)!, int(g.m)!, int(g.y), referenceYear), s, e, true);
    },
  },
  {
    name: 'month range',
    pattern: MONTH_RANGE,
    finder: WORD_LED_FINDER,
    extract(m) {
      const g = m.groups!;
      const [s, e] = span(m);
      const year = int(g.y)!;
      if (int(g.m1)! >= int(g.m2)!) return null;
      return candidate(rangeValue(monthValue(int(g.m1)!, year), monthValue(int(g.m2)!, year)), s, e);
    },
  },
  {
    name: 'month/year',
    pattern: MONTH_YEAR,
    finder: WORD_LED_FINDER,
    extract(m) {
      const g = m.groups!;
      const [s, e] = span(m);
      return candidate(monthValue(int(g.m)!, int(g.y)!), s, e);
    },
  },
  {
    name: 'month/year after a preposition',
    pattern: TRIGGERED_MONTH_YEAR,
    finder: WORD_LED_FINDER,
    extract(m) {
      const g = m.groups!;
      const [s, e] = span(m);
      const numberAt = s + m[0].lastIndexOf(g.m + '/');
      return candidate(monthValue(int(g.m)!, int(g.y)!), numberAt, e);
    },
  },
  {
    name: 'quarter',
    ...QUARTER_LED,
    extract(m) {
      const g = m.groups!;
      const [s, e] = span(m);
      return candidate(quarterValue(QUARTERS[g.q.toUpperCase()] ?? 0, int(g.y)!), s, e);
    },
  },
  {
    name: 'year range',
    pattern: YEAR_RANGE,
    finder: YEAR_RANGE_FINDER,
    extract(m) {
      const g = m.groups!;
      const [s, e] = span(m);
      // The record text is the two years; a leading `năm` still claims its words against `năm 2020`.
      const textStart = g.pre === undefined ? s : s + m[0].lastIndexOf(g.y1, m[0].length - g.y2.length - 1);
      return candidate(yearRangeValue(int(g.y1)!, int(g.y2)!), textStart, e, false, [s, e]);
    },
  },
  {
    name: 'year',
    pattern: YEAR_WORD,
    finder: WORD_LED_FINDER,
    extract(m) {
      const [s, e] = span(m);
      return candidate(yearValue(int(m.groups!.y)!), s, e);
    },
  },
  {
    name: 'year after a preposition',
    pattern: TRIGGERED_YEAR,
    finder: WORD_LED_FINDER,
    extract(m, { text }) {
      const g = m.groups!;
      const [s, e] = span(m);
      if (!followsLikeDate(text, e, YEAR_FOLLOW_WORD_SET)) return null;
      return candidate(yearValue(int(g.y)!, true), e - g.y.length, e, false, [s, e]);
    },
  },
];
