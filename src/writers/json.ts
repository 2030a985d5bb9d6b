/**
 * JSON output (SPEC "Document"): one array of documents, written piece by
 * piece: `[`, each document, `]`. Documents are indented two spaces inside
 * the array, so the output reads well and diffs line by line.
 */
import type { ExtractedDocument } from '../types.js';
import { makeFormatter, type DocumentFormatter } from './types.js';

/** One document as indented JSON, each line shifted by `indent` (JSON strings never hold raw newlines). */
export function documentToJson(doc: ExtractedDocument, indent = ''): string {
  const json = JSON.stringify(doc, null, 2);
  return indent ? indent + json.replace(/\n/g, `\n${indent}`) : json;
}

export function jsonFormatter(): DocumentFormatter {
  return makeFormatter({
    begin: () => '[',
    separator: (index) => (index === 0 ? '\n' : ',\n'),
    body: (doc) => documentToJson(doc, '  '),
    end: (count) => (count === 0 ? ']\n' : '\n]\n'),
  });
}
