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

/**
 * A string function with its results cached: titles repeat across mentions and articles
 * ("Phó Chủ tịch UBND tỉnh"), so each wording is cleaned, expanded and folded once. The cache
 * is cleared when it holds CACHE_LIMIT strings (a cache: clearing changes no result).
 */
const CACHE_LIMIT = 4096;
function cached(fn: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let out = cache.get(s);
    if (out === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(s, (out = fn(s)));
    }
    return out;
  };
}

/** Spell out the abbreviations of a title: "PBT Tỉnh ủy" → "Phó Bí thư Tỉnh ủy", "UVTV TU" → "Ủy viên Ban Thường vụ Tỉnh ủy". */
export const expandTitle = cached((title: string): string =>
  title.replace(ABBREVIATION, (m) => EXPANSIONS.get(keyOf(m)) ?? m),
);

/** A title as written, with surrounding punctuation and doubled spaces removed. */
export const cleanTitle = cached((raw: string): string =>
  raw
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:.\-–—]+|[\s,;:\-–—]+$/gu, '')
    .trim(),
);

/** Case-folded title, to keep the first wording of titles that differ only by case. */
export const foldTitle = cached((title: string): string => title.toLowerCase().replace(/\s+/g, ' ').trim());
