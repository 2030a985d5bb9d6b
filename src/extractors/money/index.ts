import type { Extractor } from '../types.js';

/** Placeholder: the money extractor finds nothing yet. */
export const moneyExtractor: Extractor<'money'> = {
  kind: 'money',
  needs: [],
  extract: () => [],
};
