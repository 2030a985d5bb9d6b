/**
 * Patterns of the plan_attainments kind, compiled once. A plan attainment is
 * read around a percent record: the plan phrase after it (sticky), the verb
 * before it (end-anchored on a short window).
 */
import { WORD_END, WORD_START, alternation } from '../../lexicon/regex.js';
import { LastWordGate } from '../percents/word-scan.js';
import {
  ASSIGNER_ENDINGS,
  ASSIGNER_OPENINGS,
  CHAIN_OPENERS,
  MAX_PLAN_WORDS,
  PLAN_HEADS,
  PLAN_LINKS,
  PLAN_QUALIFIER_OPENINGS,
  PLAN_STOP_WORDS,
  PLAN_VERBS,
  PLAN_VERB_MODIFIERS,
} from './constants.js';

/** How much text before a percentage the verb patterns look at. */
export const WINDOW = 60;

/** A word of the plan phrase, or a year or range of years (`giai đoạn 2021-2025`). */
const TAIL_WORD = `(?!${alternation(PLAN_STOP_WORDS)}${WORD_END})(?:\\p{L}[\\p{L}\\p{N}&]*|\\d{4}(?:[-–]\\d{4})?)${WORD_END}`;

/**
 * Right after the `%`: an optional link and the plan phrase. Groups: link,
 * plan (head and qualifying words). `kế hoạch hóa` (family planning) is not a plan.
 */
export const PLAN_AFTER = new RegExp(
  `(?: *(?<link>${alternation(PLAN_LINKS)})${WORD_END})? *(?<plan>${alternation(PLAN_HEADS)}${WORD_END}(?! +h[oó]a${WORD_END})(?: +(?:[-–] +)?${TAIL_WORD}){0,${MAX_PLAN_WORDS}})`,
  'iuy',
);

/** The verb before the percentage (and its qualifier): `đạt`, `chỉ đạt trên`, `vượt`, `tăng`. */
export const VERB_BEFORE = new LastWordGate(
  new RegExp(
    `${WORD_START}(?<verb>${alternation(Object.keys(PLAN_VERBS))})(?: +${alternation(PLAN_VERB_MODIFIERS)}${WORD_END})* +$`,
    'iuy',
  ),
  [...Object.keys(PLAN_VERBS), ...PLAN_VERB_MODIFIERS],
  (code) => code === 0x20,
);

/** A verbless percentage in a list: `..., 109% so với dự toán huyện giao`. */
export const CHAIN_BEFORE = new RegExp(
  `(?:${alternation(CHAIN_OPENERS.filter((o) => !/\p{L}/u.test(o)))}|${WORD_START}${alternation(CHAIN_OPENERS.filter((o) => /\p{L}/u.test(o)))}) *$`,
  'iu',
);

/** The second figure of an achieved/planned pair (`91,5/92% kế hoạch`) is not an attainment. */
export const PAIR_BEFORE = /\d ?\/ ?$/u;

/** The number and sign at the end of a percent record's text. */
export const FIGURE_AT_END = /\d[\d.,]* {0,2}(?:%|phần +trăm)$/iu;

/** `chỉ tiêu X` where X only names who set the target. */
export const ASSIGNER = new RegExp(
  `^(?:${alternation(ASSIGNER_OPENINGS)}${WORD_END}.*|.*${WORD_START}${alternation(ASSIGNER_ENDINGS)}|\\d.*)$`,
  'iu',
);

/** `kế hoạch X` where X only qualifies the plan (`vốn được phân bổ`, `năm`, `6 tháng`). */
export const PLAN_QUALIFIER = new RegExp(`^(?:${alternation(PLAN_QUALIFIER_OPENINGS)}${WORD_END}|\\d)`, 'iu');
/** `KH HĐND tỉnh giao`: an acronym names who set the plan (case-sensitive). */
export const PLAN_ACRONYM = /^\p{Lu}{2,}/u;

/** The head `kế hoạch`/`KH` of a plan phrase, and what follows it. */
export const PLAN_HEAD = /^(?:kế +hoạch|KH) +(?<rest>\S.*)$/iu;

/** `chỉ tiêu kế hoạch X`, `chỉ tiêu X`, `kế hoạch X`: the heads of a plan phrase, and its object X. */
export const PLAN_OBJECT = /^(?:chỉ\s+tiêu\s+(?:(?:kế\s+hoạch|KH)\s+)?|(?:kế\s+hoạch|KH)\s+)(?<rest>\S.*)$/isu;

/** The head `chỉ tiêu` of a plan phrase, and what follows it. */
export const TARGET_HEAD = /^chỉ +tiêu +(?<rest>\S.*)$/iu;

/** Sentence boundaries that end a chain of percentages. */
export const CHAIN_GAP = new RegExp(`^(?:[\\s,;]|${WORD_START}và${WORD_END})*$`, 'iu');

/** Between a plan attainment and a bracketed pair of amounts after it: ` (`. */
export const OPEN_BRACKET = /^ *\( *$/u;
/** Right after the second amount of that pair: `)`. */
export const CLOSE_BRACKET = /^ *\)/u;
