import type { Extractor } from '../types.js';

/** Placeholder: the ratios extractor finds nothing yet. */
export const ratiosExtractor: Extractor<'ratios'> = {
  kind: 'ratios',
  needs: [],
  extract: () => [],
};
