/**
 * Where the data goes. Two sinks with the same shape:
 * - `StreamSink`: stdout. Waits for `drain` (backpressure); when the reader
 *   goes away (EPIPE, `extract … | head -1`) it throws `OutputClosed`, which
 *   the command turns into a quiet stop.
 * - `AtomicFileSink`: `-o FILE`. Writes `.FILE.<pid>.<random>.tmp` in the same
 *   folder, then fsyncs and renames it over FILE, so FILE appears whole or
 *   not at all. On failure, SIGINT or SIGTERM the temporary file is removed
 *   and the previous FILE is left untouched.
 */
import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { chmod, open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { OutputClosed, OutputError } from './errors.js';

export interface OutputSink {
  /** Text, or bytes already encoded as UTF-8. */
  write(chunk: string | Uint8Array): Promise<void>;
  /** All written: make it visible (rename for a file). */
  commit(): Promise<void>;
  /** Give up: remove what was written (a file), keep the previous output. */
  abort(): Promise<void>;
}

function isClosedPipe(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' || code === 'ECONNRESET';
}

const ignoreError = (): void => undefined;

const ignoreClosedPipe = (error: unknown): void => {
  if (!isClosedPipe(error)) throw error;
};

/**
 * Write text that needs no reader (the help, the version): when the reader
 * has gone (`extract --help | head -1`), the closed pipe is not an error and
 * prints no stack trace.
 */
export function writeQuietly(stream: NodeJS.WritableStream, text: string): void {
  if (!stream.listeners('error').includes(ignoreClosedPipe)) stream.on('error', ignoreClosedPipe);
  stream.write(text);
}

export class StreamSink implements OutputSink {
  private failure: Error | null = null;
  private readonly onError = (error: Error) => {
    this.failure = error;
  };

  constructor(private readonly stream: NodeJS.WritableStream) {
    stream.on('error', this.onError);
  }

  private check(): void {
    if (this.failure === null) return;
    if (isClosedPipe(this.failure)) throw new OutputClosed();
    throw new OutputError(`cannot write the output: ${this.failure.message}`);
  }

  async write(chunk: string | Uint8Array): Promise<void> {
    this.check();
    if (chunk.length === 0) return;
    const writable = this.stream as NodeJS.WritableStream & { destroyed?: boolean; writableNeedDrain?: boolean };
    if (writable.destroyed) throw new OutputClosed();
    if (!this.stream.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.stream.off('drain', done);
          this.stream.off('error', done);
          this.stream.off('close', done);
          resolve();
        };
        this.stream.on('drain', done);
        this.stream.on('error', done);
        this.stream.on('close', done);
      });
    }
    this.check();
  }

  async commit(): Promise<void> {
    this.check();
    this.release();
  }

  async abort(): Promise<void> {
    this.release();
  }

  private release(): void {
    // Keep swallowing late EPIPE errors: an 'error' without a listener would crash with a stack trace.
    this.stream.off('error', this.onError);
    if (!this.stream.listeners('error').includes(ignoreError)) this.stream.on('error', ignoreError);
  }
}

/** Bytes gathered before one write to the temporary file. */
const FILE_BUFFER = 64 * 1024;
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

export class AtomicFileSink implements OutputSink {
  private buffered: Array<string | Uint8Array> = [];
  private bufferedLength = 0;
  private finished = false;
  private readonly onSignal = (signal: NodeJS.Signals) => {
    this.removeTempNow();
    this.unhook();
    // Die of the same signal, as the caller expects (exit status 128 + n).
    process.kill(process.pid, signal);
  };
  private readonly onExit = () => this.removeTempNow();

  private constructor(
    private readonly target: string,
    private readonly temp: string,
    private readonly handle: FileHandle,
  ) {
    for (const signal of SIGNALS) process.on(signal, this.onSignal);
    process.on('exit', this.onExit);
  }

  static async open(target: string): Promise<AtomicFileSink> {
    const dir = path.dirname(target);
    const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      const info = await stat(target).catch(() => null);
      if (info?.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
      const handle = await open(temp, 'wx');
      return new AtomicFileSink(target, temp, handle);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : (error as Error).message;
      throw new OutputError(`${target}: cannot write the output: ${reason}`);
    }
  }

  /** The temporary file being written (for tests and --verbose). */
  get tempPath(): string {
    return this.temp;
  }

  async write(chunk: string | Uint8Array): Promise<void> {
    this.buffered.push(chunk);
    this.bufferedLength += chunk.length;
    if (this.bufferedLength >= FILE_BUFFER) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.bufferedLength === 0) return;
    const bytes = Buffer.concat(this.buffered.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk)));
    this.buffered = [];
    this.bufferedLength = 0;
    try {
      await this.handle.write(bytes);
    } catch (error) {
      throw new OutputError(`${this.target}: cannot write the output: ${(error as Error).message}`);
    }
  }

  async commit(): Promise<void> {
    try {
      await this.flush();
      await this.handle.sync();
      await this.handle.close();
      // Keep the permissions of the file being replaced.
      const previous = await stat(this.target).catch(() => null);
      if (previous) await chmod(this.temp, previous.mode & 0o7777).catch(() => undefined);
      await rename(this.temp, this.target);
      this.finished = true;
      this.unhook();
    } catch (error) {
      await this.abort();
      if (error instanceof OutputError) throw error;
      throw new OutputError(`${this.target}: cannot write the output: ${(error as Error).message}`);
    }
  }

  async abort(): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    await this.handle.close().catch(() => undefined);
    await unlink(this.temp).catch(() => undefined);
    this.unhook();
  }

  private removeTempNow(): void {
    if (this.finished) return;
    this.finished = true;
    try {
      unlinkSync(this.temp);
    } catch {
      // already gone
    }
  }

  private unhook(): void {
    for (const signal of SIGNALS) process.off(signal, this.onSignal);
    process.off('exit', this.onExit);
  }
}
