/**
 * Property-based tests (issue 6) with Vietnamese-ish strings: digits, the
 * punctuation of figures, Vietnamese words, title words, spaces, newlines.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { extract, KINDS, type ExtractedDocument, type Span } from '../src/index.js';
import { csvFormatter, CSV_HEADER, documentToCsvRows } from '../src/writers/index.js';

const WORDS = [
  // title words and abbreviations
  'Chủ tịch', 'Phó Chủ tịch', 'Bí thư', 'Phó Bí thư', 'UBND', 'HĐND', 'Tỉnh ủy', 'Huyện ủy', 'tỉnh', 'huyện', 'xã',
  'đồng chí', 'ông', 'bà', 'Giám đốc', 'Sở', 'nguyên', 'Trưởng ban', 'UVTV', 'PBT', 'TU', 'Ủy viên',
  // names and places
  'Nguyễn', 'Văn', 'Thị', 'Trần', 'Lê', 'Hùng', 'Đắk Lắk', "K’Muôi", 'Y Biêr Niê', 'Buôn', 'Mliêng',
  // figures vocabulary
  'đạt', 'ước đạt', 'bằng', 'vượt', 'hoàn thành', 'tăng', 'giảm', 'còn', 'so với', 'KH', 'kế hoạch', 'dự toán',
  'chỉ tiêu', 'Nghị quyết', 'cùng kỳ', 'triệu', 'tỷ', 'tỉ', 'nghìn', 'ngàn', 'đồng', 'đ', 'VNĐ', 'USD', 'tr.đ', 'trđ',
  'hơn', 'trên', 'gần', 'khoảng', 'dưới', 'ha', 'tấn', 'tiêu chí', 'cuộc kiểm tra',
  // dates vocabulary
  'ngày', 'Ngày', 'sáng', 'chiều', 'tháng', 'năm', 'quý', 'II', 'IV', 'nhiệm kỳ', 'giai đoạn', 'đến năm', 'hôm',
  // bylines and chrome
  'Tác giả bài viết:', 'T/h:', 'Nguồn:', 'Uỷ ban', 'hoà', 'NFD'.normalize('NFD'), 'Ủy ban'.normalize('NFD'),
];
const word = fc.constantFrom(...WORDS);
const digits = fc.integer({ min: 0, max: 99999 }).map(String);
const punctuation = fc.constantFrom('.', ',', '/', '%', '-', '–', ':', ';', '(', ')', '"', '“', '”');
const space = fc.constantFrom(' ', ' ', ' ', '\u00A0', '\n', '\n\n', '\r\n', '\t');
const small = fc.integer({ min: 1, max: 31 }).map(String);
const year = fc.integer({ min: 1990, max: 2035 }).map(String);
const decimal = fc.tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) =>
  b === 0 ? a.toLocaleString('de-DE') : `${a.toLocaleString('de-DE')},${b}`,
);
const name = fc
  .tuple(fc.constantFrom('Nguyễn', 'Trần', 'Lê', 'Hồ'), fc.constantFrom('Văn', 'Thị', 'Đình'), fc.constantFrom('Hùng', 'Lan', 'Trung'))
  .map((parts) => parts.join(' '));
/** Realistic fragments of each kind, so the properties are exercised on records, not only on empty documents. */
const phrase = fc.oneof(
  fc.tuple(fc.constantFrom('ông', 'bà', 'đồng chí'), name, fc.constantFrom(', Phó Chủ tịch UBND tỉnh', ' - Bí thư Huyện ủy', ', Chủ tịch HĐND xã')).map((p) => p.join(' ')),
  fc.tuple(fc.constantFrom('Phó Chủ tịch UBND tỉnh', 'Bí thư Tỉnh ủy'), name).map((p) => p.join(' ')),
  fc.tuple(fc.constantFrom('ngày', 'Ngày', 'sáng'), small, small, year).map(([w, d, m, y]) => `${w} ${d}/${m}/${y}`),
  fc.tuple(fc.constantFrom('tháng', 'năm', 'quý II/'), year).map(([w, y]) => (w.endsWith('/') ? w + y : `${w} ${y}`)),
  fc.tuple(year, year).map(([a, b]) => `giai đoạn ${a}-${b}`),
  fc.tuple(fc.constantFrom('', 'hơn ', 'khoảng '), decimal, fc.constantFrom(' triệu đồng', ' tỷ đồng', ' nghìn tỷ đồng', ' USD', ' tr.đ')).map((p) => p.join('')),
  fc.tuple(fc.constantFrom('tăng ', 'giảm ', 'đạt ', ''), decimal).map(([w, n]) => `${w}${n}%`),
  fc.tuple(fc.constantFrom('Thu ngân sách ', 'Giá trị sản xuất ', ''), fc.constantFrom('ước đạt ', 'đạt ', 'vượt '), decimal, fc.constantFrom('% KH', '% kế hoạch', '%KH', '% dự toán')).map((p) => p.join('')),
  fc.tuple(small, small, fc.constantFrom(' xã', ' tiêu chí', ' cuộc kiểm tra', ' ha')).map(([a, b, u]) => `${a}/${b}${u}`),
);
const token = fc.oneof(
  { weight: 3, arbitrary: phrase },
  { weight: 4, arbitrary: word },
  { weight: 3, arbitrary: digits },
  { weight: 3, arbitrary: punctuation },
  { weight: 4, arbitrary: space },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
);
/** Tokens glued with no guaranteed spaces, so figures like `1.234,5/6%` and `3/9/2020` appear. */
const vietnameseish = fc.array(token, { maxLength: 80 }).map((tokens) => tokens.join(''));
const anyText = fc.oneof({ weight: 4, arbitrary: vietnameseish }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme' }) });

const RUNS = { numRuns: 400 };

/** Every span of a document: records and officials' mentions. */
function spans(doc: ExtractedDocument): Span[] {
  const all: Span[] = [];
  for (const kind of KINDS) {
    for (const record of doc[kind]) {
      all.push(record);
      if (kind === 'officials') all.push(...(record as { mentions: Span[] }).mentions);
    }
  }
  return all;
}

/** Every number anywhere in the document. */
function numbers(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => numbers(v, out));
  else if (value !== null && typeof value === 'object') Object.values(value).forEach((v) => numbers(v, out));
  return out;
}

describe('extract properties', () => {
  it('never throws', () => {
    fc.assert(
      fc.property(anyText, fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: undefined }), (text, referenceYear) => {
        extract(text, { referenceYear });
      }),
      RUNS,
    );
  });

  it('every record and mention text is the normalised text between start and end, in code points', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const doc = extract(text, { emitText: true });
        const codePoints = Array.from(doc.text!);
        for (const span of spans(doc)) {
          expect(Number.isInteger(span.start) && Number.isInteger(span.end)).toBe(true);
          expect(0 <= span.start && span.start <= span.end && span.end <= codePoints.length).toBe(true);
          expect(codePoints.slice(span.start, span.end).join('')).toBe(span.text);
        }
      }),
      RUNS,
    );
  });

  it('every number in a document is finite', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const n of numbers(extract(text))) expect(Number.isFinite(n)).toBe(true);
      }),
      RUNS,
    );
  });

  it('every document validates against schema/document.schema.json', () => {
    const schema = JSON.parse(readFileSync('schema/document.schema.json', 'utf8'));
    const AjvForDraft = String(schema.$schema ?? '').includes('2020-12') ? Ajv2020 : Ajv;
    const validate = new AjvForDraft({ allErrors: true, strict: false }).compile(schema);
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, emitText) => {
        const doc = JSON.parse(JSON.stringify(extract(text, { source: 'prop', emitText })));
        if (!validate(doc)) throw new Error(JSON.stringify(validate.errors, null, 1));
      }),
      RUNS,
    );
  });

  it('CSV output parses back (csv-parse) to the same rows', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('a.txt', '=cmd|x', 'dir/x,y "z".txt'), (text, source) => {
        const doc = extract(text, { source, emitText: true });
        const formatter = csvFormatter();
        const csv = formatter.begin() + formatter.document(doc, 0) + formatter.end(1);
        const rows = documentToCsvRows(doc);
        expect(rows.length).toBe(KINDS.reduce((n, kind) => n + doc[kind].length, 0));
        const parsed = parse(csv, { relax_column_count: false, bom: false, relax_quotes: false }) as string[][];
        expect(parsed).toEqual([[...CSV_HEADER], ...rows]);
      }),
      RUNS,
    );
  });
});

describe('the arbitraries are not vacuous', () => {
  it('generated texts yield records of most kinds', () => {
    const seen = new Map<string, number>();
    for (const text of fc.sample(vietnameseish, { numRuns: 1000, seed: 42 })) {
      const doc = extract(text);
      for (const kind of KINDS) if (doc[kind].length > 0) seen.set(kind, (seen.get(kind) ?? 0) + 1);
    }
    console.log('documents with records, by kind:', Object.fromEntries(seen));
    expect(seen.size).toBeGreaterThanOrEqual(4);
  });
});
