import { describe, expect, it } from 'vitest';
import { containsWords, matchKey, pairByKey } from '../bench/score.js';

describe('eval scorer', () => {
  it('matches indicators as whole words only', () => {
    expect(containsWords('tổng thu ngân sách', 'thu ngân sách')).toBe(true);
    expect(containsWords('thu ngân sách trên địa bàn', 'đ')).toBe(false);
    expect(containsWords('thu', 'thu ngân sách')).toBe(false);
  });
  it('keys dates without the time and quarters as their year', () => {
    expect(matchKey('dates', { value: '2024-06-17T13:30' })).toBe('2024-06-17');
    expect(matchKey('dates', { value: '2021-Q2' })).toBe('2021');
  });
  it('pairs records as a multiset', () => {
    const { pairs, unmatchedGold, unmatchedPredicted } = pairByKey([1, 1, 2], [1, 3], String, String);
    expect(pairs).toEqual([[1, 1]]);
    expect(unmatchedGold).toEqual([1, 2]);
    expect(unmatchedPredicted).toEqual([3]);
  });
});
