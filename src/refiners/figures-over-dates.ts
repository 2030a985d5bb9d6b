/**
 * A span read as a money amount, a percentage or a ratio ("21.000/46.290 triệu đồng",
 * "4/9 xã") is not also a date: the figure, with its unit, is the stronger
 * reading. The dates extractor avoids most of these itself; this refiner is
 * the cross-kind safety net.
 */
import type { KindRecords, Span } from '../types.js';

/**
 * Whether a span overlaps any of the figures: figures sorted by start, with
 * `reach[i]` the largest end among the first i + 1. A span overlaps some
 * figure iff one of those starting before its end ends after its start, i.e.
 * iff the largest end among them does. A binary search per span, so dates ×
 * figures is never compared pair by pair (hostile text full of both).
 */
function overlapTest(figures: readonly Span[]): (span: Span) => boolean {
  const sorted = [...figures].sort((a, b) => a.start - b.start);
  // A loop, not `.map`: `.map`'s array turns holey once V8 inlines it, which deoptimises the code that reads it (docs/profile-warmup.md, round 2).
  const starts: number[] = [];
  const reach: number[] = [];
  let max = -Infinity;
  for (const f of sorted) {
    starts.push(f.start);
    reach.push((max = Math.max(max, f.end)));
  }
  return (span) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < span.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1] > span.start;
  };
}

export function dropDatesInsideFigures(records: KindRecords): KindRecords {
  const figures: Span[] = [...records.money, ...records.percents, ...records.ratios];
  if (figures.length === 0) return records;
  const overlapsFigure = overlapTest(figures);
  return { ...records, dates: records.dates.filter((d) => !overlapsFigure(d)) };
}
