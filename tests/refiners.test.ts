import { describe, expect, it } from 'vitest';
import { dropDatesInsideFigures } from '../src/refiners/figures-over-dates.js';
import type { KindRecords } from '../src/types.js';

const empty = (): KindRecords => ({ officials: [], dates: [], money: [], percents: [], plan_attainments: [], ratios: [] });

describe('dropDatesInsideFigures', () => {
  it('drops a date that overlaps a ratio and keeps the others', () => {
    const records = empty();
    records.ratios.push({ text: '4/9 xã', start: 10, end: 16, numerator: 4, denominator: 9, unit: 'xã' });
    records.dates.push(
      { text: '4/9', start: 10, end: 13, value: '2020-09-04', granularity: 'day', year_inferred: true },
      { text: '3/9', start: 30, end: 33, value: '2020-09-03', granularity: 'day', year_inferred: true },
    );
    expect(dropDatesInsideFigures(records).dates.map((d) => d.text)).toEqual(['3/9']);
  });
  it('drops a date inside a money pair', () => {
    const records = empty();
    records.money.push({ text: '21.000/46.290 triệu đồng', start: 0, end: 24, value: 21e9, currency: 'VND', per: null, approx: null });
    records.dates.push({ text: '000/46', start: 3, end: 9, value: 'x', granularity: 'day', year_inferred: false });
    expect(dropDatesInsideFigures(records).dates).toEqual([]);
  });
});
