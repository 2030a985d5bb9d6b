/**
 * The engine's view of an extractor: chrono-style, each kind is one module
 * with compiled patterns and an `extract(context)` that returns its records.
 * The engine (../extract.ts) owns normalisation, ordering, refiners, the
 * linker and offset conversion.
 */
import type { Kind, KindRecords } from '../types.js';
import type { DocumentMetadata } from '../metadata/metadata.js';

export interface ExtractionContext {
  /** The normalised text; record offsets are UTF-16 indices into it until the engine converts them. */
  readonly text: string;
  readonly referenceYear: number | null;
  readonly metadata: DocumentMetadata;
  /** Records of the kinds extracted so far (registry order). */
  readonly records: Partial<KindRecords>;
}

export interface Extractor<K extends Kind = Kind> {
  readonly kind: K;
  /** Kinds whose records this extractor reads from the context. */
  readonly needs: readonly Kind[];
  extract(context: ExtractionContext): KindRecords[K];
}
