/**
 * The dates engine: runs every parser over the text, keeps the widest of
 * overlapping candidates (a full date over its day/month, a range over its
 * years, `tháng 8 năm 2022` over `năm 2022`), then attaches a time of day
 * written next to a single date. Used by the extractor and by the metadata
 * reader (datelines, reference year).
 */
import type { DateRecord } from '../../types.js';
import { MERIDIEM_IN_TEXT } from './constants.js';
import { withTime, yearValue } from './normaliser.js';
import { PARSERS, type Candidate, type ParseContext } from './parsers.js';
import { CONTEXT_BEFORE, LIST_STOP, TIME_AFTER, TIME_BEFORE, YEAR_LIST_NEXT } from './patterns.js';

/** Candidates found by one match: usually one, two for `ngày 10 và 11/12` or `từ 01/10 đến 15/10/2023`. */
interface Group {
  members: Candidate[];
  coverStart: number;
  coverEnd: number;
  order: number;
}

/** Every candidate of every parser. A match is retried one position later, so no parser hides another's start. */
function candidates(ctx: ParseContext): Group[] {
  const out: Group[] = [];
  PARSERS.forEach((parser, order) => {
    const re = parser.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
      const found = parser.extract(m, ctx);
      const members = found === null ? [] : Array.isArray(found) ? found : [found];
      if (members.length)
        out.push({
          members,
          coverStart: Math.min(...members.map((c) => c.coverStart)),
          coverEnd: Math.max(...members.map((c) => c.coverEnd)),
          order,
        });
      re.lastIndex = m.index + 1;
    }
  });
  return out;
}

/** Widest first (then earlier parser, then leftmost); a group overlapping a kept one is dropped. */
function dropOverlaps(found: Group[], length: number): Candidate[] {
  const width = (g: Group) => g.coverEnd - g.coverStart;
  const sorted = [...found].sort((a, b) => width(b) - width(a) || a.order - b.order || a.coverStart - b.coverStart);
  const taken = new Uint8Array(length + 1);
  const kept: Candidate[] = [];
  for (const g of sorted) {
    let free = true;
    for (let i = g.coverStart; i < g.coverEnd && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, g.coverStart, g.coverEnd);
    kept.push(...g.members);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const KEEP_MERIDIEM: ReadonlySet<string> = new Set(MERIDIEM_IN_TEXT);

/** `17/06/2024, 13:30` and `16:45, 17/06/2023`: the time joins the record, which becomes minute-granular. */
function attachTime(c: Candidate, text: string, prevEnd: number, nextStart: number): Candidate {
  if (!c.timeable) return c;
  const after = TIME_AFTER.exec(text.slice(c.end, Math.min(nextStart, c.end + 40)));
  if (after) {
    const g = after.groups!;
    const timed = withTime(c, Number(g.h), Number(g.mi), g.ampm);
    if (timed) {
      const end = c.end + (g.ampm && !KEEP_MERIDIEM.has(g.ampm) ? after[0].lastIndexOf(g.ampm) : after[0].length);
      return { ...c, ...timed, end: c.end + text.slice(c.end, end).trimEnd().length };
    }
  }
  const from = Math.max(prevEnd, c.start - CONTEXT_BEFORE);
  const before = TIME_BEFORE.exec(text.slice(from, c.start));
  if (before) {
    const g = before.groups!;
    const timed = withTime(c, Number(g.h), Number(g.mi), g.ampm);
    if (timed) return { ...c, ...timed, start: from + before.index };
  }
  return c;
}

/** `năm 2021, 2022 và 2023`: the years listed after a year record are dates too. */
function withYearLists(kept: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  kept.forEach((c, i) => {
    out.push(c);
    if (c.granularity !== 'year') return;
    const limit = i + 1 < kept.length ? kept[i + 1].coverStart : text.length;
    let end = c.end;
    for (let m = YEAR_LIST_NEXT.exec(text.slice(end, end + 20)); m; m = YEAR_LIST_NEXT.exec(text.slice(end, end + 20))) {
      const next = end + m[0].length;
      const value = yearValue(Number(m.groups!.y), true);
      if (!value || next > limit || LIST_STOP.test(text.slice(next, next + 3))) break;
      out.push({ ...value, start: next - 4, end: next, coverStart: next - 4, coverEnd: next, timeable: false });
      end = next;
    }
  });
  return out;
}

/** All dates of a text, in reading order, with UTF-16 offsets. */
export function findDates(text: string, referenceYear: number | null): DateRecord[] {
  const kept = withYearLists(dropOverlaps(candidates({ text, referenceYear }), text.length), text);
  const records: DateRecord[] = [];
  kept.forEach((c0, i) => {
    const prevEnd = i > 0 ? kept[i - 1].end : 0;
    const nextStart = i + 1 < kept.length ? kept[i + 1].start : text.length;
    const c = attachTime(c0, text, prevEnd, nextStart);
    records.push({
      text: text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      value: c.value,
      granularity: c.granularity,
      year_inferred: c.year_inferred,
    });
  });
  return records;
}
