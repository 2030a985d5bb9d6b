/**
 * Worker threads (`-j`) as a child process: the output is identical to a
 * single-threaded run, in input order, for every format. The input is large
 * enough for the pool to start (POOL_START_ARTICLES), which --verbose
 * confirms. Also the batching of the pool (`batches`): limits, a partial
 * batch when the input pauses, and the release of the input when stopped.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { batches, POOL_START_ARTICLES } from '../src/cli/pool.js';
import { BIN, corpusLines, ROOT, runProcess, SEED } from './cli-helpers.js';

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
}

describe('-j', () => {
  const input = `${corpusLines(POOL_START_ARTICLES + 36).join('\n')}\n`;

  it('-j 1 and -j 2 give byte-identical output, in input order', async () => {
    const one = await runProcess(['--input', 'jsonl', '-f', 'jsonl', '-j', '1', '--verbose'], { stdin: input });
    const two = await runProcess(['--input', 'jsonl', '-f', 'jsonl', '-j', '2', '--verbose'], { stdin: input });
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(one.stderr).toMatch(/in-process/);
    expect(two.stderr).toMatch(/2 worker threads/);
    expect(two.stdout).toBe(one.stdout);
    const ids = two.stdout.trim().split('\n').map((line) => JSON.parse(line).source);
    expect(ids).toEqual(input.trim().split('\n').map((line) => JSON.parse(line).id));
  });

  it('every format is byte-identical with -j 1 and -j 2, bad lines reported in order', async () => {
    const lines = corpusLines(POOL_START_ARTICLES + 20);
    lines.splice(3, 0, '{"id": "broken"'); // line 4
    lines.splice(70, 0, '{"id": "empty", "text": ""}'); // line 71, in the second batch
    lines.splice(80, 0, '[1, 2]'); // line 81
    const corpus = `${lines.join('\n')}\n`;
    for (const format of ['json', 'csv', 'table']) {
      const one = await runProcess(['--input', 'jsonl', '-f', format, '-j', '1'], { stdin: corpus });
      const two = await runProcess(['--input', 'jsonl', '-f', format, '-j', '2', '--verbose'], { stdin: corpus });
      expect(one.code).toBe(1);
      expect(two.code).toBe(1);
      expect(two.stdout).toBe(one.stdout);
      expect(two.stderr).toMatch(/2 worker threads/);
      if (format === 'json') expect(JSON.parse(one.stdout)).toHaveLength(lines.length - 2);
      const errors = (text: string) => text.split('\n').filter((line) => / line \d+: /.test(line) && !line.includes(': warning: '));
      expect(errors(one.stderr)).toEqual([
        expect.stringMatching(/^extract: stdin line 4: invalid JSON/),
        'extract: stdin line 71: empty text',
        expect.stringMatching(/^extract: stdin line 81: expected an object/),
      ]);
      expect(errors(two.stderr)).toEqual(errors(one.stderr));
    }
  });

  it('with the pool running, a line that comes alone is answered without waiting for a full batch', async () => {
    const lines = corpusLines(POOL_START_ARTICLES + 1);
    const child = spawn(process.execPath, [BIN, '--input', 'jsonl', '-f', 'jsonl', '-j', '2', '--verbose'], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    const waiters: Array<() => void> = [];
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      for (const wake of waiters.splice(0)) wake();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const outputLines = async (count: number) => {
      while (stdout.split('\n').length - 1 < count) await new Promise<void>((resolve) => waiters.push(resolve));
    };
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdin.write(`${lines.slice(0, POOL_START_ARTICLES).join('\n')}\n`);
    await outputLines(POOL_START_ARTICLES);
    // stdin stays open: the last line must come out on its own.
    child.stdin.write(`${lines[POOL_START_ARTICLES]}\n`);
    await outputLines(POOL_START_ARTICLES + 1);
    child.stdin.end();
    expect(await closed).toBe(0);
    expect(stderr).toMatch(/2 worker threads/);
    expect(stdout.trim().split('\n').map((line) => JSON.parse(line).source)).toEqual(lines.map((line) => JSON.parse(line).id));
  }, 60_000);

  it('small runs stay in-process and match', async () => {
    const one = await runProcess(['-f', 'json', '-j', '1', SEED]);
    const four = await runProcess(['-f', 'json', '-j', '4', SEED]);
    expect(one.stderr).toBe('');
    expect(four.stderr).toBe('');
    expect(four.code).toBe(0);
    expect(four.stdout).toBe(one.stdout);
  });
});

describe('batches', () => {
  async function* from<T>(items: T[], pauseBefore: Set<number> = new Set(), pauseMs = 0): AsyncGenerator<T> {
    for (const [i, item] of items.entries()) {
      if (pauseBefore.has(i)) await new Promise((resolve) => setTimeout(resolve, pauseMs));
      yield item;
    }
  }
  const one = () => 1;

  it('cuts by count and by weight; an item heavier than the limit is a batch alone', async () => {
    const numbers = Array.from({ length: 10 }, (_, i) => i);
    expect(await collect(batches(from(numbers), one, 4, 100, 1000))).toEqual([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]);
    const weights = [3, 3, 3, 50, 1, 1];
    expect(await collect(batches(from(weights), (w) => w, 100, 6, 1000))).toEqual([[3, 3], [3, 50], [1, 1]]);
    expect(await collect(batches(from([]), one, 4, 100, 1000))).toEqual([]);
  });

  it('sends a partial batch when the input pauses, then goes on', async () => {
    const got = await collect(batches(from([1, 2, 3, 4, 5], new Set([2]), 200), one, 64, 1000, 20));
    expect(got).toEqual([[1, 2], [3, 4, 5]]);
  });

  it('releases the input when the consumer stops early', async () => {
    let released = false;
    async function* source() {
      try {
        for (let i = 0; ; i++) yield i;
      } finally {
        released = true;
      }
    }
    for await (const batch of batches(source(), one, 3, 100, 1000)) {
      expect(batch).toEqual([0, 1, 2]);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(released).toBe(true);
  });
});
