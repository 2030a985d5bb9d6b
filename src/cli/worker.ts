/**
 * Worker-thread entry of the pool (`-j N`): one task is one batch of
 * articles; what comes back is their formatted output as UTF-8 bytes (see
 * batch.ts), so the main thread only reads, orders and writes. The bytes
 * are transferred, not copied: the buffer moves to the main thread.
 */
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { processBatch, type BatchResult, type BatchTask } from './batch.js';

export default function extractBatch(task: BatchTask): ReturnType<typeof move> {
  const result: BatchResult = processBatch(task);
  return move({
    get [transferableSymbol]() {
      return [result.bytes.buffer];
    },
    get [valueSymbol]() {
      return result;
    },
  });
}
