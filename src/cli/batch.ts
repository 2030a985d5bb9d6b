/**
 * One batch of articles → their output text. The same code runs on a worker
 * thread (`worker.ts`, `-j N`) and on the main thread (small runs, `-j 1`),
 * so the output is byte-identical whatever the number of threads.
 *
 * A batch carries the settings once and, per article, only what extraction
 * needs (source, text, reading warnings). It gives back the formatted text
 * of all its documents as one UTF-8 buffer (each document's `body`; the
 * caller adds the separators, which depend on the position in the output)
 * and, per article, the byte length of its document or its error. So no
 * document object crosses between threads, the main thread writes bytes
 * without encoding them, and one article's failure does not fail the batch.
 */
import { extract } from '../extract.js';
import type { Kind } from '../types.js';
import { formatterFor, type DocumentFormatter, type Format } from '../writers/index.js';
import { tableStyle, type ColourLevel } from './style.js';

/** What is the same for every article of a run. */
export interface BatchSettings {
  format: Format;
  /** Colour of the table (0: plain), decided on the main thread, which owns the terminal. */
  colourLevel: ColourLevel;
  referenceYear: number | undefined;
  kinds: Kind[] | undefined;
  emitText: boolean;
}

export interface BatchArticle {
  source: string;
  text: string;
  /** Reading/decoding warnings, carried into the document. */
  warnings: string[];
}

export interface BatchTask {
  settings: BatchSettings;
  articles: BatchArticle[];
}

/** One article's outcome: the byte length of its document in the batch's `bytes`, or why extraction failed. */
export type ArticleOutcome = { length: number; warnings: string[] } | { error: string; stack?: string };

/** A batch's outcome: each document's UTF-8 bytes, one after the other, in `bytes`. */
export interface BatchResult {
  bytes: Uint8Array;
  /** Per article, in order. */
  outcomes: ArticleOutcome[];
}

/** Where batches are encoded, reused from batch to batch (batches of a thread are encoded one at a time). */
let scratch = Buffer.allocUnsafeSlow(256 * 1024);

/**
 * Collects a batch's documents as UTF-8 as they are formatted: each
 * document's text dies young instead of living (and being promoted to the
 * old generation) until the whole batch is done. One BatchOutput at a time
 * per thread: they share the scratch buffer.
 */
export class BatchOutput {
  private length = 0;
  private readonly outcomes: ArticleOutcome[] = [];

  document(text: string, warnings: string[]): void {
    const needed = this.length + text.length * 3; // UTF-8 takes at most 3 bytes per UTF-16 unit
    if (needed > scratch.length) {
      const grown = Buffer.allocUnsafeSlow(Math.max(needed, scratch.length * 2));
      scratch.copy(grown, 0, 0, this.length);
      scratch = grown;
    }
    const written = scratch.write(text, this.length, 'utf8');
    this.length += written;
    this.outcomes.push({ length: written, warnings });
  }

  failed(error: unknown): void {
    this.outcomes.push(error instanceof Error ? { error: error.message, stack: error.stack } : { error: String(error) });
  }

  /** The result, its bytes copied out of the scratch buffer into a buffer of their own (the worker transfers it). */
  finish(): BatchResult {
    const bytes = new Uint8Array(this.length);
    bytes.set(scratch.subarray(0, this.length));
    return { bytes, outcomes: this.outcomes };
  }
}

const formatters = new Map<string, DocumentFormatter>();

function formatterOf(settings: BatchSettings): DocumentFormatter {
  const key = `${settings.format}/${settings.colourLevel}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = formatterFor(settings.format, tableStyle(settings.colourLevel));
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Extract and format one article into `out`; an exception is that article's error. */
export function processArticle(article: BatchArticle, settings: BatchSettings, out: BatchOutput): void {
  let text: string;
  let warnings: string[];
  try {
    const doc = extract(article.text, {
      source: article.source,
      referenceYear: settings.referenceYear,
      kinds: settings.kinds,
      emitText: settings.emitText,
      warnings: article.warnings,
    });
    text = formatterOf(settings).body(doc);
    warnings = doc.warnings;
  } catch (error) {
    out.failed(error);
    return;
  }
  out.document(text, warnings);
}

/** Every article of the batch, in order. */
export function processBatch(task: BatchTask): BatchResult {
  const out = new BatchOutput();
  for (const article of task.articles) processArticle(article, task.settings, out);
  return out.finish();
}
