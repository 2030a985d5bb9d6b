/**
 * The command line: `run(argv, io)` parses the options, runs the `extract`
 * command and returns the exit code. Errors the user should read are typed
 * (`CliError` and subclasses) and printed as one `extract: …` line; other
 * errors are internal, with a stack trace only under `--verbose`.
 */
import { CliError, EXIT_INPUT_FAILED, UsageError } from './errors.js';
import { processIO, type CliIO } from './io.js';
import { parseArgs, USAGE } from './options.js';

export { CliError, InputError, OutputError, UsageError } from './errors.js';
export type { CliIO } from './io.js';

export async function run(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const verbose = argv.includes('--verbose');
  try {
    const parsed = parseArgs(argv, io);
    if (parsed.kind === 'exit') return parsed.code;
    // Loaded only now: --help, --version and usage errors answer without loading the extractors.
    const { extractCommand } = await import('./commands/extract.js');
    return await extractCommand(parsed.options, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`extract: ${error.message}\nUsage: ${USAGE}\nTry 'extract --help' for the options and examples.\n`);
      return error.exitCode;
    }
    if (error instanceof CliError) {
      io.stderr.write(`extract: ${error.message}\n`);
      if (verbose && error.stack) io.stderr.write(`${error.stack}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`extract: internal error: ${message}\n`);
    if (verbose && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    else io.stderr.write('extract: run again with --verbose for the stack trace\n');
    return EXIT_INPUT_FAILED;
  }
}

export default run;
