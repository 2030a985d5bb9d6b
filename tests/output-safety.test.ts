/**
 * Output safety (issue 6): `-o` appears whole or not at all (temporary file
 * + rename; removed on SIGINT/SIGTERM, the previous file untouched);
 * `extract … | head -1` ends quietly; CSV formula guard.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, corpusLines, ROOT, runInProcess, SEED, tempFolder } from './cli-helpers.js';

let tmp: ReturnType<typeof tempFolder>;
beforeAll(() => {
  tmp = tempFolder('extract-out-');
});
afterAll(() => tmp.cleanup());

async function waitFor(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(25);
  }
}

describe('-o is atomic', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('%s mid-run leaves the previous file untouched and no temporary file', async (signal) => {
    const dir = path.join(tmp.dir, signal);
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir);
    const target = path.join(dir, 'out.json');
    writeFileSync(target, 'PREVIOUS CONTENT\n');
    // JSONL from a pipe we keep open: the run is mid-way, its temporary file open, when the signal comes.
    const child = spawn(process.execPath, [BIN, '--input', 'jsonl', '-o', target], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('close', (code, sig) => resolve({ code, signal: sig })),
    );
    child.stdin.write(`${corpusLines(3).join('\n')}\n`);
    const temps = () => readdirSync(dir).filter((name) => name.endsWith('.tmp'));
    await waitFor(() => temps().length === 1);
    expect(temps()[0]).toMatch(/^\.out\.json\.\d+\.[0-9a-f]+\.tmp$/);
    await sleep(200); // let it extract and write the first documents
    child.kill(signal);
    const result = await exited;
    expect(result.signal).toBe(signal);
    expect(readFileSync(target, 'utf8')).toBe('PREVIOUS CONTENT\n');
    expect(readdirSync(dir)).toEqual(['out.json']);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('a finished run replaces the file whole', async () => {
    const target = path.join(tmp.dir, 'whole.json');
    writeFileSync(target, 'PREVIOUS CONTENT\n');
    const { code } = await runInProcess(['-o', target, SEED]);
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(target, 'utf8'))).toHaveLength(1);
    expect(readdirSync(tmp.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('a run that fails on the output leaves no file', async () => {
    const target = path.join(tmp.dir, 'missing-folder', 'out.json');
    const { code } = await runInProcess(['-o', target, SEED]);
    expect(code).toBe(1);
    expect(existsSync(target)).toBe(false);
  });
});

describe('closed pipe', () => {
  it('`extract … | head -1` ends quietly, no stack trace', () => {
    // Enough output (about 1 MB with the texts) that writes go on after head has exited.
    const operands = Array.from({ length: 20 }, () => 'seeds').join(' ');
    const result = spawnSync(
      'bash',
      ['-c', `node ${JSON.stringify(BIN)} -f jsonl --emit-text ${operands} 2>"$ERR" | head -1 > /dev/null; echo "\${PIPESTATUS[0]}"`],
      { cwd: ROOT, env: { ...process.env, ERR: path.join(tmp.dir, 'epipe.err') }, encoding: 'utf8' },
    );
    expect(result.stdout.trim()).toBe('0');
    expect(readFileSync(path.join(tmp.dir, 'epipe.err'), 'utf8')).toBe('');
  });

  it.each([['--help'], ['--version']])('`extract %s | true` (reader gone before the text is written) ends quietly', (flag) => {
    const result = spawnSync('bash', ['-c', `node ${JSON.stringify(BIN)} ${flag} 2>"$ERR" | true; echo "\${PIPESTATUS[0]}"`], {
      cwd: ROOT,
      env: { ...process.env, ERR: path.join(tmp.dir, 'help.err') },
      encoding: 'utf8',
    });
    expect(readFileSync(path.join(tmp.dir, 'help.err'), 'utf8')).toBe('');
    expect(result.stdout.trim()).toBe('0');
  });
});

describe('CSV formula guard through the command', () => {
  it('guards cells starting with = + - @, including the source', async () => {
    const { code, stdout } = await runInProcess(['-f', 'csv', '-'], { stdin: 'Ngày 3/9/2020 thu 5 tỷ đồng, đạt 50% KH.\n' });
    expect(code).toBe(0);
    const rows = parse(stdout) as string[][];
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows.slice(1)) {
      expect(row[0]).toBe("'-"); // stdin's source `-` is itself guarded
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
    }
  });
});

describe('-o when every input fails', () => {
  it('keeps the previous file and says so', async () => {
    const target = path.join(tmp.dir, 'kept.json');
    writeFileSync(target, 'PREVIOUS CONTENT\n');
    const { code, stderr } = await runInProcess(['-o', target, 'missing.txt']);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual(['extract: missing.txt: no such file', `extract: ${target}: not written, no input succeeded`]);
    expect(readFileSync(target, 'utf8')).toBe('PREVIOUS CONTENT\n');
    expect(readdirSync(tmp.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
