/**
 * Record and document shapes: the contract of SPEC.md, as TypeScript types.
 * Names here are part of the public output; add fields, never rename them.
 */

/** A matched span of the normalised text. Offsets are Unicode code points. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export type Currency = 'VND' | 'USD';

export interface Amount {
  value: number;
  currency: Currency;
}

export interface OfficialRecord extends Span {
  name: string;
  honorific: string | null;
  titles: string[];
  titles_expanded: string[];
  mentions: Span[];
}

export type DateGranularity = 'minute' | 'day' | 'month' | 'quarter' | 'year' | 'range';

export interface DateRecord extends Span {
  /** ISO 8601: 2020-09-03, 2021-03, 2021-Q2, 2020, 2020/2025, 2024-06-17T13:30, --09-03. */
  value: string;
  granularity: DateGranularity;
  year_inferred: boolean;
}

export interface MoneyRecord extends Span {
  /** Amount in the currency's unit (đồng or dollars), exact. */
  value: number;
  currency: Currency;
  /** Per-unit written after the amount (`năm`, `người/năm`, `tháng`) or null. */
  per: string | null;
  /** Qualifier as written (hơn, trên, gần, khoảng, ước, dưới) or null. */
  approx: string | null;
  /** The indicator the amount is about, when the linker knows it. */
  indicator?: string | null;
}

export type Change = 'up' | 'down' | null;

export interface PercentRecord extends Span {
  value: number;
  subject: string | null;
  change: Change;
  approx: string | null;
}

export type PlanRelation = 'of_plan' | 'over_plan';

export interface PlanAttainmentRecord extends Span {
  percent: number;
  indicator: string | null;
  /** The plan word as written: KH, kế hoạch, dự toán tỉnh giao, chỉ tiêu, Nghị quyết, ... */
  plan: string;
  relation: PlanRelation;
  actual: Amount | null;
  planned: Amount | null;
  estimate: boolean;
}

export interface RatioRecord extends Span {
  numerator: number;
  denominator: number;
  unit: string;
}

/** The record kinds, in output order. */
export const KINDS = ['officials', 'dates', 'money', 'percents', 'plan_attainments', 'ratios'] as const;
export type Kind = (typeof KINDS)[number];

export interface KindRecords {
  officials: OfficialRecord[];
  dates: DateRecord[];
  money: MoneyRecord[];
  percents: PercentRecord[];
  plan_attainments: PlanAttainmentRecord[];
  ratios: RatioRecord[];
}

export interface ExtractedDocument extends KindRecords {
  source: string;
  title: string | null;
  /** Publication dateline as an ISO value (day or minute), or null. */
  published: string | null;
  reference_year: number | null;
  authors: string[];
  warnings: string[];
  /** The normalised text, only with `emitText`. */
  text?: string;
}

export interface ExtractOptions {
  /** Path, `-` or JSONL id; copied to `source`. */
  source?: string;
  /** Overrides the reference year found in the text. */
  referenceYear?: number;
  /** Kinds to extract (all by default); the others are empty arrays. */
  kinds?: readonly Kind[];
  /** Include the normalised text in the document. */
  emitText?: boolean;
  /** Warnings from reading/decoding to carry into the document. */
  warnings?: string[];
}
