/**
 * A span read as a money amount, a percentage or a ratio ("21.000/46.290 triệu đồng",
 * "4/9 xã") is not also a date: the figure, with its unit, is the stronger
 * reading. The dates extractor avoids most of these itself; this refiner is
 * the cross-kind safety net.
 */
import type { KindRecords, Span } from '../types.js';

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function dropDatesInsideFigures(records: KindRecords): KindRecords {
  const figures: Span[] = [...records.money, ...records.percents, ...records.ratios];
  if (figures.length === 0) return records;
  return { ...records, dates: records.dates.filter((d) => !figures.some((f) => overlaps(d, f))) };
}
