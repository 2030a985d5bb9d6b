/**
 * Summarise a V8 .cpuprofile (from `node --cpu-prof`): self time by
 * function, mapped back to the TypeScript source through the .js.map files
 * tsc writes next to dist/. Usage:
 *   node --cpu-prof --cpu-prof-dir=bench/out/prof dist/bench/extract-inproc.js < bench/out/corpus-20MB.jsonl > /dev/null
 *   node dist/bench/profile-summary.js bench/out/prof/<file>.cpuprofile [top=30]
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: profile-summary <file.cpuprofile> [top]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfMicros = new Map<number, number>();
for (let i = 0; i < profile.samples.length; i++) {
  selfMicros.set(profile.samples[i], (selfMicros.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
}
const total = [...selfMicros.values()].reduce((a, b) => a + b, 0);

const maps = new Map<string, SourceMap | null>();
function sourceLocation(url: string, line: number, column: number): string {
  if (!url.startsWith('file://')) return url || '(native)';
  const jsPath = fileURLToPath(url);
  if (!maps.has(jsPath)) {
    const mapPath = `${jsPath}.map`;
    maps.set(jsPath, existsSync(mapPath) ? new SourceMap(JSON.parse(readFileSync(mapPath, 'utf8'))) : null);
  }
  const map = maps.get(jsPath);
  const entry = map?.findEntry(line, column) as { originalSource?: string; originalLine?: number } | undefined;
  if (entry?.originalSource) {
    const source = entry.originalSource.startsWith('file://') ? fileURLToPath(entry.originalSource) : path.resolve(path.dirname(jsPath), entry.originalSource);
    return `${path.relative(process.cwd(), source)}:${(entry.originalLine ?? 0) + 1}`;
  }
  return `${path.relative(process.cwd(), jsPath)}:${line + 1}`;
}

const byFunction = new Map<string, number>();
for (const [id, micros] of selfMicros) {
  const node = byId.get(id)!;
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  const key = `${functionName || '(anonymous)'}  ${sourceLocation(url, lineNumber, columnNumber)}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
}
const top = [...byFunction.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg ?? 30));
console.log(`total sampled: ${(total / 1e6).toFixed(2)} s`);
for (const [key, micros] of top) {
  console.log(`${((100 * micros) / total).toFixed(1).padStart(5)}%  ${(micros / 1000).toFixed(0).padStart(7)} ms  ${key}`);
}
