/**
 * Title normalisers: the text of a title as written (cleaned), its expansion
 * with every abbreviation spelt out, and the case-folded key used to
 * deduplicate titles that differ only by letter case.
 */
import XRegExp from 'xregexp';
import { ABBREVIATIONS } from './lexicon.js';
import { WORD_START } from '../../lexicon/regex.js';

/** "KT - XH", "KT-XH", "KT – XH" are one key: dashes with or without spaces. */
const keyOf = (abbr: string) => abbr.replace(/\s*[-–]\s*/g, '-');
const EXPANSIONS = new Map(Object.entries(ABBREVIATIONS).map(([abbr, { expansion }]) => [keyOf(abbr), expansion]));

const ABBREVIATION = new RegExp(
  `${WORD_START}(?:${[...new Set(Object.keys(ABBREVIATIONS).map(keyOf))]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.split('-').map(XRegExp.escape).join(' *[-–] *'))
    .join('|')})(?![\\p{L}\\p{N}&])`,
  'gu',
);

/** Spell out the abbreviations of a title: "PBT Tỉnh ủy" → "Phó Bí thư Tỉnh ủy", "UVTV TU" → "Ủy viên Ban Thường vụ Tỉnh ủy". */
export function expandTitle(title: string): string {
  return title.replace(ABBREVIATION, (m) => EXPANSIONS.get(keyOf(m)) ?? m);
}

/** A title as written, with surrounding punctuation and doubled spaces removed. */
export function cleanTitle(raw: string): string {
  return raw
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:.\-–—]+|[\s,;:\-–—]+$/gu, '')
    .trim();
}

/** Case-folded title, to keep the first wording of titles that differ only by case. */
export const foldTitle = (title: string): string => title.toLowerCase().replace(/\s+/g, ' ').trim();
