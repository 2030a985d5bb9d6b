/**
 * Tokens for the officials grammar: words (letters and digits, with an inner
 * apostrophe as in K’Muôi or a slash as in Đ/c), single punctuation marks, and
 * line breaks (a name or a title never crosses a line). Offsets are UTF-16
 * indices into the normalised text.
 *
 * Speed (docs/profile-officials.md): the scanner reads char codes against a
 * class table (no regex per token), and everything the grammar asks of a
 * token's text (lower case, title case, acronym ...) is computed once per
 * distinct text and shared through an interned `Lex`: a token costs one slice,
 * one Map lookup and one small object.
 */
import type { LexFacts, PhraseMatch } from './phrases.js';
import { isLowSurrogate } from '../../normalise/offsets.js';

/** What the grammar knows about one distinct token text, shared by every token of that text. */
export interface Lex {
  text: string;
  lower: string;
  flags: number;
  /** The lexicon's facts about the text (./phrases.ts), computed on first use. */
  facts: LexFacts | undefined;
  /** Hash of the text's code units (the intern table's key). */
  hash: number;
}

export interface Token {
  text: string;
  /** Lower-cased text, the key of the case-insensitive lexicon. */
  lower: string;
  start: number;
  end: number;
  /** A word (letters/digits), not punctuation or a line break. */
  word: boolean;
  /** The F_* bits of the text. */
  flags: number;
  lex: Lex;
  /** The longest lexicon phrase at this token (./phrases.ts `phraseAt`), once asked; undefined before. */
  phrase: PhraseMatch | null | undefined;
  /** The longest role at this token (./phrases.ts `phraseOfKind(…, 'role')`), once asked; undefined before. */
  role: PhraseMatch | null | undefined;
}

/** Bits of `Token.flags`. */
export const F_WORD = 1;
/** "Nguyễn", "Y", "K’Muôi", "Niê": a capital then lower-case letters (an inner apostrophe allowed). */
export const F_TITLE = 2;
/** Ethnic-minority syllables written with a glottal apostrophe: K’Muôi, H’Hen, R’Ông. */
export const F_APOSTROPHE_NAME = 4;
/** A Vietnamese syllable in capitals (PHẠM, VĂN, NGUYỄN), to tell upper-case names from acronyms. */
export const F_UPPER_SYLLABLE = 8;
/** A word starting with a lower-case letter. */
export const F_LOWER = 16;
/** Capitals (and &) only, two characters or more: THPT, TNHH, GD&ĐT. */
export const F_ACRONYM = 32;
/** - – — */
export const F_DASH = 64;
/** Latin letters only: a foreign name's syllable. */
export const F_ASCII = 128;
/**
 * Bits 8 and up: the lexicon's facts about the text (./phrases.ts F_OPENS_*, F_ACTIVE), set when a
 * Lex is made once the lexicon is compiled, so that the scan's hot loops read one field of the token.
 */
export const F_LEXICON_SHIFT = 8;

/** Computes a new Lex's facts and adds their bits to its flags (registered by ./phrases.ts once its tries are built). */
let resolveFacts: ((lex: Lex) => void) | undefined;
export function setFactsResolver(resolve: (lex: Lex) => void): void {
  resolveFacts = resolve;
}

const TITLE_CASE = /^\p{Lu}\p{Ll}*(?:['’]\p{L}\p{Ll}*)*$/u;
const APOSTROPHE_NAME = /^\p{Lu}['’]\p{Lu}\p{Ll}*$/u;
const VOWELS = 'AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ';
const UPPER_SYLLABLE = new RegExp(
  `^(?:NGH|NG|NH|CH|GH|GI|KH|PH|QU|TH|TR|[BCDĐGHKLMNPQRSTVX])?[${VOWELS}]{1,3}(?:NG|NH|CH|[CMNPT])?$`,
  'u',
);
const LOWER_START = /^\p{Ll}/u;
const ACRONYM = /^[\p{Lu}&]+$/u;
const ASCII_WORD = /^[A-Za-z]+$/;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_CHAR = /^\s$/u;

function flagsOf(text: string, word: boolean): number {
  let f = 0;
  if (word) {
    f |= F_WORD;
    if (TITLE_CASE.test(text)) f |= F_TITLE;
    if (text.length > 1 && text === text.toUpperCase() && UPPER_SYLLABLE.test(text)) f |= F_UPPER_SYLLABLE;
    if (LOWER_START.test(text)) f |= F_LOWER;
    if (text.length > 1 && ACRONYM.test(text)) f |= F_ACRONYM;
  }
  if (APOSTROPHE_NAME.test(text)) f |= F_APOSTROPHE_NAME;
  if (text === '-' || text === '–' || text === '—') f |= F_DASH;
  if (ASCII_WORD.test(text)) f |= F_ASCII;
  return f;
}

/**
 * Interned `Lex`es: an open-addressing hash table keyed by the token's code units, hashed while
 * the scanner reads them, so a token already seen costs no slice and no string hashing. Cleared
 * when it fills past LEX_LIMIT (a cache: clearing changes no result).
 */
const LEX_BITS = 17;
const LEX_SLOTS = 1 << LEX_BITS;
const LEX_LIMIT = LEX_SLOTS >> 2;
let lexTable: (Lex | undefined)[] = new Array<Lex | undefined>(LEX_SLOTS).fill(undefined);
let lexCount = 0;

function sameText(lex: Lex, text: string, i: number, j: number): boolean {
  const t = lex.text;
  if (t.length !== j - i) return false;
  for (let k = 0; k < t.length; k++) if (t.charCodeAt(k) !== text.charCodeAt(i + k)) return false;
  return true;
}

/** The Lex of each one-code-unit token below SINGLE_LIMIT (punctuation, Latin and Vietnamese letters), by code unit. */
const SINGLE_LIMIT = 0x3000;
const SINGLE: (Lex | undefined)[] = new Array<Lex | undefined>(SINGLE_LIMIT).fill(undefined);

/** Longer tokens (a run of digits, `1/1/1/…`) are not interned: the cache holds no large strings. */
const MAX_INTERNED = 40;

const newLex = (s: string, word: boolean, hash: number): Lex => ({
  text: s,
  lower: s.toLowerCase(),
  flags: flagsOf(s, word),
  facts: undefined,
  hash,
});

/** The Lex of text[i, j), whose code units hash to `h`. */
function lexOf(text: string, i: number, j: number, h: number, word: boolean): Lex {
  if (j - i === 1) {
    // one code unit (punctuation, a lone letter or digit): a direct table
    const c = text.charCodeAt(i);
    if (c < SINGLE_LIMIT) return (SINGLE[c] ??= newLex(text.slice(i, j), word, h));
  }
  if (j - i > MAX_INTERNED) return newLex(text.slice(i, j), word, h);
  let slot = h & (LEX_SLOTS - 1);
  for (;;) {
    const lex = lexTable[slot];
    if (lex === undefined) break;
    if (lex.hash === h && sameText(lex, text, i, j)) return lex;
    slot = (slot + 1) & (LEX_SLOTS - 1);
  }
  if (lexCount >= LEX_LIMIT) {
    lexTable = new Array<Lex | undefined>(LEX_SLOTS).fill(undefined);
    lexCount = 0;
    slot = h & (LEX_SLOTS - 1);
  }
  const lex = newLex(text.slice(i, j), word, h);
  lexTable[slot] = lex;
  lexCount++;
  return lex;
}

// Character classes of UTF-16 code units, filled on first sight of each unit (the regexes
// below decide, so the classes are exactly those of the token pattern
// `[\p{L}\p{M}\p{N}]+(?:['’/&][\p{L}\p{M}\p{N}]+)*|\n|[^\s]` with the u flag).
const C_UNKNOWN = 0;
const C_SPACE = 1;
const C_NEWLINE = 2;
const C_WORD = 3;
const C_OTHER = 4;
/** A high surrogate: the class is that of the code point it opens. */
const C_HIGH = 5;
const CLASS = new Uint8Array(0x10000);

function classOf(c: number): number {
  let k = CLASS[c];
  if (k === C_UNKNOWN) {
    if (c === 10) k = C_NEWLINE;
    else if (c >= 0xd800 && c <= 0xdbff) k = C_HIGH;
    else if (c >= 0xdc00 && c <= 0xdfff) k = C_OTHER;
    else {
      const s = String.fromCharCode(c);
      k = SPACE_CHAR.test(s) ? C_SPACE : WORD_CHAR.test(s) ? C_WORD : C_OTHER;
    }
    CLASS[c] = k;
  }
  return k;
}

/** UTF-16 length of the letter/mark/digit at `i`, or 0. */
function wordCharAt(text: string, i: number, n: number): number {
  const k = classOf(text.charCodeAt(i));
  if (k === C_WORD) return 1;
  if (k === C_HIGH && i + 1 < n && isLowSurrogate(text.charCodeAt(i + 1)) && WORD_CHAR.test(text.slice(i, i + 2))) return 2;
  return 0;
}

/** ' ’ / &: inside a word when a letter or digit follows. */
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 47 || c === 38;

/** Hash step over one code unit (FNV-1a). */
const FNV_PRIME = 0x01000193;
const FNV_SEED = 0x811c9dc5 | 0;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  const table = CLASS;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let k = table[c];
    if (k === C_UNKNOWN) k = classOf(c);
    if (k === C_SPACE) {
      i++;
      continue;
    }
    let h = Math.imul(FNV_SEED ^ c, FNV_PRIME);
    let j = i + 1;
    let word = k === C_WORD;
    if (k === C_HIGH) {
      // a code point outside the BMP: a letter (word) or a symbol (one token)
      if (j < n && isLowSurrogate(text.charCodeAt(j))) {
        word = wordCharAt(text, i, n) === 2;
        h = Math.imul(h ^ text.charCodeAt(j), FNV_PRIME);
        j++;
      }
    }
    if (word) {
      // letters, marks and digits, and a joiner (' ’ / &) between two of them, hashed as read
      while (j < n) {
        const d = text.charCodeAt(j);
        let e = table[d];
        if (e === C_UNKNOWN) e = classOf(d);
        if (e === C_WORD) {
          h = Math.imul(h ^ d, FNV_PRIME);
          j++;
        } else if (e === C_HIGH || isJoiner(d)) {
          const w = e === C_HIGH ? wordCharAt(text, j, n) : j + 1 < n ? wordCharAt(text, j + 1, n) : 0;
          if (w === 0) break;
          const to = e === C_HIGH ? j + w : j + 1 + w;
          for (; j < to; j++) h = Math.imul(h ^ text.charCodeAt(j), FNV_PRIME);
        } else break;
      }
    }
    const lex = lexOf(text, i, j, h, word);
    if (lex.facts === undefined && resolveFacts !== undefined) resolveFacts(lex);
    out.push({ text: lex.text, lower: lex.lower, start: i, end: j, word, flags: lex.flags, lex, phrase: undefined, role: undefined });
    i = j;
  }
  return out;
}

export const isTitleCase = (t: Token): boolean => (t.flags & F_TITLE) !== 0;
export const isApostropheName = (t: Token): boolean => (t.flags & F_APOSTROPHE_NAME) !== 0;
export const isUpperSyllable = (t: Token): boolean => (t.flags & F_UPPER_SYLLABLE) !== 0;
export const isLowerWord = (t: Token): boolean => (t.flags & F_LOWER) !== 0;
/** An acronym inside an organisation's name: THPT, THCS, TNHH, MTV. */
export const isAcronym = (t: Token): boolean => (t.flags & F_ACRONYM) !== 0;
export const isDash = (t: Token | undefined): boolean => t !== undefined && (t.flags & F_DASH) !== 0;
export const isAsciiWord = (t: Token): boolean => (t.flags & F_ASCII) !== 0;
