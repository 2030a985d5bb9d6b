/**
 * Worker-thread entry of the pool (`-j N`): one task is one article. The
 * document travels back by structured clone.
 */
import { extract } from '../extract.js';
import type { ExtractedDocument, ExtractOptions } from '../types.js';

export interface ExtractTask {
  text: string;
  options: ExtractOptions;
}

export default function extractTask(task: ExtractTask): ExtractedDocument {
  return extract(task.text, task.options);
}
