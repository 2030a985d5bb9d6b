import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  CSV_HEADER,
  contextAround,
  csvFormatter,
  documentToCsvRows,
  formatDocumentTable,
  formatNumber,
  formatterFor,
  guardCell,
  jsonFormatter,
  jsonlFormatter,
  PLAIN_STYLE,
  type DocumentFormatter,
  type TableStyle,
} from '../src/writers/index.js';
import type { ExtractedDocument } from '../src/types.js';
import { SAMPLE_TEXT, sampleDocument } from './writers-fixture.js';

/** Everything a formatter writes for these documents, piece by piece. */
function render(formatter: DocumentFormatter, docs: ExtractedDocument[]): string {
  return formatter.begin() + docs.map((doc, i) => formatter.document(doc, i)).join('') + formatter.end(docs.length);
}

const docs = [sampleDocument('a.txt'), sampleDocument('b.txt')];
const withText = (doc: ExtractedDocument) => ({ ...doc, text: SAMPLE_TEXT });

describe('json writer', () => {
  it('streams an array that parses back to the documents', () => {
    expect(JSON.parse(render(jsonFormatter(), docs))).toEqual(docs);
  });
  it('writes [] for no documents', () => {
    expect(JSON.parse(render(jsonFormatter(), []))).toEqual([]);
  });
  it('writes each document as a separate piece (no whole-output string)', () => {
    const f = jsonFormatter();
    expect(f.begin()).toBe('[');
    expect(f.document(docs[1], 1).startsWith(',\n')).toBe(true);
    expect(f.end(2)).toBe('\n]\n');
  });
});

describe('jsonl writer', () => {
  it('writes one compact document per line', () => {
    const text = render(jsonlFormatter(), docs);
    const lines = text.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((line) => JSON.parse(line))).toEqual(docs);
  });
});

describe('csv writer', () => {
  const rows = documentToCsvRows(sampleDocument(), SAMPLE_TEXT);
  const byKind = (kind: string) => rows.filter((row) => row[1] === kind);

  it('has the exact header', () => {
    expect(CSV_HEADER.join(',')).toBe('source,kind,text,value,unit,subject,detail,start,end,context');
    expect(csvFormatter().begin()).toBe('source,kind,text,value,unit,subject,detail,start,end,context\n');
  });

  it('fills the columns per SPEC for every kind', () => {
    // source, kind, text, value, unit, subject, detail, start, end
    const cut = (row: string[]) => row.slice(0, 7);
    expect(byKind('official').map(cut)).toEqual([
      ['sample.txt', 'official', 'Ông Nguyễn Văn An, Chủ tịch UBND tỉnh', 'Nguyễn Văn An', '', '', 'Chủ tịch UBND tỉnh; Bí thư Tỉnh ủy'],
    ]);
    expect(byKind('date').map(cut)).toEqual([['sample.txt', 'date', 'Ngày 3/9/2020', '2020-09-03', 'day', '', '']]);
    expect(byKind('money').map(cut)).toEqual([
      ['sample.txt', 'money', '59,6 triệu đồng/năm', '59600000', 'VND', 'thu ngân sách', 'năm'],
    ]);
    expect(byKind('percent').map(cut)).toEqual([
      ['sample.txt', 'percent', '53,59%', '53.59', '%', 'thu ngân sách', ''],
      ['sample.txt', 'percent', 'tăng 26%', '26', '%', 'giá trị dịch vụ', 'up'],
    ]);
    expect(byKind('plan_attainment').map(cut)).toEqual([
      ['sample.txt', 'plan_attainment', 'đạt 53,59% KH', '53.59', '%', 'thu ngân sách', '59600000'],
    ]);
    expect(byKind('ratio').map(cut)).toEqual([['sample.txt', 'ratio', '4/9 xã', '4/9', 'xã', '', '']]);
  });

  it('writes offsets and the sentence around the record as context', () => {
    const money = byKind('money')[0];
    const record = sampleDocument().money[0];
    expect(money[7]).toBe(String(record.start));
    expect(money[8]).toBe(String(record.end));
    expect(money[9]).toBe(
      'Ngày 3/9/2020, thu ngân sách ước đạt 59,6 triệu đồng/năm, đạt 53,59% KH; giá trị dịch vụ tăng 26%.',
    );
    expect(byKind('ratio')[0][9]).toBe('Có 4/9 xã đạt chuẩn.');
    // The official is on the first line: the line break ends its context.
    expect(byKind('official')[0][9]).toBe('Ông Nguyễn Văn An, Chủ tịch UBND tỉnh, dự họp.');
  });

  it('parses back with csv-parse to the same rows', () => {
    const text = render(csvFormatter(), docs.map(withText));
    const parsed = parse(text, { relax_column_count: false }) as string[][];
    expect(parsed[0]).toEqual([...CSV_HEADER]);
    const expected = docs.flatMap((doc) => documentToCsvRows(doc, SAMPLE_TEXT));
    expect(parsed.slice(1)).toEqual(expected);
    expect(parsed.slice(1).every((row) => row.length === CSV_HEADER.length)).toBe(true);
  });

  it('quotes cells with commas, quotes and line breaks', () => {
    const doc = sampleDocument('a "quoted", name\nwith a break.txt');
    const text = render(csvFormatter(), [withText(doc)]);
    const parsed = parse(text) as string[][];
    expect(parsed[1][0]).toBe('a "quoted", name\nwith a break.txt');
  });

  it('guards text cells that a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(guardCell(`${start}1+2`)).toBe(`'${start}1+2`);
    expect(guardCell('Nguyễn Văn An')).toBe('Nguyễn Văn An');
    expect(guardCell('')).toBe('');
    const doc = sampleDocument('=HYPERLINK("http://x")');
    doc.dates[0] = { ...doc.dates[0], value: '--09-03' };
    doc.officials[0] = { ...doc.officials[0], name: '@Nguyễn', titles: ['-Chủ tịch'] };
    const rows = documentToCsvRows(doc, SAMPLE_TEXT);
    expect(rows[0][0]).toBe(`'=HYPERLINK("http://x")`);
    expect(rows.find((row) => row[1] === 'date')![3]).toBe("'--09-03");
    expect(rows.find((row) => row[1] === 'official')![3]).toBe("'@Nguyễn");
    expect(rows.find((row) => row[1] === 'official')![6]).toBe("'-Chủ tịch");
    // Every cell a spreadsheet sees starts safely.
    const parsed = parse(render(csvFormatter(), [{ ...doc, text: SAMPLE_TEXT }])) as string[][];
    for (const row of parsed.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('writes numbers with a dot decimal mark and no exponent', () => {
    expect(formatNumber(59.6)).toBe('59.6');
    expect(formatNumber(12200000000000)).toBe('12200000000000');
    expect(formatNumber(1e21)).toBe('1000000000000000000000');
  });

  it('leaves the context empty without the text', () => {
    const rows = documentToCsvRows(sampleDocument());
    expect(rows.every((row) => row[9] === '')).toBe(true);
  });
});

describe('context', () => {
  it('clips long sentences to ±80 characters at word boundaries', () => {
    const words = Array.from({ length: 60 }, (_, i) => `từ${i}`).join(' ');
    const text = `${words} 4/9 xã ${words}.`;
    const start = text.indexOf('4/9 xã');
    const context = contextAround(text, start, start + 6);
    expect(context.startsWith('…')).toBe(true);
    expect(context.endsWith('…')).toBe(true);
    expect(context).toContain('4/9 xã');
    expect(context.length).toBeLessThanOrEqual(6 + 2 * 80 + 2);
    // Clipped at word boundaries: whole words after the leading ellipsis and before the trailing one.
    expect(context).toMatch(/^…từ\d+ /);
    expect(context).toMatch(/ từ\d+…$/);
  });
  it('does not end a sentence at a thousands dot', () => {
    const text = 'Tổng thu 154.228 triệu đồng. Câu sau.';
    expect(contextAround(text, 9, 16)).toBe('Tổng thu 154.228 triệu đồng.');
  });
  it('converts code-point offsets when the text has astral characters', () => {
    const doc = sampleDocument();
    const text = `😀 ${SAMPLE_TEXT}`;
    // Offsets in code points: one more than in the sample (emoji is 1 code point, then a space).
    const shifted = { ...doc, ratios: doc.ratios.map((r) => ({ ...r, start: r.start + 2, end: r.end + 2 })) };
    const row = documentToCsvRows(shifted, text).find((r) => r[1] === 'ratio')!;
    expect(row[9]).toBe('Có 4/9 xã đạt chuẩn.');
  });
});

describe('table writer', () => {
  it('lists every kind with its records, plain', () => {
    const text = formatDocumentTable(sampleDocument(), PLAIN_STYLE);
    expect(text).toContain('sample.txt');
    expect(text).toContain('Officials (1)');
    expect(text).toContain('Nguyễn Văn An');
    expect(text).toContain('Dates (1)');
    expect(text).toContain('2020-09-03');
    expect(text).toContain('Money (1)');
    expect(text).toContain('Percents (2)');
    expect(text).toContain('Plan attainments (1)');
    expect(text).toContain('Ratios (1)');
    expect(text).toContain('! decoded as windows-1258');
    expect(text).not.toMatch(/\x1b\[/);
  });
  it('paints through the style object', () => {
    const mark = (tag: string) => (s: string) => `<${tag}>${s}</${tag}>`;
    const style: TableStyle = {
      source: mark('s'),
      kind: mark('k'),
      label: mark('l'),
      value: mark('v'),
      dim: mark('d'),
      warning: mark('w'),
    };
    const text = formatDocumentTable(sampleDocument(), style);
    expect(text).toContain('<s>sample.txt</s>');
    expect(text).toContain('<k>Ratios (1)</k>');
    expect(text).toContain('<w>! decoded as windows-1258</w>');
  });
  it('says so when a document has no records', () => {
    const empty: ExtractedDocument = {
      ...sampleDocument('empty.txt'),
      officials: [],
      dates: [],
      money: [],
      percents: [],
      plan_attainments: [],
      ratios: [],
      warnings: [],
    };
    expect(formatterFor('table').document(empty, 0)).toContain('(no records)');
  });
});
