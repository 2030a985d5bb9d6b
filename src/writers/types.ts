/**
 * Writers turn documents into text. A writer is a `DocumentFormatter`:
 * pure functions that give the text before the first document, the text
 * of each document, and the text after the last one. The caller writes
 * these pieces as they come, so output streams in bounded memory (no
 * writer builds the whole output).
 *
 * The text of a document is `separator(index) + body(doc)`: the body
 * depends on the document alone, so worker threads can format documents
 * in parallel, and only the separator (`,` between JSON array items)
 * depends on the position, which the writer of the output knows.
 */
import type { ExtractedDocument } from '../types.js';

export const FORMATS = ['json', 'jsonl', 'csv', 'table'] as const;
export type Format = (typeof FORMATS)[number];

export interface DocumentFormatter {
  /** Text before the first document (`[` for JSON, the header for CSV). */
  begin(): string;
  /** Text before the document at `index` (0-based position in the output). */
  separator(index: number): string;
  /** Text of one document, independent of its position. */
  body(doc: ExtractedDocument): string;
  /** Text for one document: `separator(index) + body(doc)`. */
  document(doc: ExtractedDocument, index: number): string;
  /** Text after the last document; `count` documents were written. */
  end(count: number): string;
}

/** A formatter from its parts; `document` is derived, the separator is empty unless given. */
export function makeFormatter(parts: {
  begin?: () => string;
  separator?: (index: number) => string;
  body: (doc: ExtractedDocument) => string;
  end?: (count: number) => string;
}): DocumentFormatter {
  const begin = parts.begin ?? (() => '');
  const separator = parts.separator ?? (() => '');
  const end = parts.end ?? (() => '');
  const body = parts.body;
  return { begin, separator, body, document: (doc, index) => separator(index) + body(doc), end };
}
