/**
 * The publication dateline: a full date (usually with a time) near the top,
 * on a line of its own (`28/11/2019 | 02:18`, `- 24-08-2022`,
 * `Thứ Sáu 02/10/2020 , 08:55 (GMT+7)`, `PV - 16:45, 17/06/2023`) or closing
 * the headline (`... (17/06/2024, 13:30)`); failing that, a labelled one
 * anywhere (`Ngày cập nhật 05/03/2022`).
 */
import { findDates, type TextDates } from '../extractors/dates/scan.js';
import { matchesAtBoundary } from '../lexicon/regex.js';
import type { DateRecord } from '../types.js';
import {
  DATELINE_FILLER,
  DATELINE_LABEL_WORD,
  DATELINE_MAX_REST,
  HEAD_MAX_CONTENT_LINES,
  HEADLINE_MAX_LENGTH,
} from './constants.js';
import { isChromeLine, isSentenceLine, type Line } from './lines.js';

export interface Dateline {
  /** The date record, offsets into the whole text. */
  record: DateRecord;
  /** Index of its line in the lines given. */
  lineIndex: number;
}

/**
 * Four digits in a row: every date with its own written year holds them (a
 * year is `\d{4}` in every date pattern), so a line without them holds no
 * dateline and is not scanned.
 */
const FOUR_DIGITS = /\d{4}/;
const FOUR_DIGITS_ALL = /\d{4}/g;

const NO_LETTER_BEFORE = /(?<![\p{L}])/uy;

/** A dateline label (`Ngày cập nhật`, `Đăng lúc` ...) not inside a word. */
const hasDatelineLabel = (s: string): boolean => matchesAtBoundary(s, DATELINE_LABEL_WORD, NO_LETTER_BEFORE);

/** A date with its own written year, at day or minute precision. */
const isFullDate = (r: DateRecord) =>
  (r.granularity === 'minute' || r.granularity === 'day') && !r.year_inferred && !r.value.startsWith('--');

/** What the line holds besides the date and dateline filler (weekday, label, bullets, time zone). */
function rest(line: Line, r: DateRecord): string {
  const before = line.text.slice(0, r.start - line.start);
  const after = line.text.slice(r.end - line.start);
  return (before + ' ' + after).replace(DATELINE_FILLER, ' ').trim();
}

/**
 * The dates of one line (offsets into the whole text). A line with nothing
 * around it reads the same inside the text as on its own: no date pattern
 * or context test crosses a line break, and every one treats a line break
 * as it treats the end of the string. So its dates are taken from the
 * whole text's (scanned once, and shared with the dates extractor); a line
 * trimmed of spaces is scanned on its own (trailing spaces change what
 * `closes` sees), and so is every line when the whole text is not scanned.
 */
export function datesOf(line: Line, text: string, dates: TextDates | null): DateRecord[] {
  const raw = (line.start === 0 || text[line.start - 1] === '\n') && (line.end === text.length || text[line.end] === '\n');
  if (dates === null || !raw) {
    // A loop, not `.map`: `.map`'s array turns holey once V8 inlines it, which deoptimises the code that reads it (docs/profile-warmup.md, round 2).
    const out: DateRecord[] = [];
    for (const found of findDates(line.text, null, false)) out.push({ ...found, start: found.start + line.start, end: found.end + line.start });
    return out;
  }
  return dates.recordsIn(line.start, line.end);
}

/** The line of the text from `from` to `to` (a line break or the end), trimmed (as `lines` gives it). */
function trimmedLine(text: string, from: number, to: number): Line {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  return { text: trimmed, start: from + lead, end: from + lead + trimmed.length };
}

/** The dateline in this line, if the line is one (or ends the headline with one). */
function datelineIn(line: Line, labelled: boolean, text: string, dates: TextDates | null): DateRecord | null {
  if (line.text.length > HEADLINE_MAX_LENGTH * 2) return null; // a paragraph, not a dateline
  if (!FOUR_DIGITS.test(line.text)) return null; // no written year
  for (const r of datesOf(line, text, dates)) {
    if (!isFullDate(r)) continue;
    if (labelled && !hasDatelineLabel(line.text.slice(0, r.start - line.start))) continue;
    if (rest(line, r).length <= DATELINE_MAX_REST) return r;
    if (labelled) continue;
    // `Headline ... (17/06/2024, 13:30)`: a timed date closing a headline.
    const tail = line.text.slice(r.end - line.start).replace(DATELINE_FILLER, '');
    if (r.granularity === 'minute' && tail === '' && !isSentenceLine(line)) return r;
  }
  return null;
}

/**
 * The dateline among the head lines (before the body starts), else a
 * labelled one anywhere in the text. `dates`: the whole text's dates with
 * no reference year, or null to scan each line on its own.
 */
export function findDateline(head: Line[], text: string, dates: TextDates | null): Dateline | null {
  let content = 0;
  for (let i = 0; i < head.length; i++) {
    const record = datelineIn(head[i], false, text, dates);
    if (record) return { record, lineIndex: i };
    if (isChromeLine(head[i])) continue;
    if (isSentenceLine(head[i]) || ++content > HEAD_MAX_CONTENT_LINES) break;
  }
  // A labelled dateline writes its year: only the lines holding four digits are read (no whole-text line split).
  FOUR_DIGITS_ALL.lastIndex = 0;
  for (let m = FOUR_DIGITS_ALL.exec(text); m !== null; m = FOUR_DIGITS_ALL.exec(text)) {
    const from = text.lastIndexOf('\n', m.index) + 1;
    let to = text.indexOf('\n', m.index);
    if (to < 0) to = text.length;
    FOUR_DIGITS_ALL.lastIndex = to;
    const line = trimmedLine(text, from, to);
    if (line.text.length > HEADLINE_MAX_LENGTH || !hasDatelineLabel(line.text)) continue;
    const record = datelineIn(line, true, text, dates);
    if (record) return { record, lineIndex: -1 };
  }
  return null;
}
