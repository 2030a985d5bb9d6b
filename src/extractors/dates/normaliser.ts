/**
 * Resolution of captured date parts into ISO 8601 values (pure functions):
 * validation of day/month/year, year inference from the reference year,
 * intervals and times of day.
 */
import type { DateGranularity } from '../../types.js';
import { BARE_YEAR_MAX, BARE_YEAR_MIN, YEAR_MAX, YEAR_MIN, MAX_RANGE_YEARS, MERIDIEM_AM, MERIDIEM_PM } from './constants.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export const isYear = (y: number) => Number.isInteger(y) && y >= YEAR_MIN && y <= YEAR_MAX;
export const isBareYear = (y: number) => Number.isInteger(y) && y >= BARE_YEAR_MIN && y <= BARE_YEAR_MAX;

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Days in a month; with no year known, February may have 29. */
export function daysInMonth(month: number, year: number | null): number {
  if (month === 2) return year === null || isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export const isMonth = (m: number) => Number.isInteger(m) && m >= 1 && m <= 12;

export function isDayOf(day: number, month: number, year: number | null): boolean {
  return isMonth(month) && Number.isInteger(day) && day >= 1 && day <= daysInMonth(month, year);
}

/** A resolved calendar value before it becomes a record. */
export interface DateValue {
  value: string;
  granularity: DateGranularity;
  year_inferred: boolean;
}

/**
 * `d/m` with or without a written year: the written year, else the
 * reference year (inferred), else `--MM-DD` (no year, nothing inferred).
 * Null when the day does not exist.
 */
export function dayValue(day: number, month: number, year: number | null, referenceYear: number | null): DateValue | null {
  if (year !== null) {
    if (!isYear(year) || !isDayOf(day, month, year)) return null;
    return { value: `${pad(year, 4)}-${pad(month)}-${pad(day)}`, granularity: 'day', year_inferred: false };
  }
  if (referenceYear !== null && isDayOf(day, month, referenceYear))
    return { value: `${pad(referenceYear, 4)}-${pad(month)}-${pad(day)}`, granularity: 'day', year_inferred: true };
  if (!isDayOf(day, month, null)) return null;
  return { value: `--${pad(month)}-${pad(day)}`, granularity: 'day', year_inferred: false };
}

export function monthValue(month: number, year: number): DateValue | null {
  if (!isMonth(month) || !isYear(year)) return null;
  return { value: `${pad(year, 4)}-${pad(month)}`, granularity: 'month', year_inferred: false };
}

export function quarterValue(quarter: number, year: number): DateValue | null {
  if (quarter < 1 || quarter > 4 || !isYear(year)) return null;
  return { value: `${pad(year, 4)}-Q${quarter}`, granularity: 'quarter', year_inferred: false };
}

export function yearValue(year: number, bare = false): DateValue | null {
  if (!(bare ? isBareYear(year) : isYear(year))) return null;
  return { value: pad(year, 4), granularity: 'year', year_inferred: false };
}

/** An ISO 8601 interval of two values; the start must not come after the end. */
export function rangeValue(from: DateValue | null, to: DateValue | null): DateValue | null {
  if (!from || !to) return null;
  if (!from.value.startsWith('--') && from.value > to.value) return null;
  if (from.value.startsWith('--') && to.value.startsWith('--') && from.value > to.value) return null;
  return { value: `${from.value}/${to.value}`, granularity: 'range', year_inferred: from.year_inferred || to.year_inferred };
}

/** `2020-2025`: both years plausible as bare years, the end after the start, not absurdly long. */
export function yearRangeValue(from: number, to: number): DateValue | null {
  if (!isBareYear(from) || !isBareYear(to) || to <= from || to - from > MAX_RANGE_YEARS) return null;
  return rangeValue(yearValue(from, true), yearValue(to, true));
}

const PM: ReadonlySet<string> = new Set(MERIDIEM_PM.map((m) => m.toUpperCase()));
const AM: ReadonlySet<string> = new Set(MERIDIEM_AM.map((m) => m.toUpperCase()));

/** A day value with a time of day (`2:35 PM` → 14:35); null when the time is not a clock time. */
export function withTime(day: DateValue, hour: number, minute: number, meridiem: string | undefined): DateValue | null {
  if (minute > 59) return null;
  let h = hour;
  const marker = meridiem?.toUpperCase();
  if (marker && PM.has(marker)) {
    if (h > 12) {
      if (h > 23) return null;
    } else if (h < 12) h += 12;
  } else if (marker && AM.has(marker)) {
    if (h > 12) return null;
    if (h === 12) h = 0;
  }
  if (h > 23) return null;
  return { value: `${day.value}T${pad(h)}:${pad(minute)}`, granularity: 'minute', year_inferred: day.year_inferred };
}
