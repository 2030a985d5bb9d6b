/** Helpers for the CLI tests: run the command in-process with captured streams, or as a child process. */
import { spawn, type SpawnOptions } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { run } from '../src/cli/index.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = path.join(ROOT, 'bin', 'extract.js');
export const SEED = 'seeds/000_0ceb2c1fcc57a048.txt';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface InProcessOptions {
  stdin?: string | Buffer;
  stdinTTY?: boolean;
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
}

/** `run(argv)` with captured streams; paths are relative to the project root (vitest's cwd). */
export async function runInProcess(argv: string[], options: InProcessOptions = {}): Promise<RunResult> {
  const stdin = Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]) as Readable & { isTTY?: boolean };
  stdin.isTTY = options.stdinTTY ?? false;
  const stdout = new PassThrough() as PassThrough & { isTTY?: boolean };
  const stderr = new PassThrough() as PassThrough & { isTTY?: boolean };
  stdout.isTTY = options.stdoutTTY ?? false;
  stderr.isTTY = options.stderrTTY ?? false;
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const code = await run(argv, { stdin, stdout, stderr });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

/** `node bin/extract.js …` (needs the build: `npm test` runs tsc first). */
export function runProcess(
  argv: string[],
  options: { stdin?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<RunResult & { signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const spawnOptions: SpawnOptions = { cwd: options.cwd ?? ROOT, env: { ...process.env, ...options.env } };
    const child = spawn(process.execPath, [BIN, ...argv], spawnOptions);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr!.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({
        code: code ?? -1,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
    child.stdin!.on('error', () => undefined);
    child.stdin!.end(options.stdin ?? '');
  });
}

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempFolder(prefix = 'extract-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Non-empty stderr lines. */
export function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

/** A JSONL corpus from the seed and dev articles: `count` lines `{"id": "doc-0000", "text": ...}`. */
export function corpusLines(count: number): string[] {
  const files = ['seeds', 'fixtures/dev'].flatMap((dir) =>
    readdirSync(path.join(ROOT, dir))
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => path.join(ROOT, dir, name)),
  );
  const texts = files.map((file) => readFileSync(file, 'utf8'));
  return Array.from({ length: count }, (_, i) => JSON.stringify({ id: `doc-${String(i).padStart(4, '0')}`, text: texts[i % texts.length] }));
}
