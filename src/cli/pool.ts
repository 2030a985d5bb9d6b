/**
 * Extraction in input order with a bounded number of articles in flight.
 *
 * `orderedMap` pulls from the input only while fewer than `window` results
 * are pending, and yields results strictly in input order: a slow consumer
 * (the output waiting for `drain`) stops the reading, so memory holds at
 * most `window` articles and documents whatever the corpus size.
 *
 * `createExtractor(jobs)` runs `extract` on worker threads (piscina) when
 * jobs > 1. Starting threads costs tens of milliseconds and each loads the
 * extractors, so small runs stay in-process: the pool starts only once the
 * run has seen POOL_START_BYTES of text or POOL_START_ARTICLES articles.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Piscina } from 'piscina';
import { extract } from '../extract.js';
import type { ExtractedDocument, ExtractOptions } from '../types.js';
import type { ExtractTask } from './worker.js';

export const POOL_START_BYTES = 256 * 1024;
export const POOL_START_ARTICLES = 64;

/** Pending results per worker thread: enough to keep every thread busy, few enough to bound memory. */
export const IN_FLIGHT_PER_JOB = 4;

/** Map `source` through `fn` with at most `window` calls pending; results come out in input order. */
export async function* orderedMap<T, R>(
  source: AsyncIterable<T>,
  fn: (item: T) => Promise<R>,
  window: number,
): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  const iterator = source[Symbol.asyncIterator]();
  let done = false;
  try {
    for (;;) {
      while (!done && pending.length < window) {
        const next = await iterator.next();
        if (next.done) done = true;
        else pending.push(fn(next.value));
      }
      const head = pending.shift();
      if (head === undefined) return;
      yield await head;
    }
  } finally {
    // Stopped early (output closed, error): let the input release its files and streams.
    if (!done) await iterator.return?.();
    // Settle what is still running so no rejection goes unhandled.
    await Promise.allSettled(pending);
  }
}

export interface Extractor {
  extract(text: string, options: ExtractOptions): Promise<ExtractedDocument>;
  /** Whether worker threads were started (for --verbose). */
  readonly threads: number;
  close(): Promise<void>;
}

/** The compiled worker next to this module; from the TypeScript sources (tests), the one in dist/. */
function workerFile(): string | null {
  const here = fileURLToPath(import.meta.url);
  const candidates = here.endsWith('.ts')
    ? [path.resolve(path.dirname(here), '../../dist/src/cli/worker.js')]
    : [path.join(path.dirname(here), 'worker.js')];
  return candidates.find((file) => existsSync(file)) ?? null;
}

export function createExtractor(jobs: number): Extractor {
  let pool: Piscina<ExtractTask, ExtractedDocument> | null = null;
  let seenBytes = 0;
  let seenArticles = 0;
  const filename = jobs > 1 ? workerFile() : null;

  const inProcess = async (text: string, options: ExtractOptions) => {
    // Give I/O (output drain, signals, reading) a turn between articles.
    await nextTurn();
    return extract(text, options);
  };

  return {
    get threads() {
      return pool ? jobs : 0;
    },
    extract(text, options) {
      seenBytes += text.length;
      seenArticles++;
      if (pool === null && filename !== null && (seenBytes >= POOL_START_BYTES || seenArticles >= POOL_START_ARTICLES)) {
        pool = new Piscina<ExtractTask, ExtractedDocument>({ filename, minThreads: jobs, maxThreads: jobs, idleTimeout: 1000 });
      }
      if (pool === null) return inProcess(text, options);
      // A failure of the thread machinery (a worker that could not load) must not lose the
      // article: run it here instead. A genuine extraction error recurs and is reported.
      return pool.run({ text, options }).catch(() => inProcess(text, options));
    },
    async close() {
      if (pool) await pool.destroy();
    },
  };
}
