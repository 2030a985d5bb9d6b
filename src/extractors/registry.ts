/**
 * Every record kind's extractor, in the order the engine runs them: an
 * extractor runs after the kinds it `needs`. Adding a kind is adding a folder
 * and one line here.
 */
import type { Extractor } from './types.js';
import { datesExtractor } from './dates/index.js';
import { moneyExtractor } from './money/index.js';
import { percentsExtractor } from './percents/index.js';
import { ratiosExtractor } from './ratios/index.js';
import { plan_attainmentsExtractor } from './plan_attainments/index.js';
import { officialsExtractor } from './officials/index.js';

export const EXTRACTORS: readonly Extractor[] = [
  datesExtractor,
  moneyExtractor,
  percentsExtractor,
  ratiosExtractor,
  plan_attainmentsExtractor,
  officialsExtractor,
];
