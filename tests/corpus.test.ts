/**
 * The one generic test that runs every kind's example corpus
 * (src/extractors/<kind>/corpus.json), Duckling-style: each positive phrase
 * must give exactly the expected records of its kind (compared on the fields
 * the corpus names), each negative must give none. A known miss stays in the
 * corpus with `known_miss: "why"` and is run as an expected failure, so it
 * turns red the day it starts passing and can be promoted.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import type { Kind } from '../src/types.js';

interface Positive {
  text: string;
  expect: Record<string, unknown>[];
  reference_year?: number;
  known_miss?: string;
}
interface Negative {
  text: string;
  reference_year?: number;
  known_miss?: string;
}
interface Corpus {
  kind: Kind;
  positives: Positive[];
  negatives: (Negative | string)[];
}

const root = join(import.meta.dirname, '..', 'src', 'extractors');
const corpora: Corpus[] = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'corpus.json')))
  .map((d) => JSON.parse(readFileSync(join(root, d.name, 'corpus.json'), 'utf8')) as Corpus);

function recordsOf(kind: Kind, text: string, referenceYear?: number): Record<string, unknown>[] {
  const doc = extract(text, { referenceYear });
  return doc[kind] as unknown as Record<string, unknown>[];
}

describe.each(corpora)('$kind corpus', (corpus) => {
  it('has examples', () => {
    expect(corpus.positives.length + corpus.negatives.length).toBeGreaterThan(0);
  });
  for (const p of corpus.positives) {
    const run = p.known_miss ? it.fails : it;
    run(`finds: ${p.text}`, () => {
      const got = recordsOf(corpus.kind, p.text, p.reference_year);
      expect(got).toHaveLength(p.expect.length);
      p.expect.forEach((want, i) => expect(got[i]).toMatchObject(want));
    });
  }
  for (const raw of corpus.negatives) {
    const n: Negative = typeof raw === 'string' ? { text: raw } : raw;
    const run = n.known_miss ? it.fails : it;
    run(`finds nothing: ${n.text}`, () => {
      expect(recordsOf(corpus.kind, n.text, n.reference_year)).toEqual([]);
    });
  }
});
