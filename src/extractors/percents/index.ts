/**
 * The `percents` kind (SPEC "percents"): every percentage, with its value,
 * the indicator it is about (`subject`), whether it is a change by the figure
 * (`change`) and its qualifier (`approx`). Patterns in ./patterns.ts, word
 * lists in ./constants.ts, the indicator finder in ./subject.ts (shared with
 * plan attainments and the linker).
 */
import { numberValue } from '../../numbers/number.js';
import type { Change, PercentRecord } from '../../types.js';
import type { Extractor } from '../types.js';
import { CHANGE_VERBS } from './constants.js';
import { isDigitCode } from '../../lexicon/chars.js';
import { wordKey } from './word-scan.js';
import { CHANGE_BEFORE, PARTNER_BEFORE, PERCENT, QUALIFIER_BEFORE, SIGN_WORDS, SIGN_WORD_MARKS, WINDOW, mayEndWithPartner } from './patterns.js';
import { findSubject } from './subject.js';

export { findSubject, saysEstimate } from './subject.js';

/** A percent record plus where its number starts (internal to the scan). */
interface Figure {
  value: number;
  /** UTF-16 span of the number alone. */
  numberStart: number;
  numberEnd: number;
}

/** Qualifier and change read from the words right before a number. */
function readBefore(text: string, numberStart: number): { approx: string | null; change: Change; verbStart: number | null } {
  const window = text.slice(Math.max(0, numberStart - WINDOW), numberStart);
  const base = numberStart - window.length;
  const q = QUALIFIER_BEFORE.exec(window);
  const approx = q?.groups?.q ? q.groups.q.toLowerCase() : null;
  const c = CHANGE_BEFORE.exec(window);
  if (c?.groups?.verb && !c.groups.rate) {
    const change = CHANGE_VERBS[wordKey(c.groups.verb)] ?? null;
    return { approx, change, verbStart: base + c.index };
  }
  return { approx, change: null, verbStart: null };
}

function record(text: string, start: number, end: number, value: number, approx: string | null, change: Change): PercentRecord {
  return { text: text.slice(start, end), start, end, value, subject: null, change, approx };
}

const isNumberCode = (code: number) => isDigitCode(code) || code === 0x2e || code === 0x2c;

/**
 * The per-cent signs of one text, in order: `%` found by indexOf, the words
 * `phần trăm` by their own scan (SIGN_WORDS), the nearer first. Asked with
 * growing `from`, each scan resumes where it stopped.
 */
class Signs {
  private percent: number;
  private word = -1;
  private wordEnd = -1;
  /** The next `ầ` and `Ầ` (SIGN_WORD_MARKS) at or after the last position asked about, -1 when none is left. */
  private lowerMark = -2;
  private upperMark = -2;
  /** Where the next sign starts and ends, set by next(). */
  start = -1;
  end = -1;

  constructor(private readonly text: string) {
    this.percent = text.indexOf('%');
    this.findWord(0);
  }

  /** The first `ầ` or `Ầ` at or after `at`, or -1 (each indexOf resumes where it stopped). */
  private nextMark(at: number): number {
    if (this.lowerMark !== -1 && this.lowerMark < at) this.lowerMark = this.text.indexOf(SIGN_WORD_MARKS[0], at);
    if (this.upperMark !== -1 && this.upperMark < at) this.upperMark = this.text.indexOf(SIGN_WORD_MARKS[1], at);
    if (this.lowerMark === -1 || this.upperMark === -1) return Math.max(this.lowerMark, this.upperMark);
    return Math.min(this.lowerMark, this.upperMark);
  }

  /** The first SIGN_WORDS match at or after `from` (what a global scan from `from` finds): its `ầ` is its third character. */
  private findWord(from: number): void {
    const { text } = this;
    for (let mark = this.nextMark(from + 2); mark !== -1; mark = this.nextMark(mark + 1)) {
      const h = text.charCodeAt(mark - 1);
      const p = text.charCodeAt(mark - 2);
      if ((h !== 0x68 && h !== 0x48) || (p !== 0x70 && p !== 0x50)) continue;
      SIGN_WORDS.lastIndex = mark - 2;
      const m = SIGN_WORDS.exec(text);
      if (m) {
        this.word = m.index;
        this.wordEnd = m.index + m[0].length;
        return;
      }
    }
    this.word = -1;
    this.wordEnd = -1;
  }

  /** Finds the first sign starting at or after `from` (start, end); false when there is none. */
  next(from: number): boolean {
    if (this.percent !== -1 && this.percent < from) this.percent = this.text.indexOf('%', from);
    if (this.word !== -1 && this.word < from) this.findWord(from);
    if (this.percent === -1 && this.word === -1) return false;
    if (this.word === -1 || (this.percent !== -1 && this.percent < this.word)) {
      this.start = this.percent;
      this.end = this.percent + 1;
    } else {
      this.start = this.word;
      this.end = this.wordEnd;
    }
    return true;
  }
}

/**
 * The next figure and sign (PERCENT) starting at or after `from`: the match a
 * left-to-right scan for PERCENT would find, found from the signs back. A
 * figure ends at most two spaces before its sign and starts in the run of
 * digits, dots and commas that ends there; its leftmost start that matches is
 * the one such a scan reaches first.
 */
function nextPercent(text: string, signs: Signs, from: number): RegExpExecArray | null {
  for (let found = signs.next(from); found; found = signs.next(signs.end)) {
    const { start: signStart, end: signEnd } = signs;
    let numberEnd = signStart;
    while (numberEnd > from && signStart - numberEnd < 2 && text.charCodeAt(numberEnd - 1) === 0x20) numberEnd--;
    if (numberEnd === from || !isDigitCode(text.charCodeAt(numberEnd - 1))) continue;
    let runStart = numberEnd - 1;
    while (runStart > from && isNumberCode(text.charCodeAt(runStart - 1))) runStart--;
    for (let p = runStart; p < numberEnd; p++) {
      if (!isDigitCode(text.charCodeAt(p))) continue;
      PERCENT.lastIndex = p;
      const m = PERCENT.exec(text);
      if (m && m.index + m[0].length === signEnd) return m;
    }
  }
  return null;
}

/** Every percentage in the text, in order. */
export function findPercents(text: string): PercentRecord[] {
  const out: PercentRecord[] = [];
  const signs = new Signs(text);
  for (let m = nextPercent(text, signs, 0); m; m = nextPercent(text, signs, m.index + m[0].length)) {
    const numberText = m.groups!.number;
    const value = numberValue(numberText);
    if (value === null) continue;
    const numberStart = m.index;
    const end = m.index + m[0].length;
    const figures: { start: number; figure: Figure }[] = [];

    // `5,2/6%` (achieved/planned) and `0,8-15%` (range): the first figure is a record too.
    const window = text.slice(Math.max(0, numberStart - 24), numberStart);
    const partner = mayEndWithPartner(window) ? PARTNER_BEFORE.exec(window) : null;
    let firstStart = numberStart;
    if (partner?.groups?.number) {
      const partnerValue = numberValue(partner.groups.number);
      if (partnerValue !== null) {
        firstStart = numberStart - window.length + partner.index;
        figures.push({
          start: firstStart,
          figure: { value: partnerValue, numberStart: firstStart, numberEnd: firstStart + partner.groups.number.length },
        });
      }
    }
    figures.push({ start: numberStart, figure: { value, numberStart, numberEnd: numberStart + numberText.length } });

    const { approx, change, verbStart } = readBefore(text, firstStart);
    const subject = findSubject(text, verbStart ?? firstStart).phrase;
    figures.forEach(({ figure }, i) => {
      const last = i === figures.length - 1;
      const start = i === 0 && verbStart !== null ? verbStart : figure.numberStart;
      const rec = record(text, start, last ? end : figure.numberEnd, figure.value, i === 0 ? approx : null, change);
      rec.subject = subject;
      out.push(rec);
    });
  }
  return out;
}

export const percentsExtractor: Extractor<'percents'> = {
  kind: 'percents',
  needs: [],
  extract: (context) => findPercents(context.text),
};
