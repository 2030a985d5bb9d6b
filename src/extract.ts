/**
 * The pipeline: normalise → metadata → extractors (registry order) →
 * refiners → linker → offsets in code points → document. Pure: no I/O.
 */
import { normalise } from './normalise/normalise.js';
import { codePointOffsets, type OffsetMapper } from './normalise/offsets.js';
import { readMetadata } from './metadata/metadata.js';
import { findAuthors } from './metadata/authors.js';
import { EXTRACTORS } from './extractors/registry.js';
import type { ExtractionContext } from './extractors/types.js';
import { refine } from './refiners/index.js';
import { link } from './linker/index.js';
import { KINDS, type ExtractOptions, type ExtractedDocument, type Kind, type KindRecords } from './types.js';

/** Kinds to run: the requested ones plus whatever they need, transitively. */
function kindsToRun(requested: readonly Kind[]): Set<Kind> {
  const run = new Set<Kind>();
  const visit = (kind: Kind) => {
    if (run.has(kind)) return;
    run.add(kind);
    for (const need of EXTRACTORS.find((e) => e.kind === kind)?.needs ?? []) visit(need);
  };
  requested.forEach(visit);
  return run;
}

/** Rewrite every `start`/`end` (records and their mentions) from UTF-16 indices to code points. */
function convertOffsets(value: unknown, map: OffsetMapper): void {
  if (Array.isArray(value)) {
    for (const item of value) convertOffsets(item, map);
  } else if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if (typeof obj.start === 'number' && typeof obj.end === 'number' && typeof obj.text === 'string') {
      obj.start = map(obj.start);
      obj.end = map(obj.end);
    }
    for (const child of Object.values(obj)) if (typeof child === 'object') convertOffsets(child, map);
  }
}

/** Extract every record kind from one article's text. */
export function extract(input: string, options: ExtractOptions = {}): ExtractedDocument {
  const { text, astral } = normalise(input);
  const requested = options.kinds ?? KINDS;
  const run = kindsToRun(requested);
  // With the dates kind to run, the metadata reader scans the whole text once for both.
  const metadata = readMetadata(text, run.has('dates'));
  const referenceYear = options.referenceYear ?? metadata.referenceYear;
  const context: ExtractionContext = { text, referenceYear, metadata, records: {} };
  for (const extractor of EXTRACTORS) {
    if (run.has(extractor.kind)) {
      (context.records as Record<Kind, unknown>)[extractor.kind] = extractor.extract(context);
    }
  }
  const all = {} as KindRecords;
  for (const kind of KINDS) (all as Record<Kind, unknown>)[kind] = context.records[kind] ?? [];
  const refined = link(refine(all, text), text, requested);
  const records = {} as KindRecords;
  for (const kind of KINDS) {
    (records as Record<Kind, unknown>)[kind] = requested.includes(kind) ? refined[kind] : [];
  }
  // Without astral characters UTF-16 indices are code points already: no walk over the records.
  if (astral) convertOffsets(records, codePointOffsets(text));

  const doc: ExtractedDocument = {
    source: options.source ?? '-',
    title: metadata.title,
    published: metadata.published,
    reference_year: referenceYear,
    authors: findAuthors(text),
    ...records,
    warnings: [...(options.warnings ?? [])],
  };
  if (options.emitText) doc.text = text;
  return doc;
}
