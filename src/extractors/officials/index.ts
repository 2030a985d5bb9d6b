import type { Extractor } from '../types.js';

/** Placeholder: the officials extractor finds nothing yet. */
export const officialsExtractor: Extractor<'officials'> = {
  kind: 'officials',
  needs: [],
  extract: () => [],
};
