import type { Extractor } from '../types.js';

/** Placeholder: the plan_attainments extractor finds nothing yet. */
export const plan_attainmentsExtractor: Extractor<'plan_attainments'> = {
  kind: 'plan_attainments',
  needs: [],
  extract: () => [],
};
