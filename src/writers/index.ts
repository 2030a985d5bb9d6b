/** Writers: documents → JSON, JSON Lines, CSV or a readable table. Pure, no I/O. */
import { csvFormatter } from './csv.js';
import { jsonFormatter } from './json.js';
import { jsonlFormatter } from './jsonl.js';
import { PLAIN_STYLE, tableFormatter, type TableStyle } from './table.js';
import type { DocumentFormatter, Format } from './types.js';

export { FORMATS, makeFormatter, type DocumentFormatter, type Format } from './types.js';
export { documentToJson, jsonFormatter } from './json.js';
export { documentToJsonLine, jsonlFormatter } from './jsonl.js';
export { CSV_HEADER, csvFormatter, csvLines, documentToCsvRows, formatNumber, guardCell } from './csv.js';
export { contextAround, CONTEXT_RADIUS } from './context.js';
export { formatDocumentTable, PLAIN_STYLE, tableFormatter, type TableStyle } from './table.js';

/** The formatter for an output format; `style` paints the table (plain by default). */
export function formatterFor(format: Format, style: TableStyle = PLAIN_STYLE): DocumentFormatter {
  switch (format) {
    case 'json':
      return jsonFormatter();
    case 'jsonl':
      return jsonlFormatter();
    case 'csv':
      return csvFormatter();
    case 'table':
      return tableFormatter(style);
  }
}
