/**
 * The lexicon compiled, once at module load, into token tries: a phrase is a
 * sequence of tokens, matched longest-first at a token index. Word phrases are
 * matched case-insensitively, abbreviations exactly as written.
 */
import {
  ABBREVIATIONS,
  BODIES,
  BODIES_TAKING_PLACE_NAME,
  CLAUSE_WORDS,
  CLOSED_NAME_ORGS,
  COUNTRIES,
  ETHNIC_NAME_STARTS,
  FORMER_PROVINCES,
  HISTORICAL_FIGURES,
  HONORIFICS,
  LIST_ONLY_ROLES,
  MIDDLE_NAMES,
  MODIFIERS,
  ORG_NAME_PHRASES,
  ORG_NUMBER_WORDS,
  ORG_HEADS,
  PARENT_BODIES,
  PARENT_ORGS,
  PLACE_WORDS,
  PLURAL_HONORIFICS,
  PLURAL_MARKERS,
  PROVINCES,
  RANKS,
  REPRESENTATIVE_ROLES,
  ROLES,
  ROLES_TAKING_SECTOR,
  SECTORS,
  SUB_UNITS,
  SURNAMES,
  TAKES_POST,
  TERM_WORDS,
  TITLE_JOINERS,
} from './lexicon.js';
import { tokenize, type Token } from './tokens.js';

export type PhraseKind =
  | 'role'
  | 'body'
  | 'org'
  | 'sector'
  | 'place'
  | 'modifier'
  | 'honorific'
  | 'plural'
  | 'rank'
  | 'takesPost'
  | 'term'
  | 'joiner';

export interface PhraseInfo {
  kinds: Set<PhraseKind>;
  takesSector: boolean;
  takesPlaceName: boolean;
  parentBody: boolean;
  listOnly: boolean;
  abbreviation: boolean;
  /** An organisation whose name is a fixed list of sectors (Sở, Bộ): no lower-case words after it. */
  closedName: boolean;
  /** A unit below a department (Phòng, Ban) or a role naming one (Trưởng phòng): a parent may follow after a comma. */
  subUnit: boolean;
  /** An organisation that may stand as a sub-unit's parent after a comma (Sở, Công ty). */
  parentOrg: boolean;
  /** A role that ends in an organisation head (Trưởng phòng, Chánh Văn phòng): the unit's name follows. */
  namesUnit: boolean;
  /** A foreign mission's role (Đại sứ, Tổng Lãnh sự): the country it represents and `tại` + place follow. */
  represents: boolean;
}

interface Node {
  next: Map<string, Node>;
  info?: PhraseInfo;
}

const newNode = (): Node => ({ next: new Map() });
const caseless = newNode();
const exact = newNode();

function infoAt(root: Node, keys: string[]): PhraseInfo {
  let node = root;
  for (const k of keys) {
    let child = node.next.get(k);
    if (!child) node.next.set(k, (child = newNode()));
    node = child;
  }
  return (node.info ??= {
    kinds: new Set(),
    takesSector: false,
    takesPlaceName: false,
    parentBody: false,
    listOnly: false,
    abbreviation: root === exact,
    closedName: false,
    subUnit: false,
    parentOrg: false,
    namesUnit: false,
    represents: false,
  });
}

const keysOf = (phrase: string, lower: boolean) =>
  tokenize(phrase).map((t) => (lower ? t.lower : t.text));

function add(words: readonly string[], kind: PhraseKind): void {
  for (const w of words) infoAt(caseless, keysOf(w, true)).kinds.add(kind);
}
function flag(words: readonly string[], set: (i: PhraseInfo) => void): void {
  for (const w of words) set(infoAt(caseless, keysOf(w, true)));
}

add(ROLES, 'role');
add(BODIES, 'body');
add(ORG_HEADS, 'org');
add(SECTORS, 'sector');
add(PLACE_WORDS, 'place');
add(MODIFIERS, 'modifier');
add(HONORIFICS, 'honorific');
add(PLURAL_HONORIFICS, 'plural');
add(RANKS, 'rank');
add(TAKES_POST, 'takesPost');
add(TERM_WORDS, 'term');
add(TITLE_JOINERS, 'joiner');
flag(ROLES_TAKING_SECTOR, (i) => (i.takesSector = true));
flag(BODIES_TAKING_PLACE_NAME, (i) => (i.takesPlaceName = true));
flag(PARENT_BODIES, (i) => (i.parentBody = true));
flag(LIST_ONLY_ROLES, (i) => (i.listOnly = true));
flag(CLOSED_NAME_ORGS, (i) => (i.closedName = true));
flag(SUB_UNITS, (i) => (i.subUnit = true));
flag(PARENT_ORGS, (i) => (i.parentOrg = true));
flag(REPRESENTATIVE_ROLES, (i) => (i.represents = true));
for (const [abbr, { as }] of Object.entries(ABBREVIATIONS)) {
  const info = infoAt(exact, keysOf(abbr, false));
  for (const use of Array.isArray(as) ? as : [as]) info.kinds.add(use);
  if (abbr === 'UBND' || abbr === 'HĐND' || abbr === 'TU' || abbr === 'HU') info.parentBody = true;
  if (abbr === 'TU' || abbr === 'HU' || abbr === 'ThU') info.takesPlaceName = true;
}
// UBND/HĐND and the written-out bodies they stand for are parents of committees.
for (const w of ['UBND', 'HĐND', 'UBMTTQ', 'MTTQ']) infoAt(exact, [w]).parentBody = true;

// A role ending in an organisation head names that unit ("Trưởng phòng", "Chánh Văn phòng", "Trưởng đoàn").
{
  const orgKeys = new Set(ORG_HEADS.map((w) => keysOf(w, true).join(' ')));
  const subKeys = new Set(SUB_UNITS.map((w) => keysOf(w, true).join(' ')));
  for (const role of ROLES) {
    const keys = keysOf(role, true);
    for (let k = 1; k < keys.length; k++) {
      const suffix = keys.slice(k).join(' ');
      if (!orgKeys.has(suffix)) continue;
      const info = infoAt(caseless, keys);
      info.namesUnit = true;
      if (subKeys.has(suffix)) info.subUnit = true;
      break;
    }
  }
}

/** Clause words (verbs, particles) and the organisation-name phrases that shadow them ("dự án" is no "dự"). */
const clauses = newNode();
const orgWords = newNode();
for (const w of CLAUSE_WORDS) infoAt(clauses, keysOf(w, true)).kinds.add('role');
for (const w of ORG_NAME_PHRASES) infoAt(orgWords, keysOf(w, true)).kinds.add('role');

export interface PhraseMatch {
  start: number;
  /** Token index after the phrase. */
  end: number;
  info: PhraseInfo;
}

function walk(root: Node, tokens: Token[], i: number, lower: boolean): PhraseMatch | null {
  let node = root;
  let best: PhraseMatch | null = null;
  for (let j = i; j < tokens.length && tokens[j].text !== '\n'; j++) {
    const child = node.next.get(lower ? tokens[j].lower : tokens[j].text);
    if (!child) break;
    node = child;
    if (node.info) best = { start: i, end: j + 1, info: node.info };
  }
  return best;
}

/**
 * A clause word (CLAUSE_WORDS) starts at lower-case token `i` and no longer organisation-name
 * phrase does: the token index after it, or 0.
 */
export function clauseWordAt(tokens: Token[], i: number): number {
  const c = walk(clauses, tokens, i, true);
  if (!c) return 0;
  const o = walk(orgWords, tokens, i, true);
  return o && o.end >= c.end ? 0 : c.end;
}

/** An organisation-name phrase starts at `i` ("hàng không", "dự án"): the token index after it, or 0. */
export function orgWordsAt(tokens: Token[], i: number): number {
  return walk(orgWords, tokens, i, true)?.end ?? 0;
}

/** The longest lexicon phrase starting at token `i` (abbreviations win ties). */
export function phraseAt(tokens: Token[], i: number): PhraseMatch | null {
  const a = walk(exact, tokens, i, false);
  const b = walk(caseless, tokens, i, true);
  if (a && b) return a.end >= b.end ? a : b;
  return a ?? b;
}

/** The longest phrase at `i` that has `kind`, trying shorter prefixes too ("Ban" inside "Ban Thường vụ X"). */
export function phraseOfKind(tokens: Token[], i: number, kind: PhraseKind): PhraseMatch | null {
  let best: PhraseMatch | null = null;
  for (const [root, lower] of [
    [exact, false],
    [caseless, true],
  ] as const) {
    let node = root;
    for (let j = i; j < tokens.length && tokens[j].text !== '\n'; j++) {
      const child = node.next.get(lower ? tokens[j].lower : tokens[j].text);
      if (!child) break;
      node = child;
      if (node.info?.kinds.has(kind) && (!best || j + 1 > best.end)) best = { start: i, end: j + 1, info: node.info };
    }
  }
  return best;
}

const fold = (s: string) => tokenize(s).map((t) => t.lower).join(' ');
export const SURNAME_SET = new Set(SURNAMES.map((s) => s.toLowerCase()));
export const MIDDLE_NAME_SET = new Set(MIDDLE_NAMES.map((s) => s.toLowerCase()));
/**
 * Last words of the lexicon's roles, bodies, organisations and sectors: a place word after one
 * of them is part of a title ("UBND tỉnh", "Ủy ban nhân dân huyện", "Sở Tài chính tỉnh").
 */
export const TITLE_LAST_WORDS = new Set(
  [...ROLES, ...BODIES, ...SECTORS, ...ORG_HEADS, ...MODIFIERS].map((w) => tokenize(w).pop()!.lower),
);
export const PLURAL_MARKER_SET = new Set(PLURAL_MARKERS.map((s) => s.toLowerCase()));
export const ORG_NUMBER_SET = new Set(ORG_NUMBER_WORDS.map((s) => s.toLowerCase()));
export const PROVINCE_SET = new Set([...PROVINCES, ...FORMER_PROVINCES].map(fold));
/** Provinces and countries: a run equal to one is a place, never a person. */
export const PLACE_NAME_SET = new Set([...PROVINCES, ...FORMER_PROVINCES, ...COUNTRIES].map(fold));
export const ETHNIC_START_SET = new Set(ETHNIC_NAME_STARTS.map((s) => s.toLowerCase()));
export const HISTORICAL_SET = new Set(HISTORICAL_FIGURES.map(fold));
/** Token-sequence key of a phrase, for the sets above. */
export const foldTokens = (tokens: Token[]) => tokens.map((t) => t.lower).join(' ');
