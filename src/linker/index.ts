/**
 * The linker: after refining, ties records of different kinds together. Pure.
 *
 * Money amounts get the indicator they measure (`indicator`, the CSV
 * `subject` column): first from the plan attainment whose actual/planned
 * amount they are (`Giá trị ngành dịch vụ ước đạt 304 tỷ đồng, đạt 53,59% KH`),
 * else from the clause they stand in, found the same way as a percent's
 * subject.
 */
import type { Kind, KindRecords, MoneyRecord, PlanAttainmentRecord } from '../types.js';
import { findSubject } from '../extractors/percents/subject.js';
import { attainmentAmounts, byStart } from '../extractors/plan_attainments/index.js';

/** The money records a plan attainment took its actual/planned amounts from. */
function amountsOf(text: string, money: readonly MoneyRecord[], pa: PlanAttainmentRecord): MoneyRecord[] {
  if (!pa.actual && !pa.planned) return [];
  const clause = findSubject(text, pa.start);
  const { actual, planned } = attainmentAmounts(text, money, clause.clauseStart, pa.start, pa.end);
  return [actual, planned].filter((m): m is MoneyRecord => m !== null);
}

/**
 * `kinds`: the kinds the caller keeps. Without money among them (plan
 * attainments run money internally, then drop it) no indicator is computed.
 */
export function link(records: KindRecords, text: string, kinds?: readonly Kind[]): KindRecords {
  if (records.money.length === 0 || (kinds !== undefined && !kinds.includes('money'))) return records;
  const indicators = new Map<MoneyRecord, string>();
  const amounts = byStart(records.money);
  for (const pa of records.plan_attainments) {
    if (!pa.indicator) continue;
    for (const m of amountsOf(text, amounts, pa)) if (!indicators.has(m)) indicators.set(m, pa.indicator);
  }
  // Fields listed, not `{ ...m, indicator }`: on Node 20 a spread plus a new key costs ~40x more per record
  // (a slow clone path); the key order stays that of the extractor.
  const money = records.money.map(
    (m): MoneyRecord => ({
      text: m.text,
      start: m.start,
      end: m.end,
      value: m.value,
      currency: m.currency,
      per: m.per,
      approx: m.approx,
      indicator: m.indicator ?? indicators.get(m) ?? findSubject(text, m.start, false).phrase,
    }),
  );
  return { ...records, money };
}
