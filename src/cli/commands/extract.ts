/**
 * The `extract` command: inputs → articles → batches → extraction and
 * formatting (in order, bounded window, worker threads) → output sink. The
 * main thread reads, orders and writes text; input problems are reported
 * one line each, in input order, and the run goes on; the exit code says
 * whether any input failed.
 */
import { createReadStream } from 'node:fs';
import { formatterFor, type Format } from '../../writers/index.js';
import type { BatchResult, BatchSettings } from '../batch.js';
import { describeFsError, EXIT_INPUT_FAILED, EXIT_OK, InputError, OutputClosed, UsageError } from '../errors.js';
import { expandInputs, type InputRef } from '../inputs.js';
import type { CliIO } from '../io.js';
import { parseJsonlLine, splitLines } from '../jsonl.js';
import { formatFromExtension, type CliOptions } from '../options.js';
import { AtomicFileSink, StreamSink, type OutputSink } from '../output.js';
import { batches, createBatchRunner, orderedMap } from '../pool.js';
import { Progress } from '../progress.js';
import { readArticleFile, readArticleStdin, type Article } from '../read.js';
import { colourLevel, tableStyle, wantsColour } from '../style.js';

/** One input of the pipeline: an article to extract, or an input that could not be read. */
type Item = Article | InputError;

/** A batch of inputs and, for its articles (in order), what extraction gave. */
interface ItemsResult extends BatchResult {
  items: Item[];
}

/** -f, else -o's extension, else table on a terminal and json when piped. */
export function resolveFormat(options: CliOptions, stdoutIsTTY: boolean | undefined): Format {
  if (options.format !== null) return options.format;
  if (options.output !== null) return formatFromExtension(options.output);
  return stdoutIsTTY === true ? 'table' : 'json';
}

/** Articles of `--input text`: each file, or stdin, read when the pipeline asks for it. */
async function* textArticles(refs: InputRef[], io: CliIO): AsyncGenerator<Article | InputError> {
  for (const ref of refs) {
    if (ref.kind === 'error') {
      yield ref.error;
      continue;
    }
    try {
      yield ref.kind === 'stdin' ? await readArticleStdin(io.stdin as AsyncIterable<Buffer>) : await readArticleFile(ref.path);
    } catch (error) {
      if (error instanceof InputError) yield error;
      else throw error;
    }
  }
}

/** Articles of `--input jsonl`: every line of every file (or stdin), streamed. */
async function* jsonlArticles(refs: InputRef[], io: CliIO): AsyncGenerator<Article | InputError> {
  for (const ref of refs) {
    if (ref.kind === 'error') {
      yield ref.error;
      continue;
    }
    const label = ref.kind === 'stdin' ? 'stdin' : ref.path;
    const stream = ref.kind === 'stdin' ? (io.stdin as AsyncIterable<Buffer>) : createReadStream(ref.path);
    try {
      for await (const line of splitLines(stream)) {
        try {
          const article = parseJsonlLine(line, label);
          if (article !== null) yield article;
        } catch (error) {
          if (error instanceof InputError) yield error;
          else throw error;
        }
      }
    } catch (error) {
      if (error instanceof InputError) throw error;
      yield new InputError(label, describeFsError(error));
    }
  }
}

export async function extractCommand(options: CliOptions, io: CliIO): Promise<number> {
  const format = resolveFormat(options, io.stdout.isTTY);
  const jsonl = options.input === 'jsonl';

  let refs: InputRef[];
  if (options.inputs.length === 0) {
    if (!jsonl && io.stdin.isTTY === true) {
      throw new UsageError('no input: give files, folders or globs, or pipe an article into stdin');
    }
    refs = [{ kind: 'stdin' }];
  } else {
    refs = await expandInputs(options.inputs, jsonl ? '.jsonl' : '.txt');
  }
  if (refs.filter((ref) => ref.kind === 'stdin').length > 1) throw new UsageError('stdin (-) can be read only once');

  const colour = options.output === null && wantsColour(options.color, io.stdout.isTTY);
  const settings: BatchSettings = {
    format,
    colourLevel: colourLevel(colour),
    referenceYear: options.referenceYear,
    kinds: options.kinds,
    // The CSV context column needs the normalised text; CSV never prints the text itself.
    emitText: options.emitText || format === 'csv',
  };
  // Here only for what comes around the documents (`[`, separators, `]`, the CSV header).
  const formatter = formatterFor(format, tableStyle(settings.colourLevel));

  const runner = createBatchRunner(options.jobs);
  const runBatch = async (items: Item[]): Promise<ItemsResult> => {
    const articles = items.filter((item): item is Article => !(item instanceof InputError));
    const task = { settings, articles: articles.map(({ source, text, warnings }) => ({ source, text, warnings })) };
    try {
      return { items, ...(await runner.run(task)) };
    } catch (error) {
      // Not an extraction error (those come back per article): the batch could not run at all.
      const outcome = error instanceof Error ? { error: error.message, stack: error.stack } : { error: String(error) };
      return { items, bytes: new Uint8Array(0), outcomes: articles.map(() => outcome) };
    }
  };

  const total = jsonl || refs.some((ref) => ref.kind === 'stdin') ? null : refs.length;
  const progress = Progress.for(io.stderr, options.quiet, total);
  const report = (input: string, reason: string) => progress.message(`extract: ${input}: ${reason}`);

  const sink: OutputSink = options.output === null ? new StreamSink(io.stdout) : await AtomicFileSink.open(options.output);
  const started = Date.now();
  let failed = 0;
  let written = 0;
  const articles = jsonl ? jsonlArticles(refs, io) : textArticles(refs, io);
  const weigh = (item: Item) => (item instanceof InputError ? 0 : item.text.length);
  try {
    await sink.write((options.bom ? '\uFEFF' : '') + formatter.begin());
    for await (const { items, bytes, outcomes } of orderedMap(batches(articles, weigh), runBatch, runner.window)) {
      // The batch's documents go out in one write: their bytes, with the separators between them;
      // a message first flushes what comes before it, so messages and documents keep their order.
      const parts: Uint8Array[] = [];
      let run = -1; // start in `bytes` of the documents not yet in `parts`
      let offset = 0; // end in `bytes` of the documents seen
      const flush = async () => {
        if (run >= 0 && offset > run) parts.push(bytes.subarray(run, offset));
        run = -1;
        if (parts.length > 0) await sink.write(parts.length === 1 ? parts[0] : Buffer.concat(parts));
        parts.length = 0;
      };
      let next = 0;
      for (const item of items) {
        progress.tick();
        if (item instanceof InputError) {
          await flush();
          failed++;
          report(item.input, item.reason);
          continue;
        }
        const outcome = outcomes[next++];
        if ('error' in outcome) {
          await flush();
          failed++;
          report(item.label, `internal error: ${outcome.error}`);
          if (options.verbose && outcome.stack) progress.message(outcome.stack);
          continue;
        }
        if (item.problem !== undefined || (options.verbose && outcome.warnings.length > 0)) await flush();
        if (item.problem !== undefined) {
          failed++;
          report(item.label, item.problem);
        }
        if (options.verbose) for (const warning of outcome.warnings) report(item.label, `warning: ${warning}`);
        const separator = formatter.separator(written++);
        if (separator !== '') {
          if (run >= 0) parts.push(bytes.subarray(run, offset));
          parts.push(Buffer.from(separator, 'utf8'));
          run = -1;
        }
        if (run < 0) run = offset;
        offset += outcome.length;
      }
      await flush();
    }
    await sink.write(formatter.end(written));
    if (options.output !== null && written === 0 && failed > 0) {
      // Every input failed: keep the previous file rather than replace it with an empty result.
      await sink.abort();
      progress.message(`extract: ${options.output}: not written, no input succeeded`);
    } else {
      await sink.commit();
    }
  } catch (error) {
    await sink.abort();
    if (error instanceof OutputClosed) return failed > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
    throw error;
  } finally {
    progress.stop();
    await runner.close();
  }
  if (options.verbose) {
    const seconds = ((Date.now() - started) / 1000).toFixed(2);
    const threads = runner.threads > 0 ? `${runner.threads} worker threads` : 'in-process';
    progress.message(`extract: ${written} documents written, ${failed} inputs failed, ${seconds} s, ${threads}`);
  }
  return failed > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
}
