/** `--input jsonl`: line splitting, line parsing, and the streaming contract (one line out per line in, same order). */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/cli/errors.js';
import { parseJsonlLine, splitLines, type Line } from '../src/cli/jsonl.js';
import type { ExtractedDocument } from '../src/types.js';
import { corpusLines, runInProcess, tempFolder } from './cli-helpers.js';

async function collect(chunks: Array<string | Buffer>, limit?: number): Promise<Line[]> {
  const out: Line[] = [];
  for await (const line of splitLines(Readable.from(chunks.map((c) => Buffer.from(c))), limit)) out.push(line);
  return out;
}

describe('splitLines', () => {
  it('splits on LF and CRLF across chunk boundaries, numbering lines', async () => {
    const lines = await collect(['ab', 'c\r\nde', 'f\n\ngh\n', 'ij']);
    expect(lines).toEqual([
      { number: 1, text: 'abc' },
      { number: 2, text: 'def' },
      { number: 3, text: '' },
      { number: 4, text: 'gh' },
      { number: 5, text: 'ij' },
    ]);
  });
  it('keeps multi-byte characters split across chunks', async () => {
    const bytes = Buffer.from('Ủy ban\nhòa\n');
    const lines = await collect([bytes.subarray(0, 1), bytes.subarray(1, 9), bytes.subarray(9)]);
    expect(lines.map((l) => l.text)).toEqual(['Ủy ban', 'hòa']);
  });
  it('skips a line over the limit without buffering it, and goes on', async () => {
    const lines = await collect(['short\n', 'x'.repeat(40), 'y'.repeat(40), '\nafter\n'], 50);
    expect(lines).toEqual([
      { number: 1, text: 'short' },
      { number: 2, text: null },
      { number: 3, text: 'after' },
    ]);
  });
  it('drops a UTF-8 BOM at the start of the stream', async () => {
    const lines = await collect(['\uFEFF{"id":1}\n']);
    expect(lines[0].text).toBe('{"id":1}');
  });
});

describe('parseJsonlLine', () => {
  const line = (text: string | null, number = 7): Line => ({ number, text });
  it('reads id and text; a number id becomes a string', () => {
    expect(parseJsonlLine(line('{"id": 12, "text": "Năm 2020"}'), 'in.jsonl')).toMatchObject({ source: '12', text: 'Năm 2020' });
  });
  it('skips blank lines', () => {
    expect(parseJsonlLine(line('   '), 'in.jsonl')).toBeNull();
  });
  it('names the line number in every error', () => {
    for (const bad of ['{', '[]', '"text"', '{"id": "a"}', '{"text": "x"}', '{"id": {}, "text": "x"}', '{"id": "a", "text": null}']) {
      let error: unknown;
      try {
        parseJsonlLine(line(bad), 'in.jsonl');
      } catch (e) {
        error = e;
      }
      expect(error, bad).toBeInstanceOf(InputError);
      expect((error as InputError).input).toBe('in.jsonl line 7');
    }
  });
  it('keeps an empty text as a document with a warning and a problem', () => {
    const article = parseJsonlLine(line('{"id": "a", "text": ""}'), 'stdin');
    expect(article?.warnings).toEqual(['empty text']);
    expect(article?.problem).toBe('empty text');
  });
});

describe('--input jsonl', () => {
  const input = corpusLines(24);

  it('writes one document per input line, same order and ids', async () => {
    const { code, stdout, stderr } = await runInProcess(['--input', 'jsonl', '-f', 'jsonl'], { stdin: `${input.join('\n')}\n` });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = stdout.split('\n');
    expect(out.pop()).toBe('');
    expect(out).toHaveLength(input.length);
    expect(out.map((l) => (JSON.parse(l) as ExtractedDocument).source)).toEqual(input.map((l) => JSON.parse(l).id));
  });

  it('chunk split: running chunks separately and joining the outputs gives the single-run output', async () => {
    const single = await runInProcess(['--input', 'jsonl', '-f', 'jsonl'], { stdin: `${input.join('\n')}\n` });
    const cuts = [0, 5, 6, 17, input.length]; // uneven chunks, one of a single line
    const parts: string[] = [];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const chunk = input.slice(cuts[i], cuts[i + 1]);
      const { code, stdout } = await runInProcess(['--input', 'jsonl', '-f', 'jsonl'], { stdin: `${chunk.join('\n')}\n` });
      expect(code).toBe(0);
      parts.push(stdout);
    }
    expect(parts.join('')).toBe(single.stdout);
  });

  it('reads JSONL files given as operands, and folders of *.jsonl', async () => {
    const tmp = tempFolder('extract-jsonl-');
    try {
      mkdirSync(path.join(tmp.dir, 'parts', 'b'), { recursive: true });
      writeFileSync(path.join(tmp.dir, 'parts', 'a.jsonl'), `${input.slice(0, 2).join('\n')}\n`);
      writeFileSync(path.join(tmp.dir, 'parts', 'b', 'c.jsonl'), input.slice(2, 5).join('\r\n'));
      writeFileSync(path.join(tmp.dir, 'parts', 'ignored.txt'), 'not jsonl');
      const { code, stdout } = await runInProcess(['--input', 'jsonl', '-f', 'jsonl', path.join(tmp.dir, 'parts')]);
      expect(code).toBe(0);
      const ids = stdout.trim().split('\n').map((l) => (JSON.parse(l) as ExtractedDocument).source);
      expect(ids).toEqual(input.slice(0, 5).map((l) => JSON.parse(l).id));
    } finally {
      tmp.cleanup();
    }
  });

  it('JSON array output works in JSONL input mode too', async () => {
    const { stdout } = await runInProcess(['--input', 'jsonl', '-f', 'json'], { stdin: input.slice(0, 3).join('\n') });
    expect((JSON.parse(stdout) as ExtractedDocument[]).map((doc) => doc.source)).toEqual(['doc-0000', 'doc-0001', 'doc-0002']);
  });
});
