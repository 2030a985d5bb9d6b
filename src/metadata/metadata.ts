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
import { DATELINE_FILLER, HEAD_MAX_LINES } from './constants.js';
import { datesOf, findDateline } from './dateline.js';
import { isChrome, isChromeLine, isSentenceLine, lines, type Line } from './lines.js';
import { findDateValues, TextDates } from '../extractors/dates/scan.js';
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

/** The headline, and the head line it is when it is one whole (not cut before a dateline). */
function headline(head: Line[], datelineIndex: number, datelineStart: number | null): { text: string; line: Line | null } | null {
  const whole = (line: Line | undefined) => (line ? { text: line.text, line } : null);
  if (datelineIndex >= 0 && datelineStart !== null) {
    const line = head[datelineIndex];
    const before = line.text.slice(0, datelineStart - line.start).replace(HEADLINE_TRIM, '');
    const words = before.replace(DATELINE_FILLER, ' ').trim().split(/\s+/u).filter(Boolean);
    if (words.length >= HEADLINE_MIN_WORDS && !isChrome(before)) return { text: before, line: null };
    for (let i = datelineIndex - 1; i >= 0; i--) {
      if (isChromeLine(head[i])) continue;
      return isSentenceLine(head[i]) ? null : whole(head[i]);
    }
    // Some pages print the dateline first: the headline is then the next content line.
    const next = head.slice(datelineIndex + 1).find((l) => !isChromeLine(l));
    return next && !isSentenceLine(next) ? whole(next) : null;
  }
  const first = head.find((l) => !isChromeLine(l));
  return first && !isSentenceLine(first) ? whole(first) : null;
}

/**
 * `scanAll`: scan the whole text for dates up front (TextDates), and take the
 * head lines' dates from it. Worth it when the dates extractor runs next (it
 * reuses the scan's matches); without it, the head lines are scanned one by
 * one and the whole text only when the reference year needs its years (when
 * neither the dateline nor the headline gives one, ~90% of texts). Scanning
 * it up front in both cases was measured and dropped: the texts with a
 * dateline then pay a whole scan for a few lines' (~+4 M instructions/MB).
 */
export function readMetadata(text: string, scanAll = true): DocumentMetadata {
  let all: TextDates | null = null;
  const textDates = () => (all ??= new TextDates(text));
  const head = lines(text, HEAD_MAX_LINES);
  const dateline = findDateline(head, text, scanAll ? textDates() : null);
  const title = headline(head, dateline?.lineIndex ?? -1, dateline?.record.start ?? null);
  const published = dateline?.record.value ?? null;
  // Without a dateline, the headline is a whole head line.
  const headlineDates = dateline === null && title !== null ? datesOf(title.line!, text, all) : null;
  return {
    title: title?.text ?? null,
    published,
    publishedSpan: dateline ? { start: dateline.record.start, end: dateline.record.end } : null,
    // Without the whole text's records at hand, only their values: the years are all it reads.
    referenceYear: referenceYear(published, headlineDates, () => all?.values ?? findDateValues(text, null)),
  };
}
