/**
 * argv → validated options (commander). Every bad value is a UsageError
 * (exit 2); `--help` and `--version` print and end the run with exit 0.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import { KINDS, type Kind } from '../types.js';
import { FORMATS, type Format } from '../writers/types.js';
import { UsageError } from './errors.js';
import type { CliIO } from './io.js';
import { writeQuietly } from './output.js';

export const USAGE = 'extract [options] [files|globs|folders...]';

export type InputMode = 'text' | 'jsonl';

export interface CliOptions {
  /** Operands: files, folders, globs, `-`. */
  inputs: string[];
  /** -f; null to decide from -o's extension or the terminal. */
  format: Format | null;
  output: string | null;
  /** -k; undefined for every kind. */
  kinds: Kind[] | undefined;
  input: InputMode;
  jobs: number;
  referenceYear: number | undefined;
  emitText: boolean;
  bom: boolean;
  color: boolean;
  quiet: boolean;
  verbose: boolean;
}

export type ParsedArgs = { kind: 'run'; options: CliOptions } | { kind: 'exit'; code: number };

const EXAMPLES = `
Examples:
  extract seeds/*.txt                      a readable table of every article
  extract -f json seeds/ > docs.json       every *.txt under seeds/, as a JSON array
  extract -o records.csv --bom 'archive/**/*.txt'
                                           CSV for Excel; the quoted glob is expanded by extract
  extract -k money,percents article.txt    only these record kinds
  cat article.txt | extract -f jsonl       one article from stdin
  extract --input jsonl -f jsonl < in.jsonl > out.jsonl
                                           streaming: {"id","text"} per line in, one document per line out

Output: json is an array of documents, jsonl one document per line, csv one row
per record (header source,kind,text,value,unit,subject,detail,start,end,context;
cells starting with = + - @ get a ' prefix), table a listing for people.

Exit status: 0 every input succeeded, 1 some input failed (each named on
stderr, the others still written), 2 usage error.
`;

/** Singular forms and the CSV kind names are accepted too (`money`, `percent`, `plan_attainment`). */
const KIND_ALIASES: Record<string, Kind> = {
  official: 'officials',
  date: 'dates',
  percent: 'percents',
  plan_attainment: 'plan_attainments',
  ratio: 'ratios',
};

export function parseKinds(list: string): Kind[] {
  const kinds: Kind[] = [];
  for (const raw of list.split(',')) {
    const name = raw.trim().toLowerCase().replace(/-/g, '_');
    if (name === '') continue;
    const kind = (KINDS as readonly string[]).includes(name) ? (name as Kind) : KIND_ALIASES[name];
    if (kind === undefined) throw new UsageError(`unknown kind '${raw.trim()}' (expected a list of ${KINDS.join(', ')})`);
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  if (kinds.length === 0) throw new UsageError(`--kinds needs at least one of ${KINDS.join(', ')}`);
  return kinds;
}

export function parseFormat(value: string): Format {
  const format = value.trim().toLowerCase();
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format '${value}' (expected ${FORMATS.join(', ')})`);
  }
  return format as Format;
}

export function parseJobs(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`--jobs needs a whole number of workers, not '${value}'`);
  const jobs = Number(value);
  if (jobs < 1 || jobs > 256) throw new UsageError(`--jobs must be between 1 and 256, not ${value}`);
  return jobs;
}

export function parseReferenceYear(value: string): number {
  if (!/^\d{4}$/.test(value.trim())) throw new UsageError(`--reference-year needs a four-digit year (YYYY), not '${value}'`);
  return Number(value);
}

function parseInputMode(value: string): InputMode {
  const mode = value.trim().toLowerCase();
  if (mode !== 'text' && mode !== 'jsonl') throw new UsageError(`unknown input mode '${value}' (expected text or jsonl)`);
  return mode;
}

/** The format an output file's extension asks for. */
export function formatFromExtension(file: string): Format {
  const extension = path.extname(file).toLowerCase();
  switch (extension) {
    case '.json':
      return 'json';
    case '.jsonl':
    case '.ndjson':
      return 'jsonl';
    case '.csv':
      return 'csv';
    case '.txt':
      return 'table';
    default:
      throw new UsageError(`cannot tell the format from '${file}' (use .json, .jsonl, .csv or .txt, or give -f)`);
  }
}

/** The package version, from the package.json above this module (src/ or dist/src/). */
export function packageVersion(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === 'vn-report-extract' && manifest.version) return manifest.version;
    } catch {
      // not here; go up
    }
    dir = path.dirname(dir);
  }
  return 'unknown';
}

function buildProgram(io: CliIO): Command {
  return new Command('extract')
    .usage('[options] [files|globs|folders...]')
    .description(
      // One line each: commander wraps to the terminal width, hard breaks would break its wrapping.
      'Extract officials, dates, money, percents, plan attainments and ratios from Vietnamese ' +
        'government news articles. Folders are searched for *.txt; quoted globs are expanded; ' +
        '`-` or piped stdin is one article.',
    )
    .argument('[inputs...]', 'files, folders, quoted globs, or - for stdin')
    .option('-f, --format <format>', `output format: ${FORMATS.join('|')} (default: table on a terminal, json when piped)`)
    .option('-o, --output <file>', 'write to FILE atomically; format from its extension (.json .jsonl .csv .txt) unless -f')
    .option('-k, --kinds <list>', `record kinds to extract, comma-separated: ${KINDS.join(',')}`)
    .addOption(new Option('--input <mode>', 'text: one article per file; jsonl: {"id","text"} per line').default('text'))
    .option('-j, --jobs <n>', 'worker threads (default: number of CPUs)')
    .option('--reference-year <yyyy>', 'year for day/month dates written without one')
    .option('--emit-text', 'add the normalised text to each document')
    .option('--bom', 'start the output with a UTF-8 byte-order mark (for Excel)')
    .option('--no-color', 'plain table, no colours')
    .option('-q, --quiet', 'no progress bar and no summary (errors are still reported)')
    .option('--verbose', 'stack traces for internal errors, a summary and document warnings on stderr')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => writeQuietly(io.stdout, text),
      writeErr: (text) => io.stderr.write(text),
      outputError: () => undefined, // run() prints usage errors itself
    });
}

interface RawOptions {
  format?: string;
  output?: string;
  kinds?: string;
  input: string;
  jobs?: string;
  referenceYear?: string;
  emitText?: boolean;
  bom?: boolean;
  color: boolean;
  quiet?: boolean;
  verbose?: boolean;
}

export function parseArgs(argv: readonly string[], io: CliIO): ParsedArgs {
  const program = buildProgram(io);
  try {
    program.parse([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
        return { kind: 'exit', code: 0 };
      }
      throw new UsageError(error.message.replace(/^error: /, ''));
    }
    throw error;
  }
  const raw = program.opts<RawOptions>();
  const options: CliOptions = {
    inputs: program.args,
    format: raw.format === undefined ? null : parseFormat(raw.format),
    output: raw.output ?? null,
    kinds: raw.kinds === undefined ? undefined : parseKinds(raw.kinds),
    input: parseInputMode(raw.input),
    jobs: raw.jobs === undefined ? availableParallelism() : parseJobs(raw.jobs),
    referenceYear: raw.referenceYear === undefined ? undefined : parseReferenceYear(raw.referenceYear),
    emitText: raw.emitText === true,
    bom: raw.bom === true,
    color: raw.color,
    quiet: raw.quiet === true,
    verbose: raw.verbose === true,
  };
  if (options.output !== null && options.output.trim() === '') throw new UsageError('--output needs a file name');
  return { kind: 'run', options };
}
