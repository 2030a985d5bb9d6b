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
import { CHANGE_BEFORE, PARTNER_BEFORE, PERCENT, QUALIFIER_BEFORE, WINDOW } from './patterns.js';
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
    const change = CHANGE_VERBS[c.groups.verb.toLowerCase().replace(/\s+/g, ' ')] ?? null;
    return { approx, change, verbStart: base + c.index };
  }
  return { approx, change: null, verbStart: null };
}

function record(text: string, start: number, end: number, value: number, approx: string | null, change: Change): PercentRecord {
  return { text: text.slice(start, end), start, end, value, subject: null, change, approx };
}

/** Every percentage in the text, in order. */
export function findPercents(text: string): PercentRecord[] {
  const out: PercentRecord[] = [];
  PERCENT.lastIndex = 0;
  for (let m = PERCENT.exec(text); m; m = PERCENT.exec(text)) {
    const numberText = m.groups!.number;
    const value = numberValue(numberText);
    if (value === null) continue;
    const numberStart = m.index;
    const end = m.index + m[0].length;
    const figures: { start: number; figure: Figure }[] = [];

    // `5,2/6%` (achieved/planned) and `0,8-15%` (range): the first figure is a record too.
    const window = text.slice(Math.max(0, numberStart - 24), numberStart);
    const partner = PARTNER_BEFORE.exec(window);
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
