/**
 * Document metadata on the fixtures: the reference year against every gold
 * file's `reference_year`, and the datelines the gold notes describe.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const root = join(import.meta.dirname, '..');
const sets = [
  { gold: 'fixtures/gold', text: 'seeds' },
  { gold: 'fixtures/dev', text: 'fixtures/dev' },
  { gold: 'fixtures/blind', text: 'fixtures/blind' },
  { gold: 'fixtures/holdout', text: 'fixtures/holdout' },
  { gold: 'fixtures/holdout3', text: 'fixtures/holdout3' },
  { gold: 'fixtures/holdout4', text: 'fixtures/holdout4' },
  { gold: 'fixtures/holdout5', text: 'fixtures/holdout5' },
  { gold: 'fixtures/holdout6', text: 'fixtures/holdout6' },
  { gold: 'fixtures/holdout7', text: 'fixtures/holdout7' },
  { gold: 'fixtures/holdout7b', text: 'fixtures/holdout7b' },
];
const cases = sets
  .filter((s) => existsSync(join(root, s.gold)))
  .flatMap((s) =>
    readdirSync(join(root, s.gold))
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({
        name: `${s.text}/${basename(f, '.json')}.txt`,
        gold: JSON.parse(readFileSync(join(root, s.gold, f), 'utf8')) as { reference_year: number | null },
      })),
  );

const docOf = (name: string) => extract(readFileSync(join(root, name), 'utf8'), { source: name });

describe('reference year', () => {
  it.each(cases)('$name', ({ name, gold }) => {
    expect(docOf(name).reference_year).toBe(gold.reference_year);
  });
  it('is overridden by the option', () => {
    expect(extract('Ngày 3/9, huyện tổ chức hội nghị.', { referenceYear: 2031 }).dates[0].value).toBe('2031-09-03');
  });
  it('leaves day/month dates without a year when there is none', () => {
    expect(extract('Ngày 3/9, huyện tổ chức hội nghị.').dates[0].value).toBe('--09-03');
  });
});

describe('dateline and title', () => {
  it.each([
    ['seeds/002_1aa5fc70ae9c1b3b.txt', '2024-06-17T13:30'],
    ['seeds/003_ad2cf5400ff7f7ce.txt', '2019-11-28T02:18'],
    ['fixtures/dev/f3.txt', '2022-08-24'],
    ['fixtures/dev/g1.txt', '2020-10-02T08:55'],
    ['fixtures/dev/g6.txt', '2022-11-08T02:11'],
    ['seeds/000_0ceb2c1fcc57a048.txt', null],
  ])('%s published %s', (name, published) => {
    expect(docOf(name).published).toBe(published);
  });
  it('takes the headline, not page chrome', () => {
    const doc = docOf('seeds/004_b4aa573c3580f7ba.txt');
    expect(doc.title).toMatch(/^Thường trực HĐND huyện tổ chức Hội nghị giao ban/);
  });
  it('reads a headline before a dateline line', () => {
    const doc = extract('Tỉnh khánh thành cầu mới\n12/05/2023 | 08:15\n\nSáng 12/5, tỉnh tổ chức lễ khánh thành.');
    expect(doc.title).toBe('Tỉnh khánh thành cầu mới');
    expect(doc.published).toBe('2023-05-12T08:15');
    expect(doc.reference_year).toBe(2023);
  });
});
