/**
 * Compiled patterns of the money extractor: composed once at module load from
 * the word lists in ./constants.ts. Every pattern is sticky (`y`) and is tried
 * at one known position, so a scan is linear in the text. Composed with
 * lexicon/regex.ts `compile` (native RegExp, so named groups survive `exec`).
 */
import { alternation, compile as compose, WORD_END, WORD_START } from '../../lexicon/regex.js';
import { NUMBER_SOURCE, SCALE_CHAIN_SOURCE } from '../../numbers/number.js';
import { LastWordGate } from '../percents/word-scan.js';
import {
  CURRENCIES,
  ESTIMATE_WORDS,
  LIST_JOINERS,
  NOT_CURRENCY_AFTER_BARE_DONG,
  NOT_CURRENCY_AFTER_DONG,
  PAIR_JOINERS,
  PER_UNITS,
  QUALIFIERS,
} from './constants.js';

/**
 * The lead of a number token (the cheap anchor of the scan): the token
 * without the boundary before it, which V8 finds many times faster (it cannot
 * skip ahead for a pattern that opens with a lookbehind). A token starts only
 * where its lead matches, so the scan runs the lead and checks the token
 * there (numbers/number.ts numberTokenAt).
 */
export const NUMBER_TOKEN_LEAD = new RegExp(`(?:${NUMBER_SOURCE})`, 'gu');

/**
 * What must follow a number token that starts a money group (sticky at the
 * token's end): a scale word, a currency, or a pair joiner and the next
 * number (`21.000/46.290 triệu đồng`, `3 đến 5 triệu đồng`). A list joiner
 * (`,`, `và`) continues only after a scale word, and an amount whose currency
 * is left out ends with one. Most tokens (`15 xã`, `30%`, `năm 2023`) are
 * followed by none of these, and the scan leaves them unread. Case-insensitive
 * throughout: a superset of what readGroup accepts.
 */
export const GROUP_MAY_START = compose(
  '(?: *(?:{{scale}}|{{currency}}' + WORD_END + '|[/\\-–—] *\\d)| +(?:đến|tới) +\\d)',
  { scale: SCALE_CHAIN_SOURCE, currency: alternation(Object.keys(CURRENCIES)) },
  'yiu',
);

/**
 * Cheap prefilter: any currency word or tỷ/tỉ, unbounded (a superset of the
 * places where an amount can end). Number tokens far from every such place
 * are not read at all. Searched on demand, from the number token at hand.
 */
export const MONEY_ANCHOR = compose('{{currency}}|tỷ|tỉ', { currency: alternation(Object.keys(CURRENCIES)) }, 'giu');
/** Longest distance from a number token to the currency (or tỷ) that closes its group. */
export const ANCHOR_REACH = 160;

/**
 * A currency right after an amount. After a scale word the currency may be
 * glued or joined by a dot (`tr.đ`, `trđ`, `tỷđ`).
 */
export const CURRENCY_AFTER_SCALE = compose(
  '(?: *|\\.)(?<currency>{{currency}})' + WORD_END,
  { currency: alternation(Object.keys(CURRENCIES)) },
  'yiu',
);
export const CURRENCY_AFTER_NUMBER = compose(
  ' *(?<currency>{{currency}})' + WORD_END,
  { currency: alternation(Object.keys(CURRENCIES)) },
  'yiu',
);
/** After a bare `đ`: `đ/c` is đồng chí, not a currency. */
export const NOT_CURRENCY_AFTER_D = /\/[cC](?!\p{L})/uy;

/** The word after `đồng` that makes it not a currency (`đồng bào`, `đồng chí`; after a bare number also `đồng thời`). */
export const NOT_CURRENCY_NEXT = compose(' +{{words}}' + WORD_END, { words: alternation(NOT_CURRENCY_AFTER_DONG) }, 'yiu');
export const NOT_CURRENCY_NEXT_BARE = compose(
  ' +{{words}}' + WORD_END,
  { words: alternation([...NOT_CURRENCY_AFTER_DONG, ...NOT_CURRENCY_AFTER_BARE_DONG]) },
  'yiu',
);
/** `Đồng` + a capitalised word is a place (Đồng Nai, Đồng Tháp), checked case-sensitively. */
export const PLACE_AFTER_DONG = /^Đồng +\p{Lu}/u;

/** `/năm`, `/người/năm`, `/ha`: up to three per-units. Case-sensitive. */
export const PER = compose(
  ' ?/ ?(?<per>{{unit}}' + WORD_END + '(?:/{{unit}}' + WORD_END + '){0,2})',
  { unit: alternation(PER_UNITS) },
  'yu',
);

/** A joiner between two amounts; group `pair` for achieved/planned and ranges, `list` for lists. */
export const JOINER = compose(
  '(?: *(?<pair>[/\\-–—]) *| +(?<pairWord>{{pairWords}}) +| *(?<list>[,;]) *| +(?<listWord>{{listWords}}) +)',
  {
    pairWords: alternation(PAIR_JOINERS.filter((j) => /\p{L}/u.test(j))),
    listWords: alternation(LIST_JOINERS.filter((j) => /\p{L}/u.test(j))),
  },
  'yu',
);

/** A clause ends right after an amount (for amounts whose currency is left out). */
export const CLAUSE_END = / *(?:[,;.:)\n]|$)/y;

/** A qualifier that ends right where the amount starts (tested on the text before it; tried only at the run of its words that ends it, LastWordGate). */
export const QUALIFIER_BEFORE = new LastWordGate(
  compose(
    WORD_START + '(?:(?<estimate>{{estimates}}) +)?(?<qualifier>{{qualifiers}}) +$|' + WORD_START + '(?<estimateOnly>{{estimates}}) +$',
    { qualifiers: alternation(QUALIFIERS), estimates: alternation(ESTIMATE_WORDS) },
    'iuy',
  ),
  [...QUALIFIERS, ...ESTIMATE_WORDS],
  (code) => code === 0x20,
);

/**
 * The last letters of the qualifier and estimate words, in either case (as
 * char codes): QUALIFIER_BEFORE can match only where one of them comes right
 * before the spaces that end the text tested, so for most amounts (`là 5 tỷ`,
 * `vốn 5 tỷ`) it is not run at all. (Under `iu` only a letter's own upper case
 * folds to these letters.)
 */
export const QUALIFIER_LAST_LETTERS: ReadonlySet<number> = new Set(
  [...QUALIFIERS, ...ESTIMATE_WORDS].flatMap((w) => {
    const last = w.slice(-1);
    return [last.toLowerCase(), last.toUpperCase()].map((c) => c.charCodeAt(0));
  }),
);

/** How far back to look for a qualifier: longer than the longest one. */
export const QUALIFIER_WINDOW = 40;
