/**
 * CSV output (SPEC "CSV"): one row per record, header first:
 * `source,kind,text,value,unit,subject,detail,start,end,context`.
 *
 * Formula-injection guard: a text cell that begins with `=`, `+`, `-`, `@`,
 * a tab or a carriage return is prefixed with `'`, so a spreadsheet shows
 * it as text instead of running it as a formula (OWASP "CSV injection").
 * Numeric cells (money and percent values, offsets) are written as plain
 * numbers with `.` as the decimal mark and are never guarded.
 */
import { stringify } from 'csv-stringify/sync';
import { KINDS, type ExtractedDocument, type Kind } from '../types.js';
import { codePointToUtf16 } from '../normalise/offsets.js';
import { contextAround } from './context.js';
import { makeFormatter, type DocumentFormatter } from './types.js';

export const CSV_HEADER = ['source', 'kind', 'text', 'value', 'unit', 'subject', 'detail', 'start', 'end', 'context'] as const;

/** The `kind` column: one record, singular. */
export const CSV_KIND: Record<Kind, string> = {
  officials: 'official',
  dates: 'date',
  money: 'money',
  percents: 'percent',
  plan_attainments: 'plan_attainment',
  ratios: 'ratio',
};

/** Characters a spreadsheet reads as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefix a text cell with `'` when a spreadsheet would take it for a formula. */
export function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A number with `.` as decimal mark and no exponent for large integers. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) >= 1e21) return BigInt(value).toString();
  return String(value);
}

/** The kind-specific cells of one record: value, unit, subject, detail (SPEC's table). */
type Cells = [value: string | number, unit: string, subject: string, detail: string];

function recordCells(kind: Kind, record: Record<string, unknown>): Cells {
  const str = (v: unknown): string => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v));
  const num = (v: unknown): string | number => (typeof v === 'number' ? v : str(v));
  switch (kind) {
    case 'officials':
      return [str(record.name), '', '', ((record.titles as string[] | undefined) ?? []).join('; ')];
    case 'dates':
      return [str(record.value), str(record.granularity), '', ''];
    case 'money':
      return [num(record.value), str(record.currency), str(record.indicator), str(record.per)];
    case 'percents':
      return [num(record.value), '%', str(record.subject), str(record.change)];
    case 'plan_attainments': {
      const actual = record.actual as { value: number } | null | undefined;
      return [num(record.percent), '%', str(record.indicator), actual ? formatNumber(actual.value) : ''];
    }
    case 'ratios':
      return [`${formatNumber(record.numerator as number)}/${formatNumber(record.denominator as number)}`, str(record.unit), '', ''];
  }
}

/**
 * The CSV rows of one document, every cell as the text written to the file
 * (guarded, numbers formatted). `text` is the normalised article text for
 * the `context` column (`doc.text` when omitted; empty context without it).
 */
export function documentToCsvRows(doc: ExtractedDocument, text: string | undefined = doc.text): string[][] {
  const rows: string[][] = [];
  const toUtf16 = text === undefined ? null : codePointToUtf16(text);
  for (const kind of KINDS) {
    for (const record of doc[kind] as unknown as Array<Record<string, unknown>>) {
      const [value, unit, subject, detail] = recordCells(kind, record);
      const start = record.start as number;
      const end = record.end as number;
      const context = text === undefined || toUtf16 === null ? '' : contextAround(text, toUtf16(start), toUtf16(end));
      rows.push([
        guardCell(doc.source),
        CSV_KIND[kind],
        guardCell(String(record.text)),
        typeof value === 'number' ? formatNumber(value) : guardCell(value),
        guardCell(unit),
        guardCell(subject),
        guardCell(detail),
        String(start),
        String(end),
        guardCell(context),
      ]);
    }
  }
  return rows;
}

/** RFC 4180 quoting (fields with `,`, `"` or line breaks are quoted), `\n` line ends. */
export function csvLines(rows: readonly (readonly string[])[]): string {
  return rows.length === 0 ? '' : stringify(rows as string[][], { record_delimiter: 'unix' });
}

export function csvFormatter(): DocumentFormatter {
  return makeFormatter({
    begin: () => csvLines([[...CSV_HEADER]]),
    body: (doc) => csvLines(documentToCsvRows(doc)),
  });
}
