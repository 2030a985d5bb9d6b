/** The built command as a user runs it: `node bin/extract.js …` in a child process (needs `tsc` first; `npm test` does it). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../src/types.js';
import { lines, ROOT, runProcess, SEED } from './cli-helpers.js';

describe('bin/extract.js', () => {
  it('missing file + a seed: one error line naming it, the seed document still written, exit 1', async () => {
    const { code, stdout, stderr } = await runProcess(['missing.txt', SEED]);
    expect(lines(stderr)).toEqual(['extract: missing.txt: no such file']);
    expect((JSON.parse(stdout) as ExtractedDocument[]).map((doc) => doc.source)).toEqual([SEED]);
    expect(code).toBe(1);
  });

  it('--format nope x: exit 2 with a usage message and nothing on stdout', async () => {
    const { code, stdout, stderr } = await runProcess(['--format', 'nope', 'x']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^extract: unknown format 'nope'/);
    expect(stderr).toMatch(/^Usage: extract \[options\]/m);
  });

  it('json when piped, every format on the seeds', async () => {
    const json = await runProcess(['seeds']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toHaveLength(5);
    const jsonl = await runProcess(['-f', 'jsonl', 'seeds']);
    expect(jsonl.stdout.trim().split('\n')).toHaveLength(5);
    const csv = await runProcess(['-f', 'csv', 'seeds']);
    expect(csv.stdout.split('\n')[0]).toBe('source,kind,text,value,unit,subject,detail,start,end,context');
    const table = await runProcess(['-f', 'table', 'seeds']);
    expect(table.stdout).toContain('seeds/000_0ceb2c1fcc57a048.txt');
    expect(table.stdout).not.toMatch(/\x1b\[/); // piped: no colour
  });

  it('reads one article from piped stdin', async () => {
    const { code, stdout } = await runProcess(['-f', 'jsonl'], { stdin: readFileSync(path.join(ROOT, SEED)) });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).source).toBe('-');
  });

  it('--input jsonl from stdin: one document per line, ids in order, bad line named', async () => {
    const input = ['{"id":"x1","text":"Năm 2020."}', '{oops', '{"id":"x3","text":"Ngày 3/9/2021."}'].join('\n');
    const { code, stdout, stderr } = await runProcess(['--input', 'jsonl', '-f', 'jsonl'], { stdin: input });
    expect(stdout.trim().split('\n').map((l) => JSON.parse(l).source)).toEqual(['x1', 'x3']);
    expect(lines(stderr)).toEqual([expect.stringMatching(/^extract: stdin line 2: invalid JSON/)]);
    expect(code).toBe(1);
  });

  it('--help and --version exit 0', async () => {
    const help = await runProcess(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Examples:/);
    const version = await runProcess(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
