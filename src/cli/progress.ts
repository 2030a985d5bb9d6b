/**
 * Progress bar on stderr (cli-progress), only for long runs on a terminal:
 * stderr is a TTY, not `--quiet`, and the run has passed SHOW_AFTER_MS or
 * SHOW_AFTER_ARTICLES. Never on stdout, which carries only data.
 */
import cliProgress from 'cli-progress';

export const SHOW_AFTER_MS = 1000;
export const SHOW_AFTER_ARTICLES = 20;

export class Progress {
  private bar: cliProgress.SingleBar | null = null;
  private count = 0;
  private readonly started = Date.now();

  constructor(
    private readonly stream: NodeJS.WritableStream & { isTTY?: boolean },
    private readonly enabled: boolean,
    /** Number of inputs when known (files), null when streaming (JSONL). */
    private readonly total: number | null,
  ) {}

  static for(stream: NodeJS.WritableStream & { isTTY?: boolean }, quiet: boolean, total: number | null): Progress {
    return new Progress(stream, !quiet && stream.isTTY === true, total);
  }

  /** One more input done. */
  tick(): void {
    this.count++;
    if (!this.enabled) return;
    if (this.bar === null) {
      if (this.count <= SHOW_AFTER_ARTICLES && Date.now() - this.started < SHOW_AFTER_MS) return;
      this.bar = new cliProgress.SingleBar(
        {
          stream: this.stream,
          format:
            this.total === null
              ? 'extract {value} articles | {duration_formatted}'
              : 'extract [{bar}] {percentage}% | {value}/{total} articles | ETA {eta_formatted}',
          hideCursor: true,
          clearOnComplete: true,
          etaBuffer: 50,
        },
        cliProgress.Presets.shades_classic,
      );
      this.bar.start(this.total ?? 0, this.count);
    } else {
      this.bar.update(this.count);
    }
  }

  /** Write a message line on stderr without tearing the bar. */
  message(line: string): void {
    if (this.bar !== null) this.stream.write(`\r\x1b[2K${line}\n`);
    else this.stream.write(`${line}\n`);
  }

  stop(): void {
    this.bar?.stop();
    this.bar = null;
  }
}
