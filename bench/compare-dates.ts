/**
 * `npm run compare-dates`: our dates against chrono-node's Vietnamese parser
 * (`chrono-node/vi`) on the eval sets (seeds/ with fixtures/gold/,
 * fixtures/dev/, fixtures/blind/ and fixtures/holdout/ when present), both scored with the same
 * matching as `npm run eval` (bench/score.ts: ISO value without the time of
 * day, a quarter counting as its year).
 *
 * chrono is handed the gold reference year: it parses with 1 January of that
 * year as the reference date, and a day/month it reads without a year gets
 * that year (our rule for `year_inferred`). Its results map to our values by
 * the components it is certain of: day → `YYYY-MM-DD`, month → `YYYY-MM`,
 * year → `YYYY`, a result with an end → `start/end`. Results with no certain
 * calendar component (a bare `Sáng`, a time of day) are not counted at all.
 */
import * as chrono from 'chrono-node/vi';
import { extract } from '../src/index.js';
import { loadGoldArticles, type SetName } from './gold-sets.js';
import { f1, matchKey, pairByKey, type GoldRecord, type Tally } from './score.js';

const showMisses = process.argv.includes('--misses');

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** One side of a chrono result as one of our ISO values, or null when it holds no certain calendar part. */
function componentValue(c: chrono.ParsedResult['start'], referenceYear: number | null): string | null {
  const year = c.isCertain('year') ? c.get('year')! : referenceYear;
  if (c.isCertain('day')) {
    const md = `${pad(c.get('month')!)}-${pad(c.get('day')!)}`;
    return year === null ? `--${md}` : `${pad(year, 4)}-${md}`;
  }
  if (c.isCertain('month')) return year === null ? null : `${pad(year, 4)}-${pad(c.get('month')!)}`;
  if (c.isCertain('year')) return pad(c.get('year')!, 4);
  return null;
}

function chronoDates(text: string, referenceYear: number | null): GoldRecord[] {
  const ref = new Date(referenceYear ?? new Date().getFullYear(), 0, 1);
  const out: GoldRecord[] = [];
  for (const r of chrono.parse(text.normalize('NFC'), ref)) {
    const start = componentValue(r.start, referenceYear);
    if (start === null) continue;
    const end = r.end ? componentValue(r.end, referenceYear) : null;
    out.push({ text: r.text, value: end ? `${start}/${end}` : start });
  }
  return out;
}

interface Side {
  tally: Tally;
  misses: string[];
}

function score(side: Side, source: string, gold: GoldRecord[], predicted: GoldRecord[]): void {
  const key = (r: GoldRecord) => matchKey('dates', r);
  const { pairs, unmatchedGold, unmatchedPredicted } = pairByKey(gold, predicted, key, key);
  side.tally.gold += gold.length;
  side.tally.predicted += predicted.length;
  side.tally.matched += pairs.length;
  for (const g of unmatchedGold) side.misses.push(`${source}\tmissed\t${key(g)}\t${String(g.text ?? '')}`);
  for (const p of unmatchedPredicted) side.misses.push(`${source}\tspurious\t${key(p)}\t${String(p.text ?? '')}`);
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
const row = (label: string, t: Tally) => {
  const { p, r, f } = f1(t);
  return `${label.padEnd(28)} ${String(t.gold).padStart(5)} ${String(t.predicted).padStart(5)} ${String(t.matched).padStart(6)}   ${pct(p)}  ${pct(r)} ${pct(f)}`;
};

const newSide = (): Side => ({ tally: { gold: 0, predicted: 0, matched: 0 }, misses: [] });
const sets: Record<SetName | 'all', { ours: Side; chrono: Side }> = {
  seeds: { ours: newSide(), chrono: newSide() },
  dev: { ours: newSide(), chrono: newSide() },
  blind: { ours: newSide(), chrono: newSide() },
  holdout: { ours: newSide(), chrono: newSide() },
  holdout3: { ours: newSide(), chrono: newSide() },
  holdout4: { ours: newSide(), chrono: newSide() },
  holdout5: { ours: newSide(), chrono: newSide() },
  holdout6: { ours: newSide(), chrono: newSide() },
  holdout7: { ours: newSide(), chrono: newSide() },
  holdout7b: { ours: newSide(), chrono: newSide() },
  all: { ours: newSide(), chrono: newSide() },
};

for (const a of loadGoldArticles()) {
  const referenceYear = a.gold.reference_year ?? null;
  const ours = extract(a.text, { source: a.gold.source, referenceYear: referenceYear ?? undefined, kinds: ['dates'] })
    .dates as unknown as GoldRecord[];
  const theirs = chronoDates(a.text, referenceYear);
  for (const set of [sets[a.set], sets.all]) {
    score(set.ours, a.gold.source, a.gold.dates, ours);
    score(set.chrono, a.gold.source, a.gold.dates, theirs);
  }
}

console.log('dates, same matching as npm run eval; both handed the gold reference year');
console.log(`${'set / parser'.padEnd(28)}  gold  pred  match   precision recall     F1`);
for (const [name, s] of Object.entries(sets)) {
  if (s.ours.tally.gold === 0 && s.ours.tally.predicted === 0) continue;
  console.log(row(`${name.padEnd(6)} vn-report-extract`, s.ours.tally));
  console.log(row(`${name.padEnd(6)} chrono-node vi`, s.chrono.tally));
}
if (showMisses) {
  console.log('\nvn-report-extract misses');
  for (const m of sets.all.ours.misses) console.log(m);
  console.log('\nchrono-node vi misses');
  for (const m of sets.all.chrono.misses) console.log(m);
}
