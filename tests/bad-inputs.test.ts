/**
 * The bad-input matrix (issue 6): each bad input gets ONE stderr line naming
 * it and the reason, the other inputs are still processed and written, and
 * the run exits 1.
 */
import { chmodSync, closeSync, mkdirSync, openSync, readFileSync, ftruncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeFsError } from '../src/cli/errors.js';
import { MAX_ARTICLE_BYTES } from '../src/cli/read.js';
import type { ExtractedDocument } from '../src/types.js';
import { lines, runInProcess, runProcess, SEED, tempFolder } from './cli-helpers.js';

let tmp: ReturnType<typeof tempFolder>;
const file = (name: string) => path.join(tmp.dir, name);

beforeAll(() => {
  tmp = tempFolder('extract-bad-');
});
afterAll(() => {
  try {
    chmodSync(file('locked.txt'), 0o644);
  } catch {
    // not created
  }
  tmp.cleanup();
});

/** Run `extract -f jsonl <bad> SEED`: one error line, the seed's document still written, exit 1. */
async function expectOneFailure(bad: string, reason: RegExp, extra: string[] = []) {
  const { code, stdout, stderr } = await runInProcess(['-f', 'jsonl', ...extra, bad, SEED]);
  const errors = lines(stderr);
  expect(errors, stderr).toHaveLength(1);
  expect(errors[0].startsWith(`extract: ${bad}: `), errors[0]).toBe(true);
  expect(errors[0]).toMatch(reason);
  expect(errors[0]).not.toMatch(/\n\s+at /);
  const sources = stdout.trim().split('\n').filter(Boolean).map((line) => (JSON.parse(line) as ExtractedDocument).source);
  expect(sources).toContain(SEED);
  expect(code).toBe(1);
  return { sources };
}

describe('bad inputs', () => {
  it('missing file', async () => {
    await expectOneFailure(file('missing.txt'), /no such file$/);
  });

  it('no permission (or, as root, an unreadable input of another kind)', async () => {
    const locked = file('locked.txt');
    writeFileSync(locked, 'Năm 2020.');
    chmodSync(locked, 0o000);
    let readable = false;
    try {
      readFileSync(locked);
      readable = true; // root: chmod does not stop us
    } catch {
      readable = false;
    }
    if (!readable) {
      await expectOneFailure(locked, /permission denied$/);
    } else {
      // Running as root: chmod is ineffective. A folder named x.txt cannot be read as an article either.
      const folder = file('x.txt');
      mkdirSync(folder);
      await expectOneFailure(folder, /folder has no \*\.txt files$/);
    }
    expect(describeFsError(Object.assign(new Error('EACCES'), { code: 'EACCES' }))).toBe('permission denied');
  });

  it('a folder with no .txt', async () => {
    const folder = file('empty-folder');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'notes.md'), 'not an article');
    await expectOneFailure(folder, /folder has no \*\.txt files$/);
  });

  it('a glob matching nothing', async () => {
    await expectOneFailure(`${tmp.dir}/*.nothing`, /no files match this pattern$/);
  });

  it('a binary file (NUL bytes)', async () => {
    const binary = file('image.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    await expectOneFailure(binary, /binary/);
  });

  it('an empty file: a document with a warning, and the line on stderr', async () => {
    const empty = file('empty.txt');
    writeFileSync(empty, '');
    const { code, stdout, stderr } = await runInProcess(['-f', 'jsonl', empty, SEED]);
    expect(lines(stderr)).toEqual([`extract: ${empty}: empty file`]);
    const docs = stdout.trim().split('\n').map((line) => JSON.parse(line) as ExtractedDocument);
    expect(docs.map((doc) => doc.source)).toEqual([empty, SEED]);
    expect(docs[0].warnings).toContain('empty file');
    expect(code).toBe(1);
  });

  it('a file over 100 MB is refused with a clear message (without reading it)', async () => {
    const huge = file('huge.txt');
    const fd = openSync(huge, 'w');
    ftruncateSync(fd, MAX_ARTICLE_BYTES + 1); // sparse: no 100 MB written
    closeSync(fd);
    await expectOneFailure(huge, /too large \(100\.0 MB; the limit is 100 MB per article/);
  });

  it('invalid JSONL lines: one line each, with the line number; the rest goes on', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Năm 2020 đạt 5%.' }),
      '{"id": "b", "text": ',
      JSON.stringify({ id: 'c' }),
      JSON.stringify(['not', 'an', 'object']),
      '',
      JSON.stringify({ id: 'e', text: 42 }),
      JSON.stringify({ text: 'no id' }),
      JSON.stringify({ id: 'g', text: 'Ngày 3/9/2020.' }),
    ].join('\n');
    const { code, stdout, stderr } = await runInProcess(['--input', 'jsonl', '-f', 'jsonl'], { stdin: input });
    expect(lines(stderr)).toEqual([
      expect.stringMatching(/^extract: stdin line 2: invalid JSON \(.+\)$/),
      'extract: stdin line 3: missing "text"',
      'extract: stdin line 4: expected an object {"id": "...", "text": "..."}',
      'extract: stdin line 6: "text" must be a string',
      'extract: stdin line 7: missing "id"',
    ]);
    expect(stdout.trim().split('\n').map((line) => (JSON.parse(line) as ExtractedDocument).source)).toEqual(['a', 'g']);
    expect(code).toBe(1);
  });

  it('invalid UTF-8 in a JSONL line', async () => {
    const input = Buffer.concat([
      Buffer.from(`${JSON.stringify({ id: 'a', text: 'x' })}\n{"id":"b","text":"`),
      Buffer.from([0xff, 0xfe, 0x41]),
      Buffer.from('"}\n'),
    ]);
    const { code, stderr, stdout } = await runInProcess(['--input', 'jsonl', '-f', 'jsonl'], { stdin: input });
    expect(lines(stderr)).toEqual(['extract: stdin line 2: not valid UTF-8']);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(code).toBe(1);
  });

  it('several bad inputs at once, as a child process: one line each, in input order', async () => {
    const { code, stdout, stderr } = await runProcess(['-f', 'jsonl', 'missing.txt', file('image.txt'), SEED, 'nowhere/*.txt']);
    expect(lines(stderr)).toEqual([
      'extract: missing.txt: no such file',
      expect.stringMatching(new RegExp(`^extract: ${file('image.txt').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*binary`)),
      'extract: nowhere/*.txt: no files match this pattern',
    ]);
    expect(stdout.trim().split('\n').map((line) => (JSON.parse(line) as ExtractedDocument).source)).toEqual([SEED]);
    expect(code).toBe(1);
  });
});
