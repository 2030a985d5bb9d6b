/**
 * Document metadata read before the extractors run: the headline, the
 * publication dateline and the reference year that day/month dates take.
 */
export interface DocumentMetadata {
  title: string | null;
  /** ISO value of the publication dateline (day or minute granularity), or null. */
  published: string | null;
  /** UTF-16 span of the dateline in the normalised text, or null. */
  publishedSpan: { start: number; end: number } | null;
  referenceYear: number | null;
}

/** Placeholder until the metadata readers land: finds nothing. */
export function readMetadata(_text: string): DocumentMetadata {
  return { title: null, published: null, publishedSpan: null, referenceYear: null };
}
