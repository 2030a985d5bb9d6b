import { describe, expect, it } from 'vitest';
import { alternation, compile, matchesAtBoundary, wordAlternation } from '../src/lexicon/regex.js';

describe('alternation', () => {
  it('puts longer words first so "nghìn tỷ" wins over "nghìn"', () => {
    const re = new RegExp(alternation(['nghìn', 'nghìn tỷ']), 'u');
    expect('5 nghìn tỷ'.match(re)?.[0]).toBe('nghìn tỷ');
  });
  it('lets a space inside a word match several spaces', () => {
    expect(new RegExp(alternation(['kế hoạch']), 'u').test('kế  hoạch')).toBe(true);
  });
  it('escapes regex syntax in words', () => {
    const re = new RegExp(`^${alternation(['tr.đ'])}$`, 'u');
    expect(re.test('tr.đ')).toBe(true);
    expect(re.test('trxđ')).toBe(false);
  });
  it('bounds whole words with Vietnamese letters, not \\b', () => {
    const re = new RegExp(wordAlternation(['đồng']), 'u');
    expect(re.test('59 đồng')).toBe(true);
    expect(re.test('đồngý')).toBe(false);
    expect(re.test('cộngđồng')).toBe(false);
  });
});

describe('compile', () => {
  it('fills slots and keeps native named groups', () => {
    const re = compile('(?<n>{{num}}) {{unit}}', { num: '\\d+', unit: 'tỷ|triệu' }, 'u');
    expect(re.exec('thu 139 tỷ')?.groups?.n).toBe('139');
  });
  it('refuses an unknown slot', () => {
    expect(() => compile('{{nope}}')).toThrow(/nope/);
  });
});

describe('matchesAtBoundary', () => {
  const label = /ĐT\s*:/gu;
  const boundary = /(?<![\p{L}\p{N}])/uy;
  it('finds a hit that starts a word, past hits inside words', () => {
    expect(matchesAtBoundary('SĐT: 1 — ĐT: 2', label, boundary)).toBe(true);
    expect(matchesAtBoundary('(ĐT: 0123)', label, boundary)).toBe(true);
  });
  it('rejects hits that only occur inside words', () => {
    expect(matchesAtBoundary('SĐT: 1, SĐT: 2', label, boundary)).toBe(false);
    expect(matchesAtBoundary('', label, boundary)).toBe(false);
  });
});
