import type { Extractor } from '../types.js';

/** Placeholder: the dates extractor finds nothing yet. */
export const datesExtractor: Extractor<'dates'> = {
  kind: 'dates',
  needs: [],
  extract: () => [],
};
