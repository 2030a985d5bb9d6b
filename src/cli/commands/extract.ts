/**
 * The `extract` command: inputs → articles → extraction (in order, bounded
 * window, worker threads) → formatter → output sink. Input problems are
 * reported one line each, in input order, and the run goes on; the exit
 * code says whether any input failed.
 */
import { createReadStream } from 'node:fs';
import type { ExtractedDocument, ExtractOptions } from '../../types.js';
import { formatterFor, type Format } from '../../writers/index.js';
import { describeFsError, EXIT_INPUT_FAILED, EXIT_OK, InputError, OutputClosed, UsageError } from '../errors.js';
import { expandInputs, type InputRef } from '../inputs.js';
import type { CliIO } from '../io.js';
import { parseJsonlLine, splitLines } from '../jsonl.js';
import { formatFromExtension, type CliOptions } from '../options.js';
import { AtomicFileSink, StreamSink, type OutputSink } from '../output.js';
import { createExtractor, IN_FLIGHT_PER_JOB, orderedMap } from '../pool.js';
import { Progress } from '../progress.js';
import { readArticleFile, readArticleStdin, type Article } from '../read.js';
import { tableStyle, wantsColour } from '../style.js';

/** What comes out of the pipeline for one input, in input order. */
type Outcome =
  | { kind: 'document'; article: Article; doc: ExtractedDocument }
  | { kind: 'failed'; error: InputError; cause?: unknown };

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
  const formatter = formatterFor(format, tableStyle(colour));
  const extractOptions = (article: Article): ExtractOptions => ({
    source: article.source,
    referenceYear: options.referenceYear,
    kinds: options.kinds,
    // The CSV context column needs the normalised text; CSV never prints the text itself.
    emitText: options.emitText || format === 'csv',
    warnings: article.warnings,
  });

  const extractor = createExtractor(options.jobs);
  const extractOne = async (item: Article | InputError): Promise<Outcome> => {
    if (item instanceof InputError) return { kind: 'failed', error: item };
    try {
      return { kind: 'document', article: item, doc: await extractor.extract(item.text, extractOptions(item)) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { kind: 'failed', error: new InputError(item.label, `internal error: ${message}`), cause: error };
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
  const window = Math.max(2, options.jobs * IN_FLIGHT_PER_JOB);
  try {
    await sink.write((options.bom ? '\uFEFF' : '') + formatter.begin());
    for await (const outcome of orderedMap(articles, extractOne, window)) {
      progress.tick();
      if (outcome.kind === 'failed') {
        failed++;
        report(outcome.error.input, outcome.error.reason);
        if (options.verbose && outcome.cause instanceof Error && outcome.cause.stack) progress.message(outcome.cause.stack);
        continue;
      }
      const { article, doc } = outcome;
      if (article.problem !== undefined) {
        failed++;
        report(article.label, article.problem);
      }
      if (options.verbose) for (const warning of doc.warnings) report(article.label, `warning: ${warning}`);
      await sink.write(formatter.document(doc, written++));
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
    await extractor.close();
  }
  if (options.verbose) {
    const seconds = ((Date.now() - started) / 1000).toFixed(2);
    const threads = extractor.threads > 0 ? `${extractor.threads} worker threads` : 'in-process';
    progress.message(`extract: ${written} documents written, ${failed} inputs failed, ${seconds} s, ${threads}`);
  }
  return failed > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
}
