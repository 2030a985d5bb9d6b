/**
 * Writers turn documents into text. A writer is a `DocumentFormatter`:
 * three pure functions that give the text before the first document, the
 * text of each document, and the text after the last one. The caller
 * writes these pieces as they come, so output streams in bounded memory
 * (no writer builds the whole output).
 */
import type { ExtractedDocument } from '../types.js';

export const FORMATS = ['json', 'jsonl', 'csv', 'table'] as const;
export type Format = (typeof FORMATS)[number];

export interface DocumentFormatter {
  /** Text before the first document (`[` for JSON, the header for CSV). */
  begin(): string;
  /** Text for one document; `index` is its 0-based position in the output. */
  document(doc: ExtractedDocument, index: number): string;
  /** Text after the last document; `count` documents were written. */
  end(count: number): string;
}
