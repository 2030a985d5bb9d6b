/**
 * Scoring rules of fixtures/gold/README.md: records are matched per article
 * and kind on their values (money: currency and amount; percents and plan
 * attainments: the number; dates: the ISO value without a time of day, a
 * quarter counting as its year; ratios: numerator/denominator; officials: the
 * name, then whether each gold title is among the record's titles).
 */
import type { ExtractedDocument, Kind } from '../src/types.js';

export type GoldRecord = Record<string, unknown>;
export interface GoldFile {
  source: string;
  reference_year?: number | null;
  officials: { name: string; titles: string[] }[];
  dates: GoldRecord[];
  money: GoldRecord[];
  percents: GoldRecord[];
  plan_attainments: GoldRecord[];
  ratios: GoldRecord[];
}

const nfc = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const fold = (s: string) => nfc(s).toLowerCase();

export function matchKey(kind: Kind, r: GoldRecord): string {
  switch (kind) {
    case 'money':
      return `${r.currency}:${r.value}`;
    case 'percents':
      return String(r.value);
    case 'plan_attainments':
      return String(r.percent);
    case 'dates': {
      const v = String(r.value).replace(/T\d\d:\d\d(:\d\d)?/g, '');
      return v.replace(/^(\d{4})-Q[1-4]$/, '$1');
    }
    case 'ratios':
      return `${r.numerator}/${r.denominator}`;
    case 'officials':
      return nfc(String(r.name));
  }
}

/**
 * Whether `inner` stands in `outer` as whole words ("thu ngân sách" in
 * "tổng thu ngân sách"), never as a fragment: a one-letter indicator "đ" is
 * not "contained" in every phrase that has the letter.
 */
export function containsWords(outer: string, inner: string): boolean {
  const o = outer.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const i = inner.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (i.length === 0 || i.length > o.length) return false;
  for (let k = 0; k + i.length <= o.length; k++) if (i.every((w, j) => o[k + j] === w)) return true;
  return false;
}

export interface Tally {
  gold: number;
  predicted: number;
  matched: number;
}

export interface Miss {
  kind: Kind;
  source: string;
  side: 'missed' | 'spurious';
  key: string;
  text: string;
}

/** Multiset matching on keys: pairs each gold record with one predicted record of equal key. */
export function pairByKey<T, U>(gold: T[], predicted: U[], keyG: (g: T) => string, keyP: (p: U) => string) {
  const pool = new Map<string, U[]>();
  for (const p of predicted) {
    const k = keyP(p);
    pool.set(k, [...(pool.get(k) ?? []), p]);
  }
  const pairs: [T, U][] = [];
  const unmatchedGold: T[] = [];
  for (const g of gold) {
    const candidates = pool.get(keyG(g));
    if (candidates && candidates.length) pairs.push([g, candidates.shift()!]);
    else unmatchedGold.push(g);
  }
  const unmatchedPredicted = [...pool.values()].flat();
  return { pairs, unmatchedGold, unmatchedPredicted };
}

export interface DocScore {
  tallies: Record<Kind, Tally>;
  misses: Miss[];
  /** officials: gold titles found / gold titles, over matched officials. */
  titleHits: number;
  titleTotal: number;
  /** matched officials whose every gold title was found. */
  officialsAllTitles: number;
  officialsMatched: number;
  /** plan attainments: indicator equal (case-insensitive) / one contained in the other as whole words. */
  indicatorExact: number;
  indicatorLoose: number;
  indicatorTotal: number;
  indicatorMisses: { source: string; gold: string; got: string | null }[];
  referenceYearRight: boolean;
}

export const SCORED_KINDS: Kind[] = ['officials', 'dates', 'money', 'percents', 'plan_attainments', 'ratios'];

export function scoreDocument(gold: GoldFile, doc: ExtractedDocument): DocScore {
  const score: DocScore = {
    tallies: {} as Record<Kind, Tally>,
    misses: [],
    titleHits: 0,
    titleTotal: 0,
    officialsAllTitles: 0,
    officialsMatched: 0,
    indicatorExact: 0,
    indicatorLoose: 0,
    indicatorTotal: 0,
    indicatorMisses: [],
    referenceYearRight: (gold.reference_year ?? null) === doc.reference_year,
  };
  for (const kind of SCORED_KINDS) {
    const goldRecs = (gold[kind] ?? []) as GoldRecord[];
    const predRecs = doc[kind] as unknown as GoldRecord[];
    const key = (r: GoldRecord) => matchKey(kind, r);
    const { pairs, unmatchedGold, unmatchedPredicted } = pairByKey(goldRecs, predRecs, key, key);
    score.tallies[kind] = { gold: goldRecs.length, predicted: predRecs.length, matched: pairs.length };
    for (const g of unmatchedGold)
      score.misses.push({ kind, source: gold.source, side: 'missed', key: key(g), text: String(g.text ?? g.name ?? '') });
    for (const p of unmatchedPredicted)
      score.misses.push({ kind, source: gold.source, side: 'spurious', key: key(p), text: String(p.text ?? '') });
    if (kind === 'officials') {
      for (const [g, p] of pairs) {
        const have = new Set(((p.titles as string[]) ?? []).map(fold));
        const titles = (g.titles as string[]) ?? [];
        const hits = titles.filter((t) => have.has(fold(t))).length;
        score.titleHits += hits;
        score.titleTotal += titles.length;
        score.officialsMatched += 1;
        if (hits === titles.length) score.officialsAllTitles += 1;
        else
          score.misses.push({
            kind,
            source: gold.source,
            side: 'missed',
            key: `${g.name}: titles`,
            text: `want ${JSON.stringify(titles)} got ${JSON.stringify(p.titles)}`,
          });
      }
    }
    if (kind === 'plan_attainments') {
      for (const [g, p] of pairs) {
        const want = fold(String(g.indicator ?? ''));
        const got = p.indicator == null ? null : fold(String(p.indicator));
        score.indicatorTotal += 1;
        if (got === want) score.indicatorExact += 1;
        if (got && want && (containsWords(got, want) || containsWords(want, got))) score.indicatorLoose += 1;
        else score.indicatorMisses.push({ source: gold.source, gold: String(g.indicator), got: p.indicator as string | null });
      }
    }
  }
  return score;
}

export function f1(t: Tally): { p: number; r: number; f: number } {
  const p = t.predicted ? t.matched / t.predicted : t.gold ? 0 : 1;
  const r = t.gold ? t.matched / t.gold : 1;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f };
}
