/**
 * Every encoding variant of a fixture must decode and extract to exactly the
 * records of the clean UTF-8 NFC text (SPEC "Input", "Text normalisation").
 * Variants are generated here from the fixtures, not committed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeBytes, DecodeError } from '../src/read/decode.js';
import { convertTcvn3, encodeTcvn3 } from '../src/read/legacy/tcvn3.js';
import { convertVni, encodeVniAsLatin1 } from '../src/read/legacy/vni.js';
import { extract } from '../src/index.js';
import { normaliseText } from '../src/normalise/normalise.js';

const FIXTURES = [
  ...readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => `seeds/${f}`),
  ...readdirSync('fixtures/dev').filter((f) => f.endsWith('.txt')).map((f) => `fixtures/dev/${f}`),
].sort();

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/;

/** Windows-1258 form: ă â ê ô ơ ư đ precomposed, the five tones as combining marks after the letter. */
function windows1258Form(text: string): string {
  return text.normalize('NFD').replace(/(\P{M})(\p{M}+)/gu, (_m, base: string, marks: string) => {
    const tones = [...marks].filter((m) => TONES.test(m)).join('');
    const others = [...marks].filter((m) => !TONES.test(m)).join('');
    return (base + others).normalize('NFC') + tones;
  });
}

/** Old-style tone placement: "hòa" → "hoà", "Ủy" → "Uỷ" (the inverse of the normaliser's rule). */
function oldStyleTones(text: string): string {
  return text
    .normalize('NFD')
    .replace(/(?<![qQ\p{M}])([oOuU])([\u0300\u0301\u0303\u0309\u0323])([aAeEyY])(?![\p{L}\p{M}])/gu, '$1$3$2')
    .normalize('NFC');
}

function utf16be(text: string): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
}

const VARIANTS: Record<string, { bytes: (text: string) => Uint8Array; warning?: string }> = {
  'UTF-8 with BOM': { bytes: (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t)]) },
  'UTF-16 LE with BOM': { bytes: (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]) },
  'UTF-16 BE with BOM': { bytes: (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(t)]) },
  'windows-1258': { bytes: (t) => iconv.encode(windows1258Form(t), 'windows1258'), warning: 'decoded as windows-1258' },
  NFD: { bytes: (t) => Buffer.from(t.normalize('NFD')) },
  'old-style tones': { bytes: (t) => Buffer.from(oldStyleTones(t)) },
  'VNI (bytes)': { bytes: (t) => iconv.encode(encodeVniAsLatin1(t), 'windows1252'), warning: 'converted from VNI' },
  'VNI (shown as Latin-1 in UTF-8)': { bytes: (t) => Buffer.from(encodeVniAsLatin1(t)), warning: 'converted from VNI' },
};

/** Everything but the warnings: records, title, dates, authors. */
function recordsOf(text: string) {
  const { warnings: _warnings, ...rest } = extract(text, { source: 'x' });
  return rest;
}

describe.each(FIXTURES)('%s', (file) => {
  const clean = readFileSync(file, 'utf8').normalize('NFC');
  const expected = recordsOf(clean);

  it.each(Object.keys(VARIANTS))('%s gives identical records', (name) => {
    const variant = VARIANTS[name];
    const decoded = decodeBytes(variant.bytes(clean));
    expect(decoded.warnings).toEqual(variant.warning ? [variant.warning] : []);
    expect(normaliseText(decoded.text)).toBe(normaliseText(clean));
    expect(recordsOf(decoded.text)).toEqual(expected);
  });

  it('old-style variant really differs from the clean text (the test is not vacuous)', () => {
    if (!/[oOuU][\u0300\u0301\u0303\u0309\u0323][aAeEyY](?![\p{L}\p{M}])/u.test(clean.normalize('NFD'))) return;
    expect(oldStyleTones(clean)).not.toBe(clean);
  });

  it('TCVN3 (ABC) decodes with a warning; only the case of toned capitals is lost (the format has none)', () => {
    const decoded = decodeBytes(encodeTcvn3(clean));
    expect(decoded.warnings).toEqual(['decoded as TCVN3 (ABC)']);
    const caseless = (s: string) => normaliseText(s).toLowerCase();
    expect(caseless(decoded.text)).toBe(caseless(clean.replace(/[^\x00-\xff\p{L}\p{M}]/gu, '?')));
  });
});

describe('legacy font encodings', () => {
  it('converts TCVN3 samples', () => {
    expect(convertTcvn3('Céng hoµ x· héi chñ nghÜa ViÖt Nam')).toBe('Cộng hoà xã hội chủ nghĩa Việt Nam');
    expect(convertTcvn3('§éc lËp - Tù do - H¹nh phóc')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(convertTcvn3('Uû ban nh©n d©n tØnh, n\u00ADíc, ®¹t 53,59% kÕ ho¹ch')).toBe('Uỷ ban nhân dân tỉnh, nước, đạt 53,59% kế hoạch');
  });

  it('converts VNI samples', () => {
    expect(convertVni('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(convertVni('Ñoäc laäp - Töï do - Haïnh phuùc')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(convertVni('nöôùc, ngöôøi, tænh, ñòa baøn, naêm, ñaït 53,59% keá hoaïch')).toBe(
      'nước, người, tỉnh, địa bàn, năm, đạt 53,59% kế hoạch',
    );
    expect(convertVni('UÛY BAN NHAÂN DAÂN')).toBe('ỦY BAN NHÂN DÂN');
  });

  it('round-trips every Vietnamese letter through the VNI and TCVN3 tables', () => {
    const lower = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ';
    const all = `${lower} ${lower.toUpperCase()}`;
    expect(convertVni(encodeVniAsLatin1(all))).toBe(all);
    expect(convertTcvn3(Buffer.from(encodeTcvn3(lower)).toString('latin1'))).toBe(lower);
  });

  it('detects TCVN3 and VNI bytes in a short document', () => {
    const text = 'Ủy ban nhân dân tỉnh báo cáo tình hình thực hiện kế hoạch năm 2024 của các huyện.';
    expect(decodeBytes(encodeTcvn3(text)).warnings).toEqual(['decoded as TCVN3 (ABC)']);
    expect(decodeBytes(iconv.encode(encodeVniAsLatin1(text), 'windows1252')).warnings).toEqual(['converted from VNI']);
  });
});

describe('detection does not misfire', () => {
  it.each(FIXTURES)('clean UTF-8 %s is left as is', (file) => {
    const bytes = readFileSync(file);
    expect(decodeBytes(bytes)).toEqual({ text: bytes.toString('utf8'), warnings: [] });
  });

  it('leaves Latin-1-only UTF-8 text (French, English, ASCII Vietnamese) alone', () => {
    for (const text of ['Café à la crème, déjà vu, naïve façade — señor', 'Chu tich UBND tinh Nguyen Van A, nam 2024', 'Có và là các cà phê']) {
      expect(decodeBytes(Buffer.from(text))).toEqual({ text, warnings: [] });
    }
  });

  it('prefers windows-1258 for windows-1258 bytes, even when short', () => {
    const text = 'Ủy ban nhân dân tỉnh báo cáo tình hình thực hiện kế hoạch năm 2024.';
    const decoded = decodeBytes(iconv.encode(windows1258Form(text), 'windows1258'));
    expect(decoded.warnings).toEqual(['decoded as windows-1258']);
    expect(decoded.text.normalize('NFC')).toBe(text);
  });
});

describe('decodeBytes edge cases', () => {
  it('empty input and a lone BOM give empty text with a warning', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ text: '', warnings: ['empty input'] });
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf]))).toEqual({ text: '', warnings: ['empty input'] });
    expect(decodeBytes(Uint8Array.from([0xff, 0xfe]))).toEqual({ text: '', warnings: ['empty input'] });
  });

  it('rejects binary input (NUL bytes outside UTF-16)', () => {
    expect(() => decodeBytes(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(DecodeError);
    expect(() => decodeBytes(Buffer.from('abc\0def'))).toThrow('binary file (contains NUL bytes)');
  });

  it('keeps a UTF-8 file with a few corrupt bytes as UTF-8, with a warning', () => {
    const text = 'Ủy ban nhân dân tỉnh Đắk Lắk báo cáo tình hình thực hiện kế hoạch năm 2024. '.repeat(5);
    const bytes = Buffer.concat([Buffer.from(text), Buffer.from([0xff]), Buffer.from(text)]);
    const decoded = decodeBytes(bytes);
    expect(decoded.warnings).toEqual(['invalid UTF-8 bytes replaced with U+FFFD']);
    expect(decoded.text).toBe(`${text}\uFFFD${text}`);
  });
});
