/**
 * Linear time (issue 6): ~1 MB hostile inputs through the full `extract`.
 * No wall-clock assertions (STYLE): the test asserts the run completes and
 * returns a well-formed document; the vitest timeout catches a catastrophe.
 * The bench (`npm run bench`) prints time per MB of each next to real text.
 */
import { describe, expect, it } from 'vitest';
import { extract, KINDS } from '../src/index.js';
import { ADVERSARIAL_INPUTS } from '../bench/adversarial.js';

const ONE_MB = 1024 * 1024;

describe('adversarial inputs complete through the full extractor', () => {
  it.each(ADVERSARIAL_INPUTS.map((input) => [input.name, input] as const))('%s', { timeout: 180_000 }, (_name, input) => {
    const text = input.make(ONE_MB);
    expect(Buffer.byteLength(text)).toBeGreaterThan(ONE_MB * 0.9);
    const doc = extract(text, { source: 'adversarial' });
    expect(doc.source).toBe('adversarial');
    const length = Array.from(text.normalize('NFC')).length;
    for (const kind of KINDS) {
      expect(Array.isArray(doc[kind])).toBe(true);
      for (const record of doc[kind]) {
        expect(record.start).toBeGreaterThanOrEqual(0);
        expect(record.end).toBeLessThanOrEqual(length);
      }
    }
  });
});
