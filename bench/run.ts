/**
 * `npm run bench`: one run that generates the corpus and measures, on the
 * same input, our throughput (-j1 and -j = cores, through the real CLI in
 * `--input jsonl` mode), the floor (read + JSON.parse + NFC, one thread),
 * chrono-node's `vi` date parser (the peer), the peak RSS of each, and the
 * adversarial inputs' time per MB next to real text. Figures only: no
 * thresholds fail the run (the targets of issue 5 are printed next to them).
 *
 *   npm run bench -- [--size 20MB] [--scale] [--scale-sizes 100MB,1GB] [--skip-chrono] [--skip-adversarial]
 *
 * Peak RSS is GNU time's "maximum resident set size" of each child process
 * (`/usr/bin/time -f %M`): it covers the main thread and all worker threads,
 * which share the process.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { extract } from '../src/index.js';
import { ADVERSARIAL_INPUTS } from './adversarial.js';
import { ensureCorpus, parseSize, type CorpusInfo } from './corpus.js';

const OUT_DIR = 'bench/out';
const DIST_BENCH = 'dist/bench';
const CLI_BIN = 'bin/extract.js';
const GNU_TIME = '/usr/bin/time';
const MB = 1 << 20;

interface Args {
  size: number;
  scale: boolean;
  scaleSizes: number[];
  chrono: boolean;
  adversarial: boolean;
  jobs: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    size: parseSize('20MB'),
    scale: false,
    scaleSizes: [parseSize('100MB'), parseSize('1GB')],
    chrono: true,
    adversarial: true,
    jobs: availableParallelism(),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--size') args.size = parseSize(value());
    else if (arg === '--scale') args.scale = true;
    else if (arg === '--scale-sizes') {
      args.scale = true;
      args.scaleSizes = value().split(',').map(parseSize);
    } else if (arg === '--skip-chrono') args.chrono = false;
    else if (arg === '--skip-adversarial') args.adversarial = false;
    else if (arg === '--jobs' || arg === '-j') args.jobs = Number(value());
    else throw new Error(`unknown option ${arg}`);
  }
  return args;
}

interface Measured {
  wallS: number;
  /** User + system CPU seconds of the child (all threads): steadier than wall time on a shared machine. */
  cpuS: number | null;
  rssMB: number | null;
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run `node args…` with the corpus on stdin, timing the wall clock and reading peak RSS from GNU time. */
function runNode(nodeArgs: string[], stdinFile: string, keepStdout = false): Promise<Measured> {
  const rssFile = path.join(tmpdir(), `bench-rss-${process.pid}-${Date.now()}`);
  const useTime = existsSync(GNU_TIME);
  const command = useTime ? GNU_TIME : process.execPath;
  const args = useTime ? ['-f', '%M %U %S', '-o', rssFile, process.execPath, ...nodeArgs] : nodeArgs;
  const stdin = openSync(stdinFile, 'r');
  const devNull = keepStdout ? null : openSync('/dev/null', 'w');
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: [stdin, devNull ?? 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => {
      if (stderr.length < 10_000) stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const wallS = (performance.now() - started) / 1000;
      closeSync(stdin);
      if (devNull !== null) closeSync(devNull);
      let rssMB: number | null = null;
      let cpuS: number | null = null;
      if (useTime && existsSync(rssFile)) {
        // last line: "maxRSS_KB user_s system_s" (earlier lines: "Command exited with non-zero status")
        const [kb, user, system] = readFileSync(rssFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
        if (Number.isFinite(kb)) rssMB = kb / 1024;
        if (Number.isFinite(user) && Number.isFinite(system)) cpuS = user + system;
        unlinkSync(rssFile);
      }
      resolve({ wallS, cpuS, rssMB, code, stdout, stderr });
    });
  });
}

/** Is the CLI built and able to stream JSONL? Probe it on a three-line sample. */
async function cliWorks(corpus: CorpusInfo): Promise<boolean> {
  if (!existsSync(CLI_BIN) || !existsSync('dist/src/cli/index.js')) return false;
  const sample = path.join(OUT_DIR, 'probe.jsonl');
  const lines = readFileSync(corpus.path, 'utf8').split('\n', 3);
  writeFileSync(sample, `${lines.join('\n')}\n`);
  const probe = await runNode([CLI_BIN, '--input', 'jsonl', '-f', 'jsonl', '-j', '1'], sample, true);
  const out = probe.stdout.trim().split('\n');
  return probe.code === 0 && out.length === 3 && out.every((line, i) => JSON.parse(line).source === JSON.parse(lines[i]).id);
}

interface Row {
  name: string;
  wallS: number;
  cpuS: number | null;
  rssMB: number | null;
  note?: string;
}

const fmt = (n: number, digits = 2) => n.toFixed(digits);

function printTable(corpus: CorpusInfo, rows: Row[]): void {
  const mb = corpus.bytes / MB;
  console.log(`\n${'run'.padEnd(44)} ${'wall s'.padStart(8)} ${'MB/s'.padStart(8)} ${'docs/s'.padStart(9)} ${'CPU s'.padStart(8)} ${'peak RSS MB'.padStart(12)}`);
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(44)} ${fmt(row.wallS).padStart(8)} ${fmt(mb / row.wallS).padStart(8)} ${fmt(corpus.docs / row.wallS, 0).padStart(9)} ${(row.cpuS === null ? 'n/a' : fmt(row.cpuS)).padStart(8)} ${(row.rssMB === null ? 'n/a' : fmt(row.rssMB, 0)).padStart(12)}${row.note ? `  ${row.note}` : ''}`,
    );
  }
}

function check(label: string, ok: boolean): string {
  return `${label} ${ok ? 'OK' : 'NOT MET'}`;
}

/** Time `extract` over texts, in seconds: the best of `runs` passes (the machine may be shared). */
function timeExtract(texts: string[], runs = 1): number {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    for (const text of texts) extract(text);
    best = Math.min(best, (performance.now() - started) / 1000);
  }
  return best;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  mkdirSync(OUT_DIR, { recursive: true });
  const results: Record<string, unknown> = { date: new Date().toISOString(), cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version };
  console.log(`vn-report-extract bench: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}`);

  const label = `${Math.round(args.size / MB)}MB`;
  const corpus = await ensureCorpus(path.join(OUT_DIR, `corpus-${label}.jsonl`), args.size);
  console.log(`corpus ${corpus.path}: ${fmt(corpus.bytes / MB, 1)} MB, ${corpus.docs} documents`);
  results.corpus = corpus;

  const viaCli = await cliWorks(corpus);
  const ours = (jobs: number, file = corpus.path) =>
    viaCli
      ? runNode([CLI_BIN, '--input', 'jsonl', '-f', 'jsonl', '-j', String(jobs), '--quiet'], file)
      : runNode([path.join(DIST_BENCH, 'extract-inproc.js')], file);
  console.log(viaCli ? 'ours: node bin/extract.js --input jsonl -f jsonl -j N --quiet < corpus > /dev/null' : 'ours: CLI not usable yet, in-process extractor (one thread only)');

  const loadAtStart = loadavg();
  const rows: Row[] = [];
  const floor = await runNode([path.join(DIST_BENCH, 'floor.js')], corpus.path);
  rows.push({ name: 'floor (read + JSON.parse + NFC, 1 thread)', ...floor });
  const one = await ours(1);
  if (one.code !== 0) console.log(`ours -j1 exited ${one.code}: ${one.stderr.slice(0, 500)}`);
  rows.push({ name: 'ours -j1 (all six kinds)', ...one });
  let all: Measured | null = null;
  if (viaCli && args.jobs > 1) {
    all = await ours(args.jobs);
    if (all.code !== 0) console.log(`ours -j${args.jobs} exited ${all.code}: ${all.stderr.slice(0, 500)}`);
    rows.push({ name: `ours -j${args.jobs} (all six kinds)`, ...all });
  }
  let chrono: Measured | null = null;
  if (args.chrono) {
    chrono = await runNode([path.join(DIST_BENCH, 'chrono-peer.js')], corpus.path);
    rows.push({ name: 'chrono-node vi (dates only, 1 thread)', ...chrono });
  }
  printTable(corpus, rows);
  const best = all ?? one;
  const oursOverFloor = best.wallS / floor.wallS;
  console.log(`load average at start of the runs: ${loadAtStart.map((l) => l.toFixed(1)).join(' ')} (on ${cpus().length} cores; figures are only comparable on an idle machine)`);
  console.log(`\nours(-j${all ? args.jobs : 1}) / floor wall time: ${fmt(oursOverFloor)}x   ${check('(target ≤ 3x)', oursOverFloor <= 3)}`);
  if (chrono) {
    const speedup = chrono.wallS / best.wallS;
    console.log(`ours(-j${all ? args.jobs : 1}) throughput / chrono vi: ${fmt(speedup)}x   ${check('(target ≥ 3x)', speedup >= 3)}`);
    console.log(`ours(-j1) throughput / chrono vi: ${fmt(chrono.wallS / one.wallS)}x`);
    if (chrono.cpuS && one.cpuS) console.log(`CPU time per MB, chrono vi / ours(-j1): ${fmt(chrono.cpuS / one.cpuS)}x (less sensitive to a shared machine)`);
    results.chrono_over_ours = speedup;
  }
  results.runs = rows.map((r) => ({ name: r.name, wall_s: r.wallS, cpu_s: r.cpuS, mb_s: corpus.bytes / MB / r.wallS, docs_s: corpus.docs / r.wallS, peak_rss_mb: r.rssMB }));
  results.ours_over_floor = oursOverFloor;
  results.load_average_at_start = loadAtStart;

  if (args.adversarial) {
    // Real text, in-process: the first ~4 MB of the corpus, one article at a time.
    const texts: string[] = [];
    let realBytes = 0;
    for (const line of readFileSync(corpus.path, 'utf8').split('\n')) {
      if (line === '' || realBytes >= 4 * MB) break;
      const { text } = JSON.parse(line) as { text: string };
      texts.push(text);
      realBytes += Buffer.byteLength(text);
    }
    timeExtract(texts.slice(0, 200)); // warm-up: the JIT has compiled the extractors before any figure is taken
    const realPerMB = timeExtract(texts, 2) / (realBytes / MB);
    console.log(`\nadversarial inputs (1 MB each, one document, in-process) vs real text ${fmt(realPerMB * 1000, 0)} ms/MB:`);
    const adversarial: Array<{ name: string; ms_per_mb: number; ratio: number; doubling?: number }> = [];
    for (const input of ADVERSARIAL_INPUTS) {
      const text = input.make(MB);
      const seconds = timeExtract([text]) / (Buffer.byteLength(text) / MB);
      adversarial.push({ name: input.name, ms_per_mb: seconds * 1000, ratio: seconds / realPerMB });
    }
    adversarial.sort((a, b) => b.ratio - a.ratio);
    // Linear or not: time(2 MB) / time(1 MB) for the three slowest (≈2 when linear).
    for (const entry of adversarial.slice(0, 3)) {
      const input = ADVERSARIAL_INPUTS.find((i) => i.name === entry.name)!;
      const t1 = timeExtract([input.make(MB)], 2);
      const t2 = timeExtract([input.make(2 * MB)], 2);
      entry.doubling = t2 / t1;
    }
    for (const entry of adversarial) {
      console.log(
        `  ${entry.name.padEnd(46)} ${fmt(entry.ms_per_mb, 0).padStart(7)} ms/MB ${fmt(entry.ratio).padStart(7)}x real${entry.doubling ? `   time(2MB)/time(1MB) = ${fmt(entry.doubling)}` : ''}`,
      );
    }
    const worst = adversarial[0];
    console.log(`worst adversarial / real text per MB: ${fmt(worst.ratio)}x (${worst.name})   ${check('(target ≤ 10x)', worst.ratio <= 10)}`);
    results.adversarial = { real_ms_per_mb: realPerMB * 1000, inputs: adversarial, worst_ratio: worst.ratio };
  }

  if (args.scale) {
    console.log(`\nscale: ours -j${viaCli ? args.jobs : 1}, cost per MB by corpus size`);
    const scale: Array<{ size_mb: number; wall_s: number; s_per_mb: number; cpu_s_per_mb: number | null; peak_rss_mb: number | null }> = [];
    for (const size of args.scaleSizes) {
      const big = await ensureCorpus(path.join(OUT_DIR, `corpus-${Math.round(size / MB)}MB.jsonl`), size);
      const run = await ours(args.jobs, big.path);
      const sizeMB = big.bytes / MB;
      const entry = { size_mb: sizeMB, wall_s: run.wallS, s_per_mb: run.wallS / sizeMB, cpu_s_per_mb: run.cpuS === null ? null : run.cpuS / sizeMB, peak_rss_mb: run.rssMB };
      scale.push(entry);
      console.log(`  ${fmt(entry.size_mb, 0).padStart(6)} MB  ${fmt(entry.wall_s, 1).padStart(8)} s  ${fmt(entry.s_per_mb * 1000, 1).padStart(8)} ms/MB wall  ${entry.cpu_s_per_mb === null ? 'n/a' : fmt(entry.cpu_s_per_mb * 1000, 1)} ms/MB CPU  peak RSS ${entry.peak_rss_mb === null ? 'n/a' : fmt(entry.peak_rss_mb, 0)} MB`);
    }
    const costs = scale.map((s) => s.s_per_mb);
    const spread = (Math.max(...costs) - Math.min(...costs)) / Math.min(...costs);
    console.log(`cost per MB spread (wall): ${fmt(spread * 100, 1)}%   ${check('(target ≤ 10%)', spread <= 0.1)}`);
    const cpuCosts = scale.map((s) => s.cpu_s_per_mb).filter((c): c is number => c !== null);
    const cpuSpread = cpuCosts.length === scale.length ? (Math.max(...cpuCosts) - Math.min(...cpuCosts)) / Math.min(...cpuCosts) : null;
    if (cpuSpread !== null) console.log(`cost per MB spread (CPU): ${fmt(cpuSpread * 100, 1)}%`);
    // A straight line through the smallest and largest run: time = fixed + marginal × MB. The fixed
    // part (process and worker start, JIT and regex compilation, the pipeline's fill and drain) is
    // what makes small corpora cost more per MB; the marginal part is the cost per MB at any size.
    let line: { fixed_s: number; marginal_ms_per_mb: number; fixed_cpu_s: number | null; marginal_cpu_ms_per_mb: number | null } | null = null;
    const [small, large] = [scale[0], scale[scale.length - 1]];
    if (scale.length >= 2 && large.size_mb > small.size_mb) {
      const fit = (a: number, b: number) => {
        const marginal = (b * large.size_mb - a * small.size_mb) / (large.size_mb - small.size_mb);
        return { fixed: a * small.size_mb - marginal * small.size_mb, marginal };
      };
      const wall = fit(small.s_per_mb, large.s_per_mb);
      const cpu = small.cpu_s_per_mb !== null && large.cpu_s_per_mb !== null ? fit(small.cpu_s_per_mb, large.cpu_s_per_mb) : null;
      line = { fixed_s: wall.fixed, marginal_ms_per_mb: wall.marginal * 1000, fixed_cpu_s: cpu?.fixed ?? null, marginal_cpu_ms_per_mb: cpu ? cpu.marginal * 1000 : null };
      console.log(
        `fixed + marginal: ${fmt(wall.fixed, 1)} s + ${fmt(wall.marginal * 1000, 1)} ms/MB wall${cpu ? `, ${fmt(cpu.fixed, 1)} s + ${fmt(cpu.marginal * 1000, 1)} ms/MB CPU` : ''} (line through ${fmt(small.size_mb, 0)} and ${fmt(large.size_mb, 0)} MB)`,
      );
    }
    results.scale = { runs: scale, spread, cpu_spread: cpuSpread, line };
  }

  writeFileSync(path.join(OUT_DIR, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nfigures saved to ${path.join(OUT_DIR, 'results.json')}`);
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
