/**
 * The number grammar (src/numbers): exact values from src/numbers/corpus.json,
 * and linear time on adversarial runs of digits and separators.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  NUMBER,
  parseVietnameseNumber,
  readScaledNumber,
  decimalToNumber,
  type ExactDecimal,
} from '../src/numbers/number.js';
import { extract } from '../src/index.js';

interface Corpus {
  tokens: { text: string; value: string }[];
  not_tokens: string[];
  scaled: { text: string; value: string; rest?: string }[];
}
const corpus = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'src', 'numbers', 'corpus.json'), 'utf8'),
) as Corpus;

/** An exact decimal as a plain decimal string, trailing zeros of the fraction dropped. */
function show(d: ExactDecimal): string {
  const digits = d.mantissa.toString().padStart(d.places + 1, '0');
  if (d.places === 0) return digits;
  const int = digits.slice(0, digits.length - d.places);
  const frac = digits.slice(digits.length - d.places).replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
}

describe('number tokens', () => {
  for (const t of corpus.tokens) {
    it(`${t.text} = ${t.value}`, () => {
      const d = parseVietnameseNumber(t.text);
      expect(d).not.toBeNull();
      expect(show(d!)).toBe(t.value);
    });
  }
  for (const t of corpus.not_tokens) {
    it(`not one number: ${JSON.stringify(t)}`, () => {
      expect(parseVietnameseNumber(t)).toBeNull();
    });
  }
  it('the NUMBER pattern does not start inside a phone number', () => {
    const found = [...'SĐT: 0262.859.9699'.matchAll(new RegExp(NUMBER, 'gu'))].map((m) => m[0]);
    expect(found).toEqual([]);
  });
});

describe('scaled numbers', () => {
  for (const t of corpus.scaled) {
    it(`${t.text} = ${t.value}`, () => {
      const s = readScaledNumber(t.text, 0);
      expect(s).not.toBeNull();
      expect(show(s!.value)).toBe(t.value);
      expect(t.text.slice(s!.end)).toBe(t.rest ?? '');
    });
  }
  it('has no float noise', () => {
    expect(decimalToNumber(readScaledNumber('59,6 triệu', 0)!.value)).toBe(59600000);
    expect(decimalToNumber(readScaledNumber('0,07 tỷ', 0)!.value)).toBe(70000000);
    expect(decimalToNumber(readScaledNumber('1,1 triệu', 0)!.value)).toBe(1100000);
  });
});

describe('linear time on adversarial input', () => {
  const size = 1_000_000;
  const inputs: Record<string, string> = {
    dots: '1.'.repeat(size / 2),
    commas: '9,'.repeat(size / 2),
    slashes: '1/'.repeat(size / 2) + ' xã đồng',
    digits: '1'.repeat(size) + ' tỷ đồng',
    grouped: '1' + '.111'.repeat(size / 4) + ' tỷ đồng',
    scaleChain: '5 tỷ/'.repeat(size / 6) + '5 tỷ đồng',
    compounds: '1 tỷ 2 triệu 3 nghìn '.repeat(size / 20),
    ranks: 'thứ 3/12 '.repeat(size / 9),
  };
  for (const [name, text] of Object.entries(inputs)) {
    it(`money and ratios on 1 MB of ${name}`, () => {
      // No wall-clock assertion (timings belong to npm run bench): a catastrophic
      // pattern shows up as the test timeout, a wrong one as a thrown error.
      const doc = extract(text, { kinds: ['money', 'ratios'] });
      expect(Array.isArray(doc.money) && Array.isArray(doc.ratios)).toBe(true);
    });
  }
});
