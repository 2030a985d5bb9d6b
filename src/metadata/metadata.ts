/**
 * Document metadata read before the extractors run: the headline, the
 * publication dateline and the reference year that day/month dates take.
 *
 * The head of a scraped page is page chrome (font-size buttons, hotlines,
 * section names), the headline, then the dateline, then the body. The
 * headline is the last content line before the dateline (or the text before
 * a dateline closing it, or the first content line after a dateline that
 * opens the page); with no dateline, the first content line, unless it is a
 * body sentence (then there is no headline).
 */
import { findDateValues, findDates } from '../extractors/dates/scan.js';
import type { DateRecord } from '../types.js';
import { DATELINE_FILLER, HEAD_MAX_LINES } from './constants.js';
import { findDateline } from './dateline.js';
import { isChrome, isSentence, lines, type Line } from './lines.js';
import { referenceYear } from './reference-year.js';

export interface DocumentMetadata {
  title: string | null;
  /** ISO value of the publication dateline (day or minute granularity), or null. */
  published: string | null;
  /** UTF-16 span of the dateline in the normalised text, or null. */
  publishedSpan: { start: number; end: number } | null;
  referenceYear: number | null;
}

/** Punctuation and separators left around a headline once a closing dateline is cut off. */
const HEADLINE_TRIM = /^[\s\-–—|•:(]+|[\s\-–—|•:(,]+$/gu;
/** A prefix shorter than this (in words) is a label or byline, not a headline (`PV -`, `Cập nhật:`). */
const HEADLINE_MIN_WORDS = 4;

function headline(head: Line[], datelineIndex: number, datelineStart: number | null): string | null {
  if (datelineIndex >= 0 && datelineStart !== null) {
    const line = head[datelineIndex];
    const before = line.text.slice(0, datelineStart - line.start).replace(HEADLINE_TRIM, '');
    const words = before.replace(DATELINE_FILLER, ' ').trim().split(/\s+/u).filter(Boolean);
    if (words.length >= HEADLINE_MIN_WORDS && !isChrome(before)) return before;
    for (let i = datelineIndex - 1; i >= 0; i--) {
      if (isChrome(head[i].text)) continue;
      return isSentence(head[i].text) ? null : head[i].text;
    }
    // Some pages print the dateline first: the headline is then the next content line.
    const next = head.slice(datelineIndex + 1).find((l) => !isChrome(l.text));
    return next && !isSentence(next.text) ? next.text : null;
  }
  const first = head.find((l) => !isChrome(l.text));
  return first && !isSentence(first.text) ? first.text : null;
}

/**
 * `scanAll`: scan the whole text for dates up front, and take the head
 * lines' dates from it. Worth it when the dates extractor runs next (it
 * reuses the scan's matches); without it, the head lines are scanned one by
 * one and the whole text only when the reference year needs its years.
 */
export function readMetadata(text: string, scanAll = true): DocumentMetadata {
  let all: DateRecord[] | null = null;
  const textDates = () => (all ??= findDates(text, null));
  const head = lines(text, HEAD_MAX_LINES);
  const dateline = findDateline(head, text, scanAll ? textDates() : null);
  const title = headline(head, dateline?.lineIndex ?? -1, dateline?.record.start ?? null);
  const published = dateline?.record.value ?? null;
  const headlineDates = dateline === null && title !== null ? findDates(title, null, false) : null;
  return {
    title,
    published,
    publishedSpan: dateline ? { start: dateline.record.start, end: dateline.record.end } : null,
    // Without the whole text's records at hand, only their values: the years are all it reads.
    referenceYear: referenceYear(published, headlineDates, () => all ?? findDateValues(text, null)),
  };
}
