/**
 * Reading one article: file or stdin bytes → `decodeBytes` → text. Every
 * failure becomes an `InputError` naming the input and the reason.
 *
 * Articles larger than MAX_ARTICLE_BYTES are refused rather than read: an
 * article is extracted as one string, so a 2 GB "article" would exhaust
 * memory, and no real news article comes near 100 MB. Big corpora go
 * through `--input jsonl` (one article per line), which streams.
 */
import { open } from 'node:fs/promises';
import { decodeBytes, DecodeError } from '../read/decode.js';
import { describeFsError, InputError } from './errors.js';

export const MAX_ARTICLE_BYTES = 100 * 1024 * 1024;

/** One article ready for extraction. */
export interface Article {
  /** `source` of the document: the path as given, `-`, or the JSONL id. */
  source: string;
  text: string;
  /** Reading/decoding warnings, carried into the document. */
  warnings: string[];
  /** How messages name this input: the path, `stdin`, `file line 3`. */
  label: string;
  /**
   * A problem that still gives a document (an empty file): reported on
   * stderr and counted as a failed input, but the document is written.
   */
  problem?: string;
}

export const EMPTY_INPUT = 'empty file';

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function tooLarge(input: string, bytes: number | null): InputError {
  const size = bytes === null ? 'more than 100 MB' : megabytes(bytes);
  return new InputError(input, `too large (${size}; the limit is 100 MB per article, use --input jsonl for big corpora)`);
}

/** Decode bytes into an article, turning decoder failures into an InputError. */
export function articleFromBytes(source: string, label: string, bytes: Uint8Array): Article {
  let decoded;
  try {
    decoded = decodeBytes(bytes);
  } catch (error) {
    if (error instanceof DecodeError) throw new InputError(label, error.message);
    throw error;
  }
  const article: Article = { source, label, text: decoded.text, warnings: [...decoded.warnings] };
  if (decoded.text.trim() === '') {
    article.warnings.push(EMPTY_INPUT);
    article.problem = EMPTY_INPUT;
  }
  return article;
}

/** All bytes of a stream, refusing more than `limit`. */
export async function readAllBytes(
  stream: AsyncIterable<Buffer | string>,
  limit: number,
): Promise<{ bytes: Buffer } | { tooLarge: true }> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    length += buffer.length;
    if (length > limit) return { tooLarge: true };
    chunks.push(buffer);
  }
  return { bytes: Buffer.concat(chunks, length) };
}

/** Read and decode one article file. Throws InputError. */
export async function readArticleFile(path: string): Promise<Article> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new InputError(path, describeFsError(error));
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new InputError(path, 'is a folder');
    if (info.isFile() && info.size > MAX_ARTICLE_BYTES) throw tooLarge(path, info.size);
    let bytes: Buffer;
    if (info.isFile()) {
      bytes = await handle.readFile();
    } else {
      // A pipe or device (`/dev/stdin`, a FIFO): no size up front.
      const read = await readAllBytes(handle.createReadStream({ autoClose: false }), MAX_ARTICLE_BYTES);
      if ('tooLarge' in read) throw tooLarge(path, null);
      bytes = read.bytes;
    }
    return articleFromBytes(path, path, bytes);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(path, describeFsError(error));
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Read one article from standard input (`-`, or no operand with piped input). */
export async function readArticleStdin(stdin: AsyncIterable<Buffer | string>): Promise<Article> {
  let read;
  try {
    read = await readAllBytes(stdin, MAX_ARTICLE_BYTES);
  } catch (error) {
    throw new InputError('stdin', describeFsError(error));
  }
  if ('tooLarge' in read) throw tooLarge('stdin', null);
  return articleFromBytes('-', 'stdin', read.bytes);
}
