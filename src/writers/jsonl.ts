/** JSON Lines output (SPEC "Document"): one compact document per line. */
import type { ExtractedDocument } from '../types.js';
import { makeFormatter, type DocumentFormatter } from './types.js';

export function documentToJsonLine(doc: ExtractedDocument): string {
  return `${JSON.stringify(doc)}\n`;
}

export function jsonlFormatter(): DocumentFormatter {
  return makeFormatter({ body: documentToJsonLine });
}
