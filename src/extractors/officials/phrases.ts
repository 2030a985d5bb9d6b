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
  PURPOSE_HEADS,
  PURPOSE_WORDS,
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
import { F_APOSTROPHE_NAME, F_LEXICON_SHIFT, F_TITLE, setFactsResolver, tokenize, type Lex, type Token, type Tokens } from './tokens.js';

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

/** One bit per kind, for `PhraseInfo.mask` and the tries' pruning. */
export const KIND_BIT: Readonly<Record<PhraseKind, number>> = {
  role: 1,
  body: 2,
  org: 4,
  sector: 8,
  place: 16,
  modifier: 32,
  honorific: 64,
  plural: 128,
  rank: 256,
  takesPost: 512,
  term: 1024,
  joiner: 2048,
};
export const K_ROLE = KIND_BIT.role;
export const K_BODY = KIND_BIT.body;
export const K_ORG = KIND_BIT.org;
export const K_SECTOR = KIND_BIT.sector;
export const K_PLACE = KIND_BIT.place;
export const K_MODIFIER = KIND_BIT.modifier;
export const K_HONORIFIC = KIND_BIT.honorific;
export const K_PLURAL = KIND_BIT.plural;
export const K_RANK = KIND_BIT.rank;
export const K_TAKES_POST = KIND_BIT.takesPost;
export const K_TERM = KIND_BIT.term;
export const K_JOINER = KIND_BIT.joiner;

/** The phrase's kinds hold `bit` (a KIND_BIT). */
export const hasKind = (info: PhraseInfo, bit: number): boolean => (info.mask & bit) !== 0;
/** A phrase was found and its kinds hold `bit`. */
export const has = (m: PhraseMatch | null | undefined, bit: number): boolean => m != null && (m.info.mask & bit) !== 0;

export interface PhraseInfo {
  kinds: Set<PhraseKind>;
  /** The kinds as KIND_BIT bits (the same set, for the hot paths). */
  mask: number;
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

export interface TrieNode {
  next: Map<string, TrieNode>;
  info?: PhraseInfo;
  /** KIND_BIT bits of this node's phrase and of every longer phrase through it. */
  below: number;
}

const newNode = (): TrieNode => ({ next: new Map(), below: 0 });
const caseless = newNode();
const exact = newNode();

function infoAt(root: TrieNode, keys: string[]): PhraseInfo {
  let node = root;
  for (const k of keys) {
    let child = node.next.get(k);
    if (!child) node.next.set(k, (child = newNode()));
    node = child;
  }
  return (node.info ??= {
    kinds: new Set(),
    mask: 0,
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

// Fill each info's kind mask and each node's `below` mask (bits of its phrase and every longer one).
function finish(node: TrieNode): number {
  let below = 0;
  if (node.info) {
    for (const k of node.info.kinds) node.info.mask |= KIND_BIT[k];
    below = node.info.mask;
  }
  for (const child of node.next.values()) below |= finish(child);
  node.below = below;
  return below;
}
for (const root of [exact, caseless, clauses, orgWords]) finish(root);

/** Bits of `LexFacts.bits`: which word lists hold the token's lower-cased text. */
export const W_PLURAL_MARKER = 1;
export const W_SURNAME = 2;
/** The text opens a phrase of the lexicon (either trie). */
export const W_OPENS_PHRASE = 4;
/**
 * The scan may find something at a token of this text: it opens a role, an honorific or a rank
 * (maybe a longer phrase), is a plural marker or `nguyên`, or is a capitalised word that may start
 * a name with no honorific (a family name, or a glottal-apostrophe name such as K’Muôi: the test
 * of ./grammar.ts `startsName`, which a name found by `tryAt` from its own first word must pass).
 * At any other token the scan's `tryAt` finds nothing.
 */
export const W_ACTIVE = 8;
/** The first / the last word of a committee's purpose head (PURPOSE_HEAD_SET: "chỉ đạo", "bcđ"). */
export const W_PURPOSE_HEAD_FIRST = 16;
export const W_PURPOSE_HEAD_LAST = 32;

/**
 * The lexicon's facts about one distinct token text, computed once (kept on the interned
 * `Lex` of ./tokens.ts): the first trie node of each trie the text opens a phrase in, and the
 * word lists it belongs to.
 */
export interface LexFacts {
  exact: TrieNode | undefined;
  caseless: TrieNode | undefined;
  clause: TrieNode | undefined;
  orgWords: TrieNode | undefined;
  bits: number;
  /** KIND_BIT bits of every lexicon phrase the text opens (either trie). */
  below: number;
}

/** Token flags (./tokens.ts) copied from the lexicon's facts: the token opens a phrase of these kinds. */
export const F_OPENS_PLACE = 1 << F_LEXICON_SHIFT;
export const F_OPENS_HONORIFIC = 2 << F_LEXICON_SHIFT;
/** W_ACTIVE as a token flag. */
export const F_ACTIVE = 4 << F_LEXICON_SHIFT;

function resolve(lex: Lex): LexFacts {
  const lower = lex.lower;
  let bits = 0;
  if (PLURAL_MARKER_SET.has(lower)) bits |= W_PLURAL_MARKER;
  if (SURNAME_SET.has(lower)) bits |= W_SURNAME;
  if (PURPOSE_HEAD_FIRST_WORDS.has(lower)) bits |= W_PURPOSE_HEAD_FIRST;
  if (PURPOSE_HEAD_LAST_WORDS.has(lower)) bits |= W_PURPOSE_HEAD_LAST;
  const e = exact.next.get(lex.text);
  const c = caseless.next.get(lower);
  if (e !== undefined || c !== undefined) bits |= W_OPENS_PHRASE;
  const below = (e?.below ?? 0) | (c?.below ?? 0);
  const startsName = (bits & W_SURNAME) !== 0 || (lex.flags & F_APOSTROPHE_NAME) !== 0;
  if (
    below & (K_ROLE | K_HONORIFIC | K_PLURAL | K_RANK) ||
    bits & W_PLURAL_MARKER ||
    lower === 'nguyên' ||
    (lex.flags & F_TITLE && startsName)
  )
    bits |= W_ACTIVE;
  const f: LexFacts = { exact: e, caseless: c, clause: clauses.next.get(lower), orgWords: orgWords.next.get(lower), bits, below };
  lex.facts = f;
  if (below & K_PLACE) lex.flags |= F_OPENS_PLACE;
  if (below & (K_HONORIFIC | K_PLURAL | K_RANK)) lex.flags |= F_OPENS_HONORIFIC;
  if (bits & W_ACTIVE) lex.flags |= F_ACTIVE;
  return f;
}

export function factsOf(t: Token): LexFacts {
  return t.facts ?? resolve(t);
}

/** A word-list bit (W_*) of the token's text. */
export const wordIn = (t: Token, bit: number): boolean => (factsOf(t).bits & bit) !== 0;

/**
 * The longest phrase through the trie from `first` (the node of token `i`), or null. Keys are
 * the tokens' lower-cased or exact texts; a line break is in no trie, so no phrase crosses one.
 */
function walk(first: TrieNode | undefined, tokens: Tokens, i: number, lower: boolean): PhraseMatch | null {
  if (first === undefined) return null;
  let node = first;
  let end = node.info ? i + 1 : 0;
  let info = node.info;
  for (let j = i + 1; j < tokens.length; j++) {
    const child = node.next.get(lower ? tokens[j].lower : tokens[j].text);
    if (child === undefined) break;
    node = child;
    if (node.info) {
      end = j + 1;
      info = node.info;
    }
  }
  return info ? { start: i, end, info } : null;
}

/** The end of the longest phrase through the trie from `first` (the node of token `i`), or 0. */
function walkEnd(first: TrieNode | undefined, tokens: Tokens, i: number): number {
  if (first === undefined) return 0;
  let node = first;
  let end = node.info ? i + 1 : 0;
  for (let j = i + 1; j < tokens.length; j++) {
    const child = node.next.get(tokens[j].lower);
    if (child === undefined) break;
    node = child;
    if (node.info) end = j + 1;
  }
  return end;
}

/**
 * A clause word (CLAUSE_WORDS) starts at lower-case token `i` and no longer organisation-name
 * phrase does: the token index after it, or 0.
 */
export function clauseWordAt(tokens: Tokens, i: number): number {
  const t = tokens[i];
  if (t === undefined) return 0;
  const f = factsOf(t);
  const c = walkEnd(f.clause, tokens, i);
  if (!c) return 0;
  const o = walkEnd(f.orgWords, tokens, i);
  return o >= c ? 0 : c;
}

/** An organisation-name phrase starts at `i` ("hàng không", "dự án"): the token index after it, or 0. */
export function orgWordsAt(tokens: Tokens, i: number): number {
  const t = tokens[i];
  return t === undefined ? 0 : walkEnd(factsOf(t).orgWords, tokens, i);
}

/** The longest lexicon phrase starting at token `i` (abbreviations win ties); memoised by token index. */
export function phraseAt(tokens: Tokens, i: number): PhraseMatch | null {
  const t = tokens[i];
  if (t === undefined) return null;
  let m = tokens.phrase[i];
  if (m === undefined) {
    const f = factsOf(t);
    const a = walk(f.exact, tokens, i, false);
    const b = walk(f.caseless, tokens, i, true);
    m = tokens.phrase[i] = a && b ? (a.end >= b.end ? a : b) : (a ?? b);
  }
  return m;
}

/** The longest phrase at `i` whose kinds hold `bit`, through the trie from `first`; `best`: the end to beat. */
function walkKind(first: TrieNode | undefined, tokens: Tokens, i: number, lower: boolean, bit: number, best: number): PhraseMatch | null {
  let node = first;
  let found: PhraseMatch | null = null;
  for (let j = i; node !== undefined && (node.below & bit) !== 0; ) {
    if (node.info !== undefined && (node.info.mask & bit) !== 0 && j + 1 > best) {
      best = j + 1;
      found = { start: i, end: best, info: node.info };
    }
    if (++j >= tokens.length) break;
    node = node.next.get(lower ? tokens[j].lower : tokens[j].text);
  }
  return found;
}

/** The longest phrase at `i` that has `kind`, trying shorter prefixes too ("Ban" inside "Ban Thường vụ X"). */
export function phraseOfKind(tokens: Tokens, i: number, kind: PhraseKind): PhraseMatch | null {
  return phraseOfKindBit(tokens, i, KIND_BIT[kind]);
}

/** phraseOfKind by KIND_BIT bit (abbreviations win ties); roles are memoised by token index. */
function phraseOfKindBit(tokens: Tokens, i: number, bit: number): PhraseMatch | null {
  const t = tokens[i];
  if (t === undefined) return null;
  const f = factsOf(t);
  if ((f.below & bit) === 0) return null;
  if (bit === K_ROLE && tokens.role[i] !== undefined) return tokens.role[i]!;
  const a = walkKind(f.exact, tokens, i, false, bit, 0);
  const b = walkKind(f.caseless, tokens, i, true, bit, a ? a.end : 0);
  const m = b ?? a;
  if (bit === K_ROLE) tokens.role[i] = m;
  return m;
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
/** Folded heads of committees named by their purpose ("chỉ đạo", "bcđ"), and the clause words a purpose may hold. */
export const PURPOSE_HEAD_SET = new Set(PURPOSE_HEADS.map(fold));
/** First and last words of PURPOSE_HEAD_SET's keys (W_PURPOSE_HEAD_FIRST, W_PURPOSE_HEAD_LAST): a range whose edge word is neither cannot be a head. */
const PURPOSE_HEAD_FIRST_WORDS = new Set([...PURPOSE_HEAD_SET].map((k) => k.split(' ')[0]));
const PURPOSE_HEAD_LAST_WORDS = new Set([...PURPOSE_HEAD_SET].map((k) => k.split(' ').pop()!));
export const PURPOSE_WORD_SET = new Set(PURPOSE_WORDS.map(fold));
export const HISTORICAL_SET = new Set(HISTORICAL_FIGURES.map(fold));
/** Token-sequence key of the tokens [from, to) (lower-cased, joined by spaces), for the sets above. */
export function foldRange(tokens: Tokens, from: number, to: number): string {
  const end = Math.min(to, tokens.length);
  if (from >= end) return '';
  let key = tokens[from].lower;
  for (let k = from + 1; k < end; k++) key += ' ' + tokens[k].lower;
  return key;
}

// Tokens made from now on carry the lexicon's facts in their flags.
setFactsResolver(resolve);
