/**
 * Extraction in input order, in batches, with a bounded number in flight.
 *
 * - `batches` groups the input into batches of at most BATCH_ARTICLES
 *   articles or BATCH_BYTES of text; a batch also leaves when the input
 *   pauses for BATCH_DELAY_MS, so a slow producer (a pipeline feeding one
 *   line at a time) still gets each document back promptly.
 * - `orderedMap` pulls from its input only while fewer than `window` results
 *   are pending, and yields results strictly in input order: a slow consumer
 *   (the output waiting for `drain`) stops the reading, so memory holds at
 *   most `window` batches whatever the corpus size.
 * - `createBatchRunner(jobs)` runs batches on `jobs` worker threads
 *   (piscina) when jobs > 1, else on the main thread. One task is one batch
 *   and returns the batch's output as UTF-8 bytes (batch.ts): a task costs a few
 *   hundred milliseconds of extraction, against microseconds of messaging,
 *   and no document object is cloned between threads. Starting threads costs
 *   tens of milliseconds and each loads the extractors, so small runs stay
 *   on the main thread: the pool starts once the run has seen
 *   POOL_START_BYTES of text or POOL_START_ARTICLES articles (a full first
 *   batch), and from then on the main thread only reads and writes.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Piscina } from 'piscina';
import type { BatchResult, BatchTask } from './batch.js';

/** At most this many articles per batch (one task of a worker thread). */
export const BATCH_ARTICLES = 64;
/** At most about this much text (UTF-16 code units) per batch; a longer article is a batch of its own. */
export const BATCH_BYTES = 256 * 1024;
/** A partial batch leaves when no more input came for this long. */
export const BATCH_DELAY_MS = 50;

export const POOL_START_BYTES = BATCH_BYTES;
export const POOL_START_ARTICLES = BATCH_ARTICLES;

/** Batches in flight per worker thread: one running and one queued, so no thread waits for the main one. */
export const IN_FLIGHT_PER_JOB = 2;

/** Young-generation cap of each worker thread's heap. */
export const WORKER_YOUNG_GENERATION_MB = 16;

const STALLED = Symbol('stalled');

/**
 * Group `source` into batches of at most `maxItems` items and about `maxWeight`
 * weight (an item heavier than that is a batch alone). A non-empty batch is
 * also yielded when the next item takes longer than `delayMs` to come.
 */
export async function* batches<T>(
  source: AsyncIterable<T>,
  weigh: (item: T) => number,
  maxItems = BATCH_ARTICLES,
  maxWeight = BATCH_BYTES,
  delayMs = BATCH_DELAY_MS,
): AsyncGenerator<T[]> {
  const iterator = source[Symbol.asyncIterator]();
  let batch: T[] = [];
  let weight = 0;
  let pending: Promise<IteratorResult<T>> | null = null;
  let done = false;
  let timer: NodeJS.Timeout | null = null;
  let stalled: Promise<typeof STALLED> | null = null;
  const stopTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    stalled = null;
  };
  try {
    for (;;) {
      pending ??= iterator.next();
      let next: IteratorResult<T> | typeof STALLED;
      if (batch.length === 0) {
        next = await pending;
      } else {
        // One timer per batch, from its first item: the batch leaves at the latest delayMs after it started.
        stalled ??= new Promise((resolve) => {
          timer = setTimeout(resolve, delayMs, STALLED);
        });
        next = await Promise.race([pending, stalled]);
      }
      if (next !== STALLED) pending = null;
      if (next === STALLED || next.done) {
        stopTimer();
        if (next !== STALLED) done = true;
        if (batch.length > 0) {
          const full = batch;
          batch = [];
          weight = 0;
          yield full;
        }
        if (done) return;
        continue;
      }
      batch.push(next.value);
      weight += weigh(next.value);
      if (batch.length >= maxItems || weight >= maxWeight) {
        stopTimer();
        const full = batch;
        batch = [];
        weight = 0;
        yield full;
      }
    }
  } finally {
    stopTimer();
    if (!done) {
      // Stopped early (output closed, error): let the input release its files and streams,
      // after the read still under way, without waiting for it (a pipe may never send more).
      const release = () => void Promise.resolve(iterator.return?.()).catch(() => undefined);
      if (pending === null) release();
      else pending.then(release, release);
    }
  }
}

const HEAD_SETTLED = Symbol('head settled');

/**
 * Map `source` through `fn` with at most `window` calls pending; results come
 * out in input order, each as soon as it and those before it are done, even
 * while the source is waiting for more input (a pipe kept open).
 */
export async function* orderedMap<T, R>(
  source: AsyncIterable<T>,
  fn: (item: T) => Promise<R>,
  window: number,
): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  const iterator = source[Symbol.asyncIterator]();
  let done = false;
  let reading: Promise<IteratorResult<T>> | null = null;
  try {
    for (;;) {
      if (!done && pending.length < window) {
        reading ??= iterator.next();
        const settled = (): typeof HEAD_SETTLED => HEAD_SETTLED;
        const next = pending.length === 0 ? await reading : await Promise.race([reading, pending[0].then(settled, settled)]);
        if (next !== HEAD_SETTLED) {
          reading = null;
          if (next.done) done = true;
          else pending.push(fn(next.value));
          continue;
        }
      }
      const head = pending.shift();
      if (head === undefined) return;
      yield await head;
    }
  } finally {
    if (!done) {
      // Stopped early (output closed, error): let the input release its files and streams, after
      // the read under way if there is one, without waiting for it (a pipe may never send more).
      const release = () => void Promise.resolve(iterator.return?.()).catch(() => undefined);
      if (reading === null) await iterator.return?.();
      else reading.then(release, release);
    }
    // Settle what is still running so no rejection goes unhandled.
    await Promise.allSettled(pending);
  }
}

export interface BatchRunner {
  /** The output and outcome of every article of the task, in order. */
  run(task: BatchTask): Promise<BatchResult>;
  /** Batches to keep in flight for this runner. */
  readonly window: number;
  /** Worker threads started (0: in-process), for --verbose. */
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

export function createBatchRunner(jobs: number): BatchRunner {
  let pool: Piscina<BatchTask, BatchResult> | null = null;
  let seenBytes = 0;
  let seenArticles = 0;
  const filename = jobs > 1 ? workerFile() : null;

  // On the main thread, batches run one after the other (the chain), article by article,
  // giving I/O (output drain, signals, reading ahead) a turn between articles. The
  // extractors are loaded only when needed here: with the pool, the main thread never runs them.
  let chain: Promise<unknown> = Promise.resolve();
  const inProcess = (task: BatchTask): Promise<BatchResult> => {
    const run = chain.then(async () => {
      const { BatchOutput, processArticle } = await import('./batch.js');
      const out = new BatchOutput();
      for (const article of task.articles) {
        await nextTurn();
        processArticle(article, task.settings, out);
      }
      return out.finish();
    });
    chain = run.catch(() => undefined);
    return run;
  };

  return {
    get threads() {
      return pool ? jobs : 0;
    },
    window: Math.max(2, jobs * IN_FLIGHT_PER_JOB),
    run(task) {
      if (task.articles.length === 0) return Promise.resolve({ bytes: new Uint8Array(0), outcomes: [] });
      for (const article of task.articles) seenBytes += article.text.length;
      seenArticles += task.articles.length;
      if (pool === null && filename !== null && (seenBytes >= POOL_START_BYTES || seenArticles >= POOL_START_ARTICLES)) {
        pool = new Piscina<BatchTask, BatchResult>({
          filename,
          minThreads: jobs,
          maxThreads: jobs,
          // Fixed size for the whole run: no thread is stopped and restarted between batches.
          idleTimeout: 60_000,
          // V8 lets a busy thread's young generation grow to 3 × 16 MB; capped, the peak RSS of the
          // pool drops by ~15 MB a thread for the same work (measured: same instruction count).
          resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
        });
      }
      if (pool === null) return inProcess(task);
      // A failure of the thread machinery (a worker that could not load or died) must not lose
      // the articles: run the batch here instead. Extraction errors come back per article.
      return pool.run(task).catch(() => inProcess(task));
    },
    async close() {
      if (pool) await pool.destroy();
    },
  };
}
