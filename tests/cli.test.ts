/** The `extract` command, in-process through run(argv) with captured streams. */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../src/types.js';
import { CSV_HEADER } from '../src/writers/index.js';
import { lines, ROOT, runInProcess, SEED, tempFolder } from './cli-helpers.js';

const SEEDS = readdirSync(path.join(ROOT, 'seeds'))
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => `seeds/${name}`);

let tmp: ReturnType<typeof tempFolder>;
beforeAll(() => {
  tmp = tempFolder();
});
afterAll(() => tmp.cleanup());

describe('formats', () => {
  it('writes a JSON array of documents when piped (the default)', async () => {
    const { code, stdout, stderr } = await runInProcess(SEEDS);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const docs = JSON.parse(stdout) as ExtractedDocument[];
    expect(docs.map((doc) => doc.source)).toEqual(SEEDS);
    for (const doc of docs) {
      for (const field of ['title', 'published', 'reference_year', 'authors', 'officials', 'dates', 'money', 'percents', 'plan_attainments', 'ratios', 'warnings']) {
        expect(doc).toHaveProperty(field);
      }
      expect(doc).not.toHaveProperty('text');
    }
  });

  it('writes a table on a terminal, coloured unless --no-color', async () => {
    const coloured = await runInProcess([SEED], { stdoutTTY: true });
    expect(coloured.code).toBe(0);
    expect(coloured.stdout).toContain(SEED);
    const env = process.env;
    const colourAllowed = !env.NO_COLOR && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false' && env.TERM !== 'dumb';
    if (colourAllowed) expect(coloured.stdout).toMatch(/\x1b\[/);
    const plain = await runInProcess([SEED, '--no-color'], { stdoutTTY: true });
    expect(plain.stdout).toContain(SEED);
    expect(plain.stdout).not.toMatch(/\x1b\[/);
    // -f table when piped: plain text
    const piped = await runInProcess([SEED, '-f', 'table']);
    expect(piped.stdout).not.toMatch(/\x1b\[/);
    expect(piped.stdout.startsWith(SEED)).toBe(true);
  });

  it('writes one document per line with -f jsonl', async () => {
    const { code, stdout } = await runInProcess(['-f', 'jsonl', ...SEEDS]);
    expect(code).toBe(0);
    const out = stdout.split('\n');
    expect(out.pop()).toBe('');
    expect(out.map((line) => (JSON.parse(line) as ExtractedDocument).source)).toEqual(SEEDS);
  });

  it('writes CSV with the exact header that parses back to one row per record', async () => {
    const { code, stdout } = await runInProcess(['-f', 'csv', ...SEEDS]);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('source,kind,text,value,unit,subject,detail,start,end,context');
    const rows = parse(stdout) as string[][];
    expect(rows[0]).toEqual([...CSV_HEADER]);
    const json = JSON.parse((await runInProcess(SEEDS)).stdout) as ExtractedDocument[];
    const records = json.reduce(
      (n, doc) => n + doc.officials.length + doc.dates.length + doc.money.length + doc.percents.length + doc.plan_attainments.length + doc.ratios.length,
      0,
    );
    expect(rows.length - 1).toBe(records);
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(10);
      expect(SEEDS).toContain(row[0]);
      expect(['official', 'date', 'money', 'percent', 'plan_attainment', 'ratio']).toContain(row[1]);
      expect(Number(row[8])).toBeGreaterThan(Number(row[7]));
    }
  });

  it('adds the normalised text with --emit-text, and a BOM with --bom', async () => {
    const { stdout } = await runInProcess(['--emit-text', '--bom', '-f', 'json', SEED]);
    expect(stdout.charCodeAt(0)).toBe(0xfeff);
    const [doc] = JSON.parse(stdout.slice(1)) as ExtractedDocument[];
    expect(typeof doc.text).toBe('string');
    const codePoints = [...doc.text!];
    for (const kind of ['dates', 'money', 'percents', 'plan_attainments', 'ratios'] as const) {
      for (const record of doc[kind]) expect(codePoints.slice(record.start, record.end).join('')).toBe(record.text);
    }
    const csv = await runInProcess(['--bom', '-f', 'csv', SEED]);
    expect(csv.stdout.startsWith('\uFEFFsource,kind,')).toBe(true);
  });

  it('restricts kinds with -k and accepts singular names', async () => {
    const { code, stdout } = await runInProcess(['-k', 'money,percent', SEED]);
    expect(code).toBe(0);
    const [doc] = JSON.parse(stdout) as ExtractedDocument[];
    expect(doc.officials).toEqual([]);
    expect(doc.dates).toEqual([]);
    expect(doc.ratios).toEqual([]);
  });

  it('applies --reference-year to dates without a year', async () => {
    const { stdout } = await runInProcess(['--reference-year', '1999', '-k', 'dates', '-'], { stdin: 'Sáng 3/9, tỉnh tổ chức hội nghị.' });
    const [doc] = JSON.parse(stdout) as ExtractedDocument[];
    expect(doc.reference_year).toBe(1999);
  });
});

describe('usage errors exit 2 with a usage message', () => {
  it.each([
    [['--format', 'nope', 'x'], /unknown format 'nope'/],
    [['-k', 'money,nope', SEED], /unknown kind 'nope'/],
    [['--reference-year', '20', SEED], /four-digit year/],
    [['-j', '0', SEED], /--jobs/],
    [['-j', 'many', SEED], /--jobs/],
    [['--input', 'xml', SEED], /unknown input mode/],
    [['--bogus', SEED], /unknown option/],
    [['-o', 'out.xyz', SEED], /cannot tell the format/],
  ])('%j', async (argv, message) => {
    const { code, stdout, stderr } = await runInProcess(argv as string[]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message as RegExp);
    expect(stderr).toMatch(/^Usage: extract /m);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('asks for input when nothing is given on a terminal', async () => {
    const { code, stderr } = await runInProcess([], { stdinTTY: true });
    expect(code).toBe(2);
    expect(stderr).toMatch(/no input/);
  });
});

describe('help and version', () => {
  it('prints help with examples, exit 0', async () => {
    const { code, stdout } = await runInProcess(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: extract \[options\]/);
    expect(stdout).toMatch(/Examples:/);
    for (const option of ['--format', '--output', '--kinds', '--input', '--jobs', '--reference-year', '--emit-text', '--bom', '--no-color', '--quiet']) {
      expect(stdout).toContain(option);
    }
  });
  it('prints the version', async () => {
    const { code, stdout } = await runInProcess(['--version']);
    expect(code).toBe(0);
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(stdout.trim()).toBe(version);
  });
});

describe('inputs', () => {
  it('reports a missing file on one line, still outputs the seed, exits 1', async () => {
    const { code, stdout, stderr } = await runInProcess(['missing.txt', SEED]);
    expect(code).toBe(1);
    expect(lines(stderr)).toEqual(['extract: missing.txt: no such file']);
    expect((JSON.parse(stdout) as ExtractedDocument[]).map((doc) => doc.source)).toEqual([SEED]);
  });

  it('searches folders recursively for *.txt, in sorted order', async () => {
    const dir = path.join(tmp.dir, 'tree');
    mkdirSync(path.join(dir, 'b', 'deeper'), { recursive: true });
    mkdirSync(path.join(dir, 'a'), { recursive: true });
    writeFileSync(path.join(dir, 'b', 'deeper', 'three.txt'), 'Ngày 3/9/2020.');
    writeFileSync(path.join(dir, 'a', 'one.txt'), 'Năm 2021.');
    writeFileSync(path.join(dir, 'top.TXT'), 'Năm 2022.');
    writeFileSync(path.join(dir, 'skip.md'), 'not an article');
    const { code, stdout } = await runInProcess(['-f', 'jsonl', dir]);
    expect(code).toBe(0);
    const sources = stdout.trim().split('\n').map((line) => (JSON.parse(line) as ExtractedDocument).source);
    expect(sources).toEqual([
      path.join(dir, 'a', 'one.txt'),
      path.join(dir, 'b', 'deeper', 'three.txt'),
      path.join(dir, 'top.TXT'),
    ]);
  });

  it('expands quoted globs itself', async () => {
    const { code, stdout } = await runInProcess(['-f', 'jsonl', 'seeds/00[0-2]_*.txt']);
    expect(code).toBe(0);
    const sources = stdout.trim().split('\n').map((line) => (JSON.parse(line) as ExtractedDocument).source);
    expect(sources).toEqual(SEEDS.slice(0, 3));
  });

  it('reports a glob that matches nothing', async () => {
    const { code, stderr, stdout } = await runInProcess(['nowhere/*.txt', SEED]);
    expect(code).toBe(1);
    expect(lines(stderr)).toEqual(['extract: nowhere/*.txt: no files match this pattern']);
    expect(JSON.parse(stdout)).toHaveLength(1);
  });

  it('reads one article from piped stdin, with or without -', async () => {
    const article = readFileSync(path.join(ROOT, SEED));
    const piped = await runInProcess([], { stdin: article });
    expect(piped.code).toBe(0);
    const [doc] = JSON.parse(piped.stdout) as ExtractedDocument[];
    expect(doc.source).toBe('-');
    const dash = await runInProcess(['-'], { stdin: article });
    const fromFile = await runInProcess([SEED]);
    const strip = (json: string) => (JSON.parse(json) as ExtractedDocument[]).map(({ source: _s, ...rest }) => rest);
    expect(strip(dash.stdout)).toEqual(strip(fromFile.stdout));
  });
});

describe('-o', () => {
  it('writes the file, format from the extension, no temporary file left', async () => {
    const dir = path.join(tmp.dir, 'out');
    mkdirSync(dir);
    for (const [name, check] of [
      ['docs.json', (text: string) => expect(JSON.parse(text)).toHaveLength(2)],
      ['docs.jsonl', (text: string) => expect(text.trim().split('\n')).toHaveLength(2)],
      ['records.csv', (text: string) => expect(text.split('\n')[0]).toBe(CSV_HEADER.join(','))],
      ['listing.txt', (text: string) => expect(text.startsWith(SEEDS[0])).toBe(true)],
    ] as const) {
      const file = path.join(dir, name);
      const { code, stdout } = await runInProcess(['-o', file, SEEDS[0], SEEDS[1]], { stdoutTTY: true });
      expect(code).toBe(0);
      expect(stdout).toBe('');
      const text = readFileSync(file, 'utf8');
      expect(text).not.toMatch(/\x1b\[/); // never colours in a file
      check(text);
    }
    expect(readdirSync(dir).sort()).toEqual(['docs.json', 'docs.jsonl', 'listing.txt', 'records.csv']);
  });

  it('-f wins over the extension', async () => {
    const file = path.join(tmp.dir, 'forced.txt');
    await runInProcess(['-o', file, '-f', 'jsonl', SEED]);
    expect(JSON.parse(readFileSync(file, 'utf8').trim()).source).toBe(SEED);
  });

  it('fails cleanly when the folder does not exist', async () => {
    const { code, stderr } = await runInProcess(['-o', path.join(tmp.dir, 'no', 'such', 'x.json'), SEED]);
    expect(code).toBe(1);
    expect(lines(stderr)).toHaveLength(1);
    expect(stderr).toMatch(/cannot write the output/);
  });
});

describe('progress', () => {
  const many = Array.from({ length: 25 }, () => SEED);

  it('shows a progress bar on a terminal stderr for long runs, never on stdout', async () => {
    const { code, stdout, stderr } = await runInProcess(['-f', 'jsonl', ...many], { stderrTTY: true });
    expect(code).toBe(0);
    expect(stderr).toMatch(/extract \[.*\] \d+% \| \d+\/25 articles/);
    expect(stdout.trim().split('\n')).toHaveLength(25);
    for (const line of stdout.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
  });

  it('is silent when stderr is not a terminal, or with --quiet', async () => {
    expect((await runInProcess(['-f', 'jsonl', ...many])).stderr).toBe('');
    expect((await runInProcess(['-f', 'jsonl', '--quiet', ...many], { stderrTTY: true })).stderr).toBe('');
  });

  it('is not shown for short runs', async () => {
    expect((await runInProcess(['-f', 'jsonl', SEED, SEED], { stderrTTY: true })).stderr).toBe('');
  });

  it('--verbose ends with a summary line on stderr', async () => {
    const { stderr } = await runInProcess(['--verbose', '-f', 'jsonl', SEED, 'missing.txt']);
    expect(stderr).toMatch(/^extract: 1 documents written, 1 inputs failed, .* s, in-process$/m);
  });
});
