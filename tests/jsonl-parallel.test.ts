/**
 * Worker threads (`-j`) as a child process: the output is identical to a
 * single-threaded run, in input order. The input is large enough for the
 * pool to start (POOL_START_ARTICLES), which --verbose confirms.
 */
import { describe, expect, it } from 'vitest';
import { POOL_START_ARTICLES } from '../src/cli/pool.js';
import { corpusLines, runProcess, SEED } from './cli-helpers.js';

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

  it('small runs stay in-process and match', async () => {
    const one = await runProcess(['-f', 'json', '-j', '1', SEED]);
    const four = await runProcess(['-f', 'json', '-j', '4', SEED]);
    expect(one.stderr).toBe('');
    expect(four.stderr).toBe('');
    expect(four.code).toBe(0);
    expect(four.stdout).toBe(one.stdout);
  });
});
