/**
 * The dates engine: runs every parser over the text, keeps the widest of
 * overlapping candidates (a full date over its day/month, a range over its
 * years, `tháng 8 năm 2022` over `năm 2022`), then attaches a time of day
 * written next to a single date. Used by the extractor and by the metadata
 * reader (datelines, reference year).
 */
import type { DateRecord } from '../../types.js';
import { isBlankCode, isLetterCode } from '../../lexicon/chars.js';
import { MERIDIEM_IN_TEXT } from './constants.js';
import { withTime, yearValue, type DateValue } from './normaliser.js';
import { PARSERS, type Candidate, type ParseContext } from './parsers.js';
import type { AtNumber, AtOrWordsBefore, Finder, WordsBeforeDigit } from './patterns.js';
import { CONTEXT_BEFORE, DIGIT_RUN_START, LIST_STOP, NUMBER_START_HERE, TIME_AFTER, TIME_BEFORE, YEAR_LIST_NEXT } from './patterns.js';

/** Candidates found by one match: usually one, two for `ngày 10 và 11/12` or `từ 01/10 đến 15/10/2023`. */
interface Group {
  members: Candidate[];
  coverStart: number;
  coverEnd: number;
  order: number;
}

/** Sticky copies of the parsers' patterns, to confirm a lead's match where it starts. */
const STICKY: readonly RegExp[] = PARSERS.map((p) => new RegExp(p.pattern.source, p.pattern.flags.replace('g', '') + 'y'));

type AnyFinder = Finder | WordsBeforeDigit | AtNumber | AtOrWordsBefore;

/** The parsers grouped by finder (those with none scan with their own pattern), in parser order. */
const SCANS: readonly { finder: AnyFinder | null; members: number[] }[] = (() => {
  const scans: { finder: AnyFinder | null; members: number[] }[] = [];
  PARSERS.forEach((p, order) => {
    const shared = p.finder && scans.find((s) => s.finder === p.finder);
    if (shared) shared.members.push(order);
    else scans.push({ finder: p.finder ?? null, members: [order] });
  });
  return scans;
})();

/** The scans of their own (a parser's pattern, or a Finder's scan). */
const OWN_SCANS = SCANS.filter((s): s is { finder: Finder | null; members: number[] } => s.finder === null || 'scan' in s.finder);

/** The finders served by the one number-start scan: words-before-digit ones (with their families as parser indices), and the others. */
const WORD_LED_SCANS: readonly { finder: WordsBeforeDigit; families: number[][]; members: number[] }[] = SCANS.flatMap(({ finder, members }) => {
  if (finder === null || !('words' in finder)) return [];
  const families = finder.families.map((patterns) => members.filter((order) => patterns.includes(PARSERS[order].pattern)));
  if (members.some((order) => !families.some((f) => f.includes(order)))) throw new Error('a word-led parser has no family');
  return [{ finder, families, members }];
});
const AT_NUMBER_SCANS: readonly { at: RegExp; maxWords: number; members: number[] }[] = SCANS.flatMap(({ finder, members }) =>
  finder === null || 'scan' in finder || 'words' in finder ? [] : [{ at: finder.at, maxWords: 'maxWords' in finder ? finder.maxWords : 0, members }],
);


/** NUM_START at a digit run's start: by hand before an ASCII character (no other letters or digits there). */
function isNumberStart(text: string, at: number): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at - 1);
  if (c >= 0x80) {
    NUMBER_START_HERE.lastIndex = at;
    return NUMBER_START_HERE.test(text);
  }
  return !(isLetterCode(c) || (c >= 0x30 && c <= 0x3a) || c === 0x2e || c === 0x2c || c === 0x2f); // digits and `:`, `.`, `,`, `/`
}

/** Try the parsers `members`, sticky, at `at`, adding their matches. */
function tryAt(text: string, at: number, members: readonly number[], out: RegExpExecArray[][]): void {
  for (const order of members) {
    const sticky = STICKY[order];
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m) out[order].push(m);
  }
}

/**
 * The starts of the letter runs (up to `maxWords`, joined by blanks) that
 * end right before the blanks before the digit at `digit` (a blank stands
 * right before it), rightmost first; none when more than three blanks do.
 */
function wordStartsBefore(text: string, digit: number, maxWords: number, starts: number[]): void {
  starts.length = 0;
  let end = digit - 1; // the space found before the digit
  while (end > 0 && isBlankCode(text.charCodeAt(end - 1))) end--;
  if (digit - end > 3) return;
  for (let words = 0; words < maxWords; words++) {
    let start = end;
    while (start > 0 && isLetterCode(text.charCodeAt(start - 1))) start--;
    if (start === end) return;
    starts.push(start);
    end = start;
    while (end > 0 && isBlankCode(text.charCodeAt(end - 1))) end--;
    if (end === start) return;
  }
}

/**
 * The matches of every parser, each parser's in text order, as a global
 * scan retried one position after each match finds them: every position
 * where the pattern matches. A finder's parsers are tried where it says
 * they can start (see Finder, WordsBeforeDigit).
 */
function matchesOf(text: string): RegExpExecArray[][] {
  // A loop, not `.map`: `.map`'s array turns holey once V8 inlines it, which deoptimises the code that reads it (docs/profile-warmup.md, round 2).
  const out: RegExpExecArray[][] = [];
  for (let order = 0; order < PARSERS.length; order++) out.push([]);
  const starts: number[] = [];
  for (const { finder, members } of OWN_SCANS) {
    const re = finder === null ? PARSERS[members[0]].pattern : finder.scan;
    let untried = 0;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (finder === null) out[members[0]].push(m);
      else for (let at = Math.max(untried, m.index - finder.reach); at <= m.index; at++) tryAt(text, at, members, out);
      untried = m.index + 1;
      re.lastIndex = m.index + 1;
    }
  }
  // Each number start, given to every number-led finder in turn: each parser's tries stay in text
  // order (a finder's tries for a hit lie after the previous digit, so after the previous hit's).
  DIGIT_RUN_START.lastIndex = 0;
  while (DIGIT_RUN_START.test(text)) {
    const at = DIGIT_RUN_START.lastIndex - 1;
    const afterBlank = at > 0 && isBlankCode(text.charCodeAt(at - 1));
    if (!afterBlank && !isNumberStart(text, at)) continue;
    if (afterBlank) {
      for (const { finder, families, members } of WORD_LED_SCANS) {
        const { words, maxWords, firstWord } = finder;
        wordStartsBefore(text, at, maxWords, starts);
        for (let i = starts.length - 1; i >= 0; i--) {
          words.lastIndex = starts[i];
          if (!words.test(text)) continue;
          // Only the family of the run's word (the gate passing, its word is one of the leads' first words).
          firstWord.lastIndex = starts[i];
          const w = firstWord.exec(text);
          let family = members;
          if (w !== null) for (let g = 0; g < families.length; g++) if (w[g + 1] !== undefined) family = families[g];
          tryAt(text, starts[i], family, out);
        }
      }
    }
    for (const { at: tail, maxWords, members } of AT_NUMBER_SCANS) {
      tail.lastIndex = at;
      if (!tail.test(text)) continue;
      if (maxWords > 0 && afterBlank) {
        wordStartsBefore(text, at, maxWords, starts);
        for (let i = starts.length - 1; i >= 0; i--) tryAt(text, starts[i], members, out);
      }
      tryAt(text, at, members, out);
    }
  }
  return out;
}

/**
 * The last text scanned and its matches, per parser. The metadata reader
 * scans the whole text for its years (reference year null) right before the
 * dates extractor scans it again with the reference year: the matches do
 * not depend on the reference year, only what the parsers make of them.
 */
let memo: { text: string; matches: RegExpExecArray[][] } | null = null;

function allMatches(text: string, remember: boolean): RegExpExecArray[][] {
  if (memo !== null && memo.text === text) return memo.matches;
  const matches = matchesOf(text);
  if (remember) memo = { text, matches };
  return matches;
}

/** Every candidate of every parser. A match is retried one position later, so no parser hides another's start. */
function candidates(ctx: ParseContext, remember: boolean): Group[] {
  const out: Group[] = [];
  const matches = allMatches(ctx.text, remember);
  for (let order = 0; order < PARSERS.length; order++) {
    const parser = PARSERS[order];
    for (const m of matches[order]) {
      const found = parser.extract(m, ctx);
      if (found === null) continue;
      const members = Array.isArray(found) ? found : [found];
      if (members.length === 0) continue;
      let coverStart = members[0].coverStart;
      let coverEnd = members[0].coverEnd;
      for (const c of members) {
        if (c.coverStart < coverStart) coverStart = c.coverStart;
        if (c.coverEnd > coverEnd) coverEnd = c.coverEnd;
      }
      out.push({ members, coverStart, coverEnd, order });
    }
  }
  return out;
}

/** Widest first (then earlier parser, then leftmost); a group overlapping a kept one is dropped. */
function dropOverlaps(found: Group[]): Candidate[] {
  const width = (g: Group) => g.coverEnd - g.coverStart;
  const sorted = [...found].sort((a, b) => width(b) - width(a) || a.order - b.order || a.coverStart - b.coverStart);
  // The spans taken so far, disjoint, sorted by start.
  const taken: { start: number; end: number }[] = [];
  const kept: Candidate[] = [];
  for (const g of sorted) {
    if (g.coverStart < g.coverEnd) {
      // the first taken span ending after this group starts: it overlaps when it starts before the group ends
      let lo = 0;
      let hi = taken.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (taken[mid].end <= g.coverStart) lo = mid + 1;
        else hi = mid;
      }
      if (lo < taken.length && taken[lo].start < g.coverEnd) continue;
      taken.splice(lo, 0, { start: g.coverStart, end: g.coverEnd });
    }
    for (const c of g.members) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const DIGIT = /\d/;

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

/**
 * The values of findDates' records, without their times of day or texts
 * (what the reference year reads: a time changes neither a record's year
 * nor whether it is a range or infers its year).
 */
export function findDateValues(text: string, referenceYear: number | null, remember = true): DateValue[] {
  return keptCandidates(text, referenceYear, remember);
}

/** The candidates findDates makes its records of, in order. */
function keptCandidates(text: string, referenceYear: number | null, remember: boolean): Candidate[] {
  if (!DIGIT.test(text)) return []; // every date pattern holds a digit
  return withYearLists(dropOverlaps(candidates({ text, referenceYear }, remember)), text);
}

/** The record findDates makes of `kept[i]`: its time of day attached (within its neighbours), its text. */
function recordOf(kept: readonly Candidate[], i: number, text: string): DateRecord {
  const prevEnd = i > 0 ? kept[i - 1].end : 0;
  const nextStart = i + 1 < kept.length ? kept[i + 1].start : text.length;
  const c = attachTime(kept[i], text, prevEnd, nextStart);
  return {
    text: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    value: c.value,
    granularity: c.granularity,
    year_inferred: c.year_inferred,
  };
}

/**
 * All dates of a text, in reading order, with UTF-16 offsets. The matches
 * of the last text are kept for the next call on the same text, unless
 * `remember` is false (a line or a headline, scanned between the metadata
 * reader's and the extractor's scans of the whole text).
 */
export function findDates(text: string, referenceYear: number | null, remember = true): DateRecord[] {
  const kept = keptCandidates(text, referenceYear, remember);
  const records: DateRecord[] = [];
  for (let i = 0; i < kept.length; i++) records.push(recordOf(kept, i, text));
  return records;
}

/**
 * The whole text's dates with no reference year, for the metadata reader:
 * the values of every record (findDateValues), and the records themselves
 * (findDates') made only for the spans asked, the head lines.
 */
export class TextDates {
  readonly values: readonly DateValue[];
  private readonly kept: readonly Candidate[];
  private readonly records: (DateRecord | undefined)[] = [];

  /** The matches are kept for the dates extractor's scan of the same text (see allMatches). */
  constructor(private readonly text: string) {
    this.kept = keptCandidates(text, null, true);
    this.values = this.kept;
  }

  private record(i: number): DateRecord {
    return (this.records[i] ??= recordOf(this.kept, i, this.text));
  }

  /**
   * The records of findDates(text, null) starting in [start, end). A record
   * starts at its candidate or earlier (a time before it), never before the
   * previous candidate's end: the records' starts rise with the candidates',
   * so the first candidate starting at `start` or later bounds the search.
   */
  recordsIn(start: number, end: number): DateRecord[] {
    const kept = this.kept;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    const out: DateRecord[] = [];
    for (let i = lo; i < kept.length; i++) {
      const r = this.record(i);
      if (r.start >= end) break;
      if (r.start >= start) out.push(r);
    }
    return out;
  }
}
