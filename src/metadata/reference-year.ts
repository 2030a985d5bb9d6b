/**
 * The reference year that day/month dates take (SPEC "dates"), in order:
 * the dateline's year; else the one year named in the headline; else the
 * year written most often outside ranges, ties going to the one written
 * first; else the first year of the first range; else none.
 */
import type { DateRecord } from '../types.js';

/** What the reference year reads of a date record. */
type DateValue = Pick<DateRecord, 'value' | 'granularity' | 'year_inferred'>;

const YEAR_OF = /^(\d{4})/;

/** The year a record writes itself (not inferred, not a range), or null. */
function writtenYear(r: DateValue): number | null {
  if (r.granularity === 'range' || r.year_inferred) return null;
  const m = YEAR_OF.exec(r.value);
  return m ? Number(m[1]) : null;
}

/** The year of an ISO value (`2024-06-17T13:30` → 2024), or null for `--09-03`. */
export function yearOfValue(value: string): number | null {
  const m = YEAR_OF.exec(value);
  return m ? Number(m[1]) : null;
}

/** The single year a headline names (outside ranges), or null when it names none or several. */
export function headlineYear(headlineDates: DateRecord[]): number | null {
  // A loop, not `.map`: `.map`'s array turns holey once V8 inlines it, which deoptimises the code that reads it (docs/profile-warmup.md, round 2).
  const years = new Set<number>();
  for (const d of headlineDates) {
    const y = writtenYear(d);
    if (y !== null) years.add(y);
  }
  return years.size === 1 ? [...years][0] : null;
}

/** Most often written year outside ranges (first written on a tie), else the first range's first year. */
export function textYear(dates: readonly DateValue[]): number | null {
  const counts = new Map<number, number>();
  for (const r of dates) {
    const y = writtenYear(r);
    if (y !== null) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [year, n] of counts) if (best === null || n > counts.get(best)!) best = year; // Map keeps first-written order.
  if (best !== null) return best;
  const range = dates.find((r) => r.granularity === 'range');
  return range ? yearOfValue(range.value) : null;
}

/** `dates` is called only when the dateline and the headline give no year (it scans the whole text). */
export function referenceYear(
  datelineValue: string | null,
  headlineDates: DateRecord[] | null,
  dates: () => readonly DateValue[],
): number | null {
  return (
    (datelineValue !== null ? yearOfValue(datelineValue) : null) ??
    (headlineDates ? headlineYear(headlineDates) : null) ??
    textYear(dates())
  );
}
