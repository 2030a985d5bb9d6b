/**
 * Our extractor in one thread without the CLI: JSONL `{"id","text"}` on
 * stdin → one document per line on stdout. Used by the bench when the CLI
 * is not built, and as the target of `node --cpu-prof` (no worker threads,
 * so the profile holds the extraction itself).
 */
import { extract } from '../src/index.js';
import { readLines, type CorpusLine } from './lines.js';

const out: string[] = [];
for await (const line of readLines()) {
  if (line === '') continue;
  const { id, text } = JSON.parse(line) as CorpusLine;
  out.push(JSON.stringify(extract(text, { source: id })));
  if (out.length >= 256) {
    process.stdout.write(`${out.join('\n')}\n`);
    out.length = 0;
  }
}
if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
