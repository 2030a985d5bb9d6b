/**
 * `--input jsonl`: one article per line, `{"id": "...", "text": "..."}`.
 * Lines are split from the byte stream here (bounded memory: a line over
 * MAX_ARTICLE_BYTES is skipped, not buffered), then parsed one by one. A bad
 * line becomes an InputError naming its line number; the rest goes on.
 */
import { InputError } from './errors.js';
import { MAX_ARTICLE_BYTES, type Article } from './read.js';

export interface Line {
  /** 1-based line number. */
  number: number;
  /** The line without its line break, or null when it was longer than the limit. */
  text: string | null;
  /** Set when the line is not valid UTF-8. */
  invalidUtf8?: boolean;
}

const NEWLINE = 0x0a;
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function decodeLine(parts: Buffer[], length: number, number: number): Line {
  let bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, length);
  if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
  try {
    // ignoreBOM false: a UTF-8 BOM at the start of the line is dropped.
    return { number, text: utf8.decode(bytes) };
  } catch {
    return { number, text: null, invalidUtf8: true };
  }
}

/** Split a byte stream into lines (LF or CRLF), never holding more than `limit` bytes of one line. */
export async function* splitLines(
  stream: AsyncIterable<Buffer | string>,
  limit = MAX_ARTICLE_BYTES,
): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let length = 0;
  let overflow = false;
  let number = 0;
  for await (const chunk of stream) {
    let buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let newline: number;
    while ((newline = buffer.indexOf(NEWLINE)) >= 0) {
      number++;
      const piece = buffer.subarray(0, newline);
      if (overflow || length + piece.length > limit) yield { number, text: null };
      else yield decodeLine([...parts, piece], length + piece.length, number);
      parts = [];
      length = 0;
      overflow = false;
      buffer = buffer.subarray(newline + 1);
    }
    if (buffer.length > 0 && !overflow) {
      if (length + buffer.length > limit) {
        overflow = true;
        parts = [];
        length = 0;
      } else {
        // Copy: the stream may reuse its chunk buffers.
        parts.push(Buffer.from(buffer));
        length += buffer.length;
      }
    }
  }
  if (overflow) yield { number: number + 1, text: null };
  else if (length > 0) yield decodeLine(parts, length, number + 1);
}

/** Parse one JSONL line into an article; null for a blank line (skipped); throws InputError. */
export function parseJsonlLine(line: Line, label: string): Article | null {
  const where = `${label} line ${line.number}`;
  if (line.text === null) {
    throw new InputError(where, line.invalidUtf8 ? 'not valid UTF-8' : 'line longer than 100 MB');
  }
  if (line.text.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(line.text);
  } catch (error) {
    throw new InputError(where, `invalid JSON (${(error as Error).message})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(where, 'expected an object {"id": "...", "text": "..."}');
  }
  const { id, text } = value as { id?: unknown; text?: unknown };
  if (id === undefined || id === null) throw new InputError(where, 'missing "id"');
  if (typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) {
    throw new InputError(where, '"id" must be a string or a number');
  }
  if (text === undefined) throw new InputError(where, 'missing "text"');
  if (typeof text !== 'string') throw new InputError(where, '"text" must be a string');
  const article: Article = { source: String(id), label: where, text, warnings: [] };
  if (text.trim() === '') {
    article.warnings.push('empty text');
    article.problem = 'empty text';
  }
  return article;
}
