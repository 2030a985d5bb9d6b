/**
 * The `dates` kind (SPEC "dates"): calendar expressions resolved to ISO 8601
 * values, day/month dates taking the article's reference year. Patterns in
 * ./patterns.ts, word lists in ./constants.ts, parsers in ./parsers.ts,
 * value resolution in ./normaliser.ts, the scanning engine in ./scan.ts.
 */
import type { Extractor } from '../types.js';
import { findDates } from './scan.js';

export { findDates } from './scan.js';

export const datesExtractor: Extractor<'dates'> = {
  kind: 'dates',
  needs: [],
  extract: (context) => findDates(context.text, context.referenceYear),
};
