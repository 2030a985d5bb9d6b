/**
 * The peer of the bench: chrono-node's Vietnamese (`vi`) parser, which finds
 * only dates, over the same JSONL corpus from stdin (read, parse, NFC, then
 * `vi.parse(text, reference)`), one thread.
 */
import * as vi from 'chrono-node/vi';
import { readLines, type CorpusLine } from './lines.js';

const reference = new Date(2024, 0, 1);
let docs = 0;
let dates = 0;
for await (const line of readLines()) {
  if (line === '') continue;
  const { text } = JSON.parse(line) as CorpusLine;
  dates += vi.parse(text.normalize('NFC'), reference).length;
  docs++;
}
process.stdout.write(`${JSON.stringify({ docs, dates })}\n`);
