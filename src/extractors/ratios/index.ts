/**
 * Ratios: counts out of a total written `X/Y noun` (`4/9 xã`, `19/19 tiêu
 * chí`, `14/15 cuộc kiểm tra`, `70/70 phiếu`), with `unit` the counted noun.
 *
 * Not ratios: X > Y (`5.742/5.000 đảng viên` is achieved/planned), ranks
 * (`xếp thứ 3/12 huyện`), document, address and day numbers (`số 12/2019`,
 * `ngày 3/9`), quantities in units of measure or money (`5.600/6.000 ha`,
 * `21.000/46.290 triệu đồng`), X/Y followed by no noun (`24/7`, `3/9,`). An
 * X/Y that reads as a day/month date (`4/9`) counts only when a noun from the
 * counted-noun list follows it; other X/Y take any lower-case noun that is
 * not a unit, a time word or a function word (`7/53 chỉ tiên`, a typo).
 */
import type { RatioRecord } from '../../types.js';
import type { Extractor } from '../types.js';
import { numberValue } from '../../numbers/number.js';
import {
  BOUND,
  FRACTION,
  KNOWN_NOUN,
  LOWER_START,
  NEXT_WORDS,
  NOT_AFTER_WORD,
  NOT_COUNTED_WORDS,
  WINDOW_BEFORE,
} from './patterns.js';

const isDateLike = (x: number, y: number) => x >= 1 && x <= 31 && y >= 1 && y <= 12;

/** The counted noun right after `at` and where it ends, or null. */
function countedNoun(text: string, at: number, dateLike: boolean): { unit: string; end: number } | null {
  NEXT_WORDS.lastIndex = at;
  const words = NEXT_WORDS.exec(text);
  if (!words?.groups || NOT_COUNTED_WORDS.has(words.groups.first.toLowerCase())) return null;
  KNOWN_NOUN.lastIndex = at;
  const known = KNOWN_NOUN.exec(text);
  const { first, second } = words.groups;
  const lower = LOWER_START.test(first);
  // A capitalised word after a day/month-like X/Y starts a sentence (`3/9 Đảng bộ xã …` is rare as a count).
  if (known?.groups && (lower || !dateLike)) return { unit: known.groups.unit, end: KNOWN_NOUN.lastIndex };
  if (dateLike || !lower) return null;
  if (second && BOUND.has(first) && !NOT_COUNTED_WORDS.has(second)) {
    const end = at + words[0].length;
    return { unit: `${first} ${second}`, end };
  }
  const end = at + words[0].length - (second ? second.length + 1 : 0);
  return { unit: first, end };
}

/** Whether a rank, number or day word ends right before `start` (`thứ 3/12`, `ngày 4/9`). */
function afterExcludedWord(text: string, start: number): boolean {
  const from = Math.max(0, start - WINDOW_BEFORE);
  const prev = NOT_AFTER_WORD.exec(text.slice(from, start));
  if (!prev) return false;
  const wordStart = from + prev.index;
  return wordStart === 0 || !/[\p{L}\p{N}]/u.test(text[wordStart - 1]);
}

const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * The first FRACTION at or after `from`, or null. Its `/` has a digit on each
 * side, and the numerator before it is a run of digits and dots: the scan
 * goes from slash to slash (indexOf) and tries the sticky FRACTION only where
 * a digit starts after a non-digit in that run, the leftmost first. (FRACTION
 * opens with a lookbehind: run as a global search, V8 would try it at every
 * position of the text.) Each run is walked once, so the scan is linear.
 */
function nextFraction(text: string, from: number): RegExpExecArray | null {
  for (let slash = text.indexOf('/', from); slash >= 0; slash = text.indexOf('/', slash + 1)) {
    if (slash === from || !isDigitCode(text.charCodeAt(slash - 1)) || !isDigitCode(text.charCodeAt(slash + 1))) continue;
    let runStart = slash;
    while (runStart > from && (isDigitCode(text.charCodeAt(runStart - 1)) || text.charCodeAt(runStart - 1) === 0x2e)) runStart--;
    for (let at = runStart; at < slash; at++) {
      if (!isDigitCode(text.charCodeAt(at)) || (at > 0 && isDigitCode(text.charCodeAt(at - 1)))) continue;
      FRACTION.lastIndex = at;
      const m = FRACTION.exec(text);
      if (m) return m;
    }
  }
  return null;
}

export function extractRatios(text: string): RatioRecord[] {
  const records: RatioRecord[] = [];
  for (let m = nextFraction(text, 0); m; m = nextFraction(text, m.index + m[0].length)) {
    const numerator = numberValue(m.groups!.numerator);
    const denominator = numberValue(m.groups!.denominator);
    if (numerator === null || denominator === null || denominator === 0 || numerator > denominator) continue;
    if (afterExcludedWord(text, m.index)) continue;
    const noun = countedNoun(text, m.index + m[0].length, isDateLike(numerator, denominator));
    if (!noun) continue;
    records.push({
      text: text.slice(m.index, noun.end),
      start: m.index,
      end: noun.end,
      numerator,
      denominator,
      unit: noun.unit,
    });
  }
  return records;
}

export const ratiosExtractor: Extractor<'ratios'> = {
  kind: 'ratios',
  needs: [],
  extract: (context) => extractRatios(context.text),
};
