/**
 * Refiners: an ordered list of small pure functions over the records of all
 * kinds, run after every extractor (drop overlaps between kinds, ...).
 */
import type { KindRecords } from '../types.js';
import { dropDatesInsideFigures } from './figures-over-dates.js';

export type Refiner = (records: KindRecords, text: string) => KindRecords;

export const REFINERS: readonly Refiner[] = [dropDatesInsideFigures];

export function refine(records: KindRecords, text: string): KindRecords {
  return REFINERS.reduce((acc, refiner) => refiner(acc, text), records);
}
