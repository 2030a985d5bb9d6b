/**
 * Typed errors of the command line. Each carries the message the user sees
 * and the exit code; `run()` prints the message (a stack trace only with
 * `--verbose`) and returns the code. The library never throws these.
 */

/** Exit codes of `extract` (SPEC "CLI"). */
export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;

/** An error the user is meant to read: message + exit code, no stack trace needed. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad option value, unknown format, nothing to read: exit 2 with a usage hint. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, EXIT_USAGE);
  }
}

/**
 * One input (a file, a folder, a glob, stdin, a JSONL line) could not be
 * used. Reported on one stderr line (`extract: missing.txt: no such file`);
 * the other inputs go on, and the run ends with exit 1.
 */
export class InputError extends CliError {
  constructor(
    /** The input as the user named it (path, glob, `-`, `file:line`). */
    readonly input: string,
    /** Why it was skipped, in a few words. */
    readonly reason: string,
  ) {
    super(`${input}: ${reason}`, EXIT_INPUT_FAILED);
  }
}

/** The output could not be written (`-o` into a missing folder, disk full). Exit 1. */
export class OutputError extends CliError {
  constructor(message: string) {
    super(message, EXIT_INPUT_FAILED);
  }
}

/** The reader of stdout went away (`extract … | head -1`): stop quietly. */
export class OutputClosed extends Error {
  constructor() {
    super('output closed');
    this.name = 'OutputClosed';
  }
}

/** A short reason for a failed file-system call, from its error code. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ENOTDIR':
      return 'not a folder';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'EIO':
      return 'input/output error';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
