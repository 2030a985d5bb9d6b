/**
 * Lines of an article's text with their offsets, and the two tests the head
 * reader needs: is a line page chrome, is it a body sentence (as opposed to
 * a headline).
 */
import {
  BANNER,
  BANNER_MAX_WORDS,
  CHROME_PATTERNS,
  HEADLINE_MAX_LENGTH,
  LEAD_OPENING,
  MIN_LETTERS,
  SECTION_MAX_WORDS,
  SENTENCE_BREAK,
  SENTENCE_MIN_COMMAS,
} from './constants.js';

/** A non-blank line, trimmed; `start`/`end` are UTF-16 offsets of the trimmed text. */
export interface Line {
  text: string;
  start: number;
  end: number;
  /** isChrome / isSentence of the text, once asked (the dateline and the headline readers ask of the same lines). */
  chrome?: boolean;
  sentence?: boolean;
}

/** The first `max` non-blank lines (all of them by default). */
export function lines(text: string, max = Infinity): Line[] {
  const out: Line[] = [];
  let from = 0;
  while (from <= text.length && out.length < max) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ text: trimmed, start: from + lead, end: from + lead + trimmed.length });
    from = to + 1;
  }
  return out;
}

/** At least MIN_LETTERS letters (a sticky test: no array of every letter). */
const ENOUGH_LETTERS = new RegExp(`^(?:\\P{L}*\\p{L}){${MIN_LETTERS}}`, 'u');
const DIGIT = /\p{N}/u;
const FINAL_STOP = /[.!?…:]$/u;
const HAS_LETTER = /\p{L}/u;
/** The chrome patterns, one alternation per set of flags: one scan of the line instead of one per pattern. */
const CHROME: readonly RegExp[] = (() => {
  const byFlags = new Map<string, string[]>();
  for (const p of CHROME_PATTERNS) byFlags.set(p.flags, [...(byFlags.get(p.flags) ?? []), `(?:${p.source})`]);
  return [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
})();

/** The pieces `split(/\s+/u)` gives, but the empty ones. */
const WORD = /\S+/gu;
/** At most `max` words of the line hold a letter (counted without splitting it, stopping past `max`). */
function atMostLetterWords(line: string, max: number): boolean {
  let n = 0;
  WORD.lastIndex = 0;
  for (let w = WORD.exec(line); w !== null; w = WORD.exec(line)) if (HAS_LETTER.test(w[0]) && ++n > max) return false;
  return true;
}

/** Page chrome: buttons, hotlines, counters, breadcrumbs, a portal's banner, a short section name. */
export function isChrome(line: string): boolean {
  if (line.length > HEADLINE_MAX_LENGTH) return false;
  if (!ENOUGH_LETTERS.test(line)) return true;
  if (CHROME.some((p) => p.test(line))) return true;
  if (BANNER.test(line) && atMostLetterWords(line, BANNER_MAX_WORDS)) return true;
  if (DIGIT.test(line) || FINAL_STOP.test(line)) return false;
  return atMostLetterWords(line, SECTION_MAX_WORDS);
}

/** A body sentence rather than a headline: long, comma-heavy, two sentences, or a news lead. */
export function isSentence(line: string): boolean {
  if (line.length > HEADLINE_MAX_LENGTH) return true;
  if ((line.match(/,/g)?.length ?? 0) >= SENTENCE_MIN_COMMAS) return true;
  if (SENTENCE_BREAK.test(line)) return true;
  return LEAD_OPENING.test(line);
}

/** isChrome of a line's text, computed once per line. */
export const isChromeLine = (line: Line): boolean => (line.chrome ??= isChrome(line.text));
/** isSentence of a line's text, computed once per line. */
export const isSentenceLine = (line: Line): boolean => (line.sentence ??= isSentence(line.text));
