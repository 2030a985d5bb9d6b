import type { Extractor } from '../types.js';

/** Placeholder: the percents extractor finds nothing yet. */
export const percentsExtractor: Extractor<'percents'> = {
  kind: 'percents',
  needs: [],
  extract: () => [],
};
