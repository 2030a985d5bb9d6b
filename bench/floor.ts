/**
 * The floor of the bench: one thread that only reads the JSONL corpus from
 * stdin, JSON.parses each line and NFC-normalises the text. Nothing can
 * extract faster than this; our wall time is reported as a multiple of it.
 */
import { readLines, type CorpusLine } from './lines.js';

let docs = 0;
let chars = 0;
for await (const line of readLines()) {
  if (line === '') continue;
  const { text } = JSON.parse(line) as CorpusLine;
  chars += text.normalize('NFC').length;
  docs++;
}
process.stdout.write(`${JSON.stringify({ docs, chars })}\n`);
