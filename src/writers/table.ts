/**
 * The human-readable listing (`-f table`, the default on a terminal): per
 * document a heading, its metadata, then its records grouped by kind.
 * Colour comes from a `TableStyle` of plain string functions, so this file
 * does not know about chalk; the CLI passes a coloured style on a terminal
 * and `PLAIN_STYLE` otherwise.
 */
import type {
  DateRecord,
  ExtractedDocument,
  Kind,
  MoneyRecord,
  OfficialRecord,
  PercentRecord,
  PlanAttainmentRecord,
  RatioRecord,
} from '../types.js';
import { makeFormatter, type DocumentFormatter } from './types.js';

export type Paint = (text: string) => string;

/** How each part of the listing is painted. */
export interface TableStyle {
  /** The document heading (its source). */
  source: Paint;
  /** A kind heading ("Money (3)"). */
  kind: Paint;
  /** Field labels ("Title:"). */
  label: Paint;
  /** The main value of a record (name, ISO date, amount). */
  value: Paint;
  /** Secondary text: the matched span, units. */
  dim: Paint;
  /** Warnings. */
  warning: Paint;
}

const same: Paint = (text) => text;
export const PLAIN_STYLE: TableStyle = { source: same, kind: same, label: same, value: same, dim: same, warning: same };

const KIND_HEADINGS: Record<Kind, string> = {
  officials: 'Officials',
  dates: 'Dates',
  money: 'Money',
  percents: 'Percents',
  plan_attainments: 'Plan attainments',
  ratios: 'Ratios',
};

/** Digits grouped by thin spaces (12 200 000 000 000): readable, and neither `.` nor `,` to misread. */
export function groupDigits(value: number): string {
  const [whole, fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

function quoted(style: TableStyle, text: string): string {
  return style.dim(`“${text.replace(/\s+/g, ' ')}”`);
}

/** Pad to a width counted in code points (NFC Vietnamese letters are one each). */
function pad(text: string, width: number): string {
  const length = [...text].length;
  return length >= width ? text : text + ' '.repeat(width - length);
}

/** Rows of [main cell, rest], main cells aligned to the widest (up to 32). */
function aligned(style: TableStyle, rows: Array<[string, string]>): string[] {
  const width = Math.min(32, Math.max(...rows.map(([main]) => [...main].length)));
  return rows.map(([main, rest]) => `    ${style.value(pad(main, width))}  ${rest}`.trimEnd());
}

function join(...parts: Array<string | null | undefined | false>): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join('  ');
}

function recordRows(kind: Kind, doc: ExtractedDocument, style: TableStyle): Array<[string, string]> {
  switch (kind) {
    case 'officials':
      return doc.officials.map((r: OfficialRecord) => [
        r.name,
        join(r.titles.join('; '), r.mentions.length > 1 && style.dim(`(${r.mentions.length} mentions)`)),
      ]);
    case 'dates':
      return doc.dates.map((r: DateRecord) => [
        r.value,
        join(style.dim(r.granularity + (r.year_inferred ? ', year inferred' : '')), quoted(style, r.text)),
      ]);
    case 'money':
      return doc.money.map((r: MoneyRecord) => [
        `${r.approx ? `${r.approx} ` : ''}${groupDigits(r.value)} ${r.currency}${r.per ? `/${r.per}` : ''}`,
        join(r.indicator ?? undefined, quoted(style, r.text)),
      ]);
    case 'percents':
      return doc.percents.map((r: PercentRecord) => [
        `${r.change === 'up' ? '+' : r.change === 'down' ? '−' : ''}${r.value}%`,
        join(r.subject ?? undefined, quoted(style, r.text)),
      ]);
    case 'plan_attainments':
      return doc.plan_attainments.map((r: PlanAttainmentRecord) => [
        `${r.relation === 'over_plan' ? 'over plan by ' : ''}${r.percent}% ${r.plan}`,
        join(
          r.indicator ?? undefined,
          r.actual && style.dim(`actual ${groupDigits(r.actual.value)} ${r.actual.currency}`),
          r.planned && style.dim(`planned ${groupDigits(r.planned.value)} ${r.planned.currency}`),
          r.estimate && style.dim('(estimate)'),
          quoted(style, r.text),
        ),
      ]);
    case 'ratios':
      return doc.ratios.map((r: RatioRecord) => [`${r.numerator}/${r.denominator} ${r.unit}`, quoted(style, r.text)]);
  }
}

const KIND_ORDER: Kind[] = ['officials', 'dates', 'money', 'percents', 'plan_attainments', 'ratios'];

/** The listing of one document, ending with a blank line. */
export function formatDocumentTable(doc: ExtractedDocument, style: TableStyle = PLAIN_STYLE): string {
  const lines: string[] = [style.source(doc.source)];
  const field = (label: string, value: string) => `  ${style.label(`${label}:`)} ${value}`;
  if (doc.title) lines.push(field('Title', doc.title));
  const facts = [
    doc.published && `${style.label('Published:')} ${doc.published}`,
    doc.reference_year !== null && `${style.label('Reference year:')} ${doc.reference_year}`,
    doc.authors.length > 0 && `${style.label('Authors:')} ${doc.authors.join(', ')}`,
  ].filter(Boolean);
  if (facts.length > 0) lines.push(`  ${facts.join('   ')}`);
  let records = 0;
  for (const kind of KIND_ORDER) {
    const rows = recordRows(kind, doc, style);
    if (rows.length === 0) continue;
    records += rows.length;
    lines.push(`  ${style.kind(`${KIND_HEADINGS[kind]} (${rows.length})`)}`);
    lines.push(...aligned(style, rows));
  }
  if (records === 0) lines.push(`  ${style.dim('(no records)')}`);
  for (const warning of doc.warnings) lines.push(`  ${style.warning(`! ${warning}`)}`);
  if (doc.text !== undefined) {
    lines.push(`  ${style.label('Text:')}`);
    for (const line of doc.text.split('\n')) lines.push(`    ${line}`.trimEnd());
  }
  return `${lines.join('\n')}\n\n`;
}

export function tableFormatter(style: TableStyle = PLAIN_STYLE): DocumentFormatter {
  return makeFormatter({ body: (doc) => formatDocumentTable(doc, style) });
}
