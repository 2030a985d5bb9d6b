/**
 * The `context` column of the CSV output: the sentence around a record,
 * clipped to at most CONTEXT_RADIUS characters on each side of it, on one
 * line. Pure; works on the normalised text the record's offsets point into.
 */
import { isLowSurrogate } from '../normalise/offsets.js';

/** At most this many characters of context on each side of a record. */
export const CONTEXT_RADIUS = 80;

/** Sentence-ending marks; they end a sentence only when followed by a space or the end. */
const SENTENCE_END = new Set(['.', '!', '?', '…']);
const ELLIPSIS = '…';

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t';
}


/** The context of the span [start, end) (UTF-16 indices) in `text`. */
export function contextAround(text: string, start: number, end: number): string {
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));

  // Backwards to the start of the sentence, at most CONTEXT_RADIUS characters.
  let from = -1;
  const lowest = Math.max(0, start - CONTEXT_RADIUS);
  for (let i = start - 1; i >= lowest; i--) {
    const ch = text[i];
    if (ch === '\n' || (SENTENCE_END.has(ch) && isSpace(text[i + 1]) && i + 1 <= start)) {
      from = i + 1;
      break;
    }
  }
  let clippedLeft = false;
  if (from < 0) {
    from = lowest;
    if (from > 0) {
      clippedLeft = true;
      // Do not start mid-word: move to just after the next space, if there is one before the record.
      const space = text.indexOf(' ', from);
      if (space >= 0 && space < start) from = space + 1;
      else if (isLowSurrogate(text.charCodeAt(from))) from++;
    }
  }

  // Forwards to the end of the sentence, at most CONTEXT_RADIUS characters.
  let to = -1;
  const highest = Math.min(text.length, end + CONTEXT_RADIUS);
  for (let i = end; i < highest; i++) {
    const ch = text[i];
    if (ch === '\n') {
      to = i;
      break;
    }
    if (SENTENCE_END.has(ch) && isSpace(text[i + 1])) {
      to = i + 1;
      break;
    }
  }
  let clippedRight = false;
  if (to < 0) {
    to = highest;
    if (to < text.length) {
      clippedRight = true;
      const space = text.lastIndexOf(' ', to);
      if (space > end) to = space;
      else if (isLowSurrogate(text.charCodeAt(to))) to++;
    }
  }

  const sentence = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${clippedLeft ? ELLIPSIS : ''}${sentence}${clippedRight ? ELLIPSIS : ''}`;
}
