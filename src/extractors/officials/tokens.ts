/**
 * Tokens for the officials grammar: words (letters and digits, with an inner
 * apostrophe as in K’Muôi or a slash as in Đ/c), single punctuation marks, and
 * line breaks (a name or a title never crosses a line). Offsets are UTF-16
 * indices into the normalised text.
 *
 * Speed (docs/profile-officials.md): the scanner reads char codes against a
 * class table (no regex per token), and everything the grammar asks of a
 * token's text (lower case, title case, acronym ...) is computed once per
 * distinct text into an interned `Lex`. A token is its text's `Lex` (shared,
 * no object per token); its offsets are in the typed arrays `Tokens.start` and
 * `Tokens.end`, by token index.
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
  /** The text's length and first four code units, two by two (0 past the end): see `packed`. */
  length: number;
  head0: number;
  head1: number;
}

/**
 * A token as the grammar sees it: its text's interned Lex (text, lower case, F_* flags), shared by
 * every token of that text. Where it stands is in `Tokens.start`/`Tokens.end`.
 */
export type Token = Lex;

/**
 * The tokens of one text, in order: `tokens[i]` is token i (its Lex), at UTF-16 offsets
 * [start[i], end[i]), with flags `flags[i]`. `phrase` and `role` memoise, by token index, the longest lexicon phrase and
 * the longest role there (./phrases.ts `phraseAt`, `phraseOfKind(…, 'role')`): undefined until asked.
 */
export interface Tokens extends Array<Token> {
  start: Int32Array;
  end: Int32Array;
  /** `tokens[i].flags` by token index, for the loops over every token (no load of each Lex). */
  flags: Int32Array;
  phrase: (PhraseMatch | null | undefined)[];
  role: (PhraseMatch | null | undefined)[];
}

/** Bits of `Lex.flags`. */
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
/**
 * Registers the resolver and resolves the Lexes interned so far (the lexicon's words, tokenised
 * at load). Resolving them now rather than on their first use in an article changes no result, but
 * the Lex fields' first rewrites (facts set, flags extended) happen at load: V8, which compiled
 * `tokenize` while the word lists were read, drops that code now instead of during the first
 * article, where each such change cost one more compilation of `tokenize` and `lexOf`.
 */
export function setFactsResolver(resolve: (lex: Lex) => void): void {
  resolveFacts = resolve;
  for (const lex of SINGLE) if (lex !== undefined && lex.facts === undefined) resolve(lex);
  for (const lex of lexTable) if (lex !== undefined && lex.facts === undefined) resolve(lex);
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
 * the scanner reads them, so a token already seen costs no slice and no string hashing. The
 * hashes sit in a typed array beside the table (a probe reads no Lex), and the table starts small
 * and doubles at half load, so that it stays in the processor's cache (an article's words are a
 * few thousand distinct texts). Cleared when it holds LEX_LIMIT texts (a cache: clearing changes
 * no result).
 */
const LEX_MIN_SLOTS = 1 << 12;
const LEX_LIMIT = 1 << 15;
/**
 * The table starts smaller than LEX_MIN_SLOTS so that it grows while ./phrases.ts tokenises the
 * word lists at load: V8 compiles `tokenize` then, and a path not yet run (the growth) would be
 * compiled as a deoptimisation, costing one more compilation when the first article grows it.
 */
const LEX_FIRST_SLOTS = 1 << 8;
let lexTable: (Lex | undefined)[] = new Array<Lex | undefined>(LEX_FIRST_SLOTS).fill(undefined);
let lexHashes = new Int32Array(LEX_FIRST_SLOTS);
let lexCount = 0;

/** Empties the table, or doubles it (`slots`: its new size). */
function resizeLexTable(slots: number): void {
  const old = lexTable;
  lexTable = new Array<Lex | undefined>(slots).fill(undefined);
  lexHashes = new Int32Array(slots);
  if (slots === LEX_MIN_SLOTS) {
    lexCount = 0;
    return;
  }
  for (const lex of old) {
    if (lex === undefined) continue;
    let slot = lex.hash & (slots - 1);
    while (lexTable[slot] !== undefined) slot = (slot + 1) & (slots - 1);
    lexTable[slot] = lex;
    lexHashes[slot] = lex.hash;
  }
}

/**
 * Two code units of `s` from `q` in one number (0 past the end). The scanner packs a token's first
 * four code units as it reads them, so a token of four code units or fewer (most Vietnamese
 * syllables) is compared with an interned text by two numbers and its length, with no pass over
 * its characters.
 */
const packed = (s: string, q: number): number =>
  (q < s.length ? s.charCodeAt(q) : 0) | ((q + 1 < s.length ? s.charCodeAt(q + 1) : 0) << 16);

/** The Lex holds the code units units[i, j), whose first four are packed in head0, head1. */
function sameText(lex: Lex, units: Uint16Array, i: number, j: number, head0: number, head1: number): boolean {
  const t = lex.text;
  const length = j - i;
  if (lex.length !== length || lex.head0 !== head0 || lex.head1 !== head1) return false;
  for (let k = 4; k < length; k++) if (t.charCodeAt(k) !== units[i + k]) return false;
  return true;
}

/** The Lex of each one-code-unit token below SINGLE_LIMIT (punctuation, Latin and Vietnamese letters), by code unit. */
const SINGLE_LIMIT = 0x3000;
const SINGLE: (Lex | undefined)[] = new Array<Lex | undefined>(SINGLE_LIMIT).fill(undefined);

/** Longer tokens (a run of digits, `1/1/1/…`) are not interned: the cache holds no large strings. */
const MAX_INTERNED = 40;

/**
 * A class, not an object literal: V8 tracks the objects made by a literal (an allocation site) and,
 * once enough of them outlive a garbage collection (Lexes are interned), starts allocating them in
 * the old generation and throws away the optimised code that allocates them (`tokenize`, `lexOf`),
 * which is then compiled again. Objects made by `new` are not tracked that way.
 */
class LexEntry implements Lex {
  text: string;
  lower: string;
  flags: number;
  facts: LexFacts | undefined = undefined;
  hash: number;
  length: number;
  head0: number;
  head1: number;
  constructor(s: string, word: boolean, hash: number) {
    this.text = s;
    this.lower = s.toLowerCase();
    this.flags = flagsOf(s, word);
    this.hash = hash;
    this.length = s.length;
    this.head0 = packed(s, 0);
    this.head1 = packed(s, 2);
  }
}

/** The Lex of text[i, j), whose code units hash to `h` and whose first four are packed in head0, head1. */
function lexOf(text: string, units: Uint16Array, i: number, j: number, h: number, word: boolean, head0: number, head1: number): Lex {
  if (j - i === 1) {
    // one code unit (punctuation, a lone letter or digit): a direct table
    const c = units[i];
    if (c < SINGLE_LIMIT) return (SINGLE[c] ??= new LexEntry(text.slice(i, j), word, h));
  }
  if (j - i > MAX_INTERNED) return new LexEntry(text.slice(i, j), word, h);
  const table = lexTable;
  const hashes = lexHashes;
  const mask = table.length - 1;
  let slot = h & mask;
  for (;;) {
    const lex = table[slot];
    if (lex === undefined) break;
    if (hashes[slot] === h && sameText(lex, units, i, j, head0, head1)) return lex;
    slot = (slot + 1) & mask;
  }
  if (lexCount >= LEX_LIMIT || 2 * (lexCount + 1) > table.length) {
    resizeLexTable(lexCount >= LEX_LIMIT ? LEX_MIN_SLOTS : table.length * 2);
    slot = h & (lexTable.length - 1);
    while (lexTable[slot] !== undefined) slot = (slot + 1) & (lexTable.length - 1);
  }
  const lex = new LexEntry(text.slice(i, j), word, h);
  lexTable[slot] = lex;
  lexHashes[slot] = h;
  lexCount++;
  return lex;
}

// Character classes of UTF-16 code units, filled on first sight of each unit (the regexes
// below decide, so the classes are exactly those of the token pattern
// `[\p{L}\p{M}\p{N}]+(?:['’/&][\p{L}\p{M}\p{N}]+)*|\n|[^\s]` with the u flag).
// The tokenizer's loops test for C_UNKNOWN only where a known class would leave them (after
// the test for a space, after the test for a letter), classify the unit and read it again: a
// test and a call site on the path of every code unit cost ~10% of the tokenizer.
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

/** UTF-16 length of the letter/mark/digit at `i` (code units `units`), or 0. */
function wordCharAt(text: string, units: Uint16Array, i: number, n: number): number {
  const k = classOf(units[i]);
  if (k === C_WORD) return 1;
  if (k === C_HIGH && i + 1 < n && isLowSurrogate(units[i + 1]) && WORD_CHAR.test(text.slice(i, i + 2))) return 2;
  return 0;
}

/** ' ’ / &: inside a word when a letter or digit follows. */
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 47 || c === 38;

/** Hash step over one code unit (FNV-1a). */
const FNV_PRIME = 0x01000193;
const FNV_SEED = 0x811c9dc5 | 0;

/** The tokens being read and their offsets, grown as needed; copied out at the end of `tokenize`. */
const lexBuffer: Lex[] = [];
let startBuffer = new Int32Array(1 << 14);
let endBuffer = new Int32Array(1 << 14);
let flagBuffer = new Int32Array(1 << 14);

function grown(buffer: Int32Array): Int32Array<ArrayBuffer> {
  const out = new Int32Array(buffer.length * 2);
  out.set(buffer);
  return out;
}

/**
 * The code units of the text being read. `charCodeAt` in a hot loop costs V8 a dispatch on the
 * string's representation at every call (~20 instructions); a typed array read costs a few. The
 * copy is made by Node's `Buffer.write` as UTF-16LE (a native copy of the code units, lone
 * surrogates included) where there is one and the machine is little-endian, else by a loop,
 * into a buffer reused from one text to the next (only its first `text.length` units are read).
 */
type UnitWriter = { write(s: string, offset: number, encoding: 'utf16le'): number };
const NodeBuffer = (globalThis as { Buffer?: { from(b: ArrayBuffer): UnitWriter } }).Buffer;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
let unitBytes = new ArrayBuffer(1 << 16);
let unitArray = new Uint16Array(unitBytes);
let unitWriter = NodeBuffer?.from(unitBytes);

function codeUnits(text: string): Uint16Array {
  const n = text.length;
  if (2 * n > unitBytes.byteLength) {
    unitBytes = new ArrayBuffer(Math.max(4 * n, 2 * unitBytes.byteLength));
    unitArray = new Uint16Array(unitBytes);
    unitWriter = NodeBuffer?.from(unitBytes);
  }
  const units = unitArray;
  if (unitWriter !== undefined && LITTLE_ENDIAN) unitWriter.write(text, 0, 'utf16le');
  else for (let i = 0; i < n; i++) units[i] = text.charCodeAt(i);
  return units;
}

export function tokenize(text: string): Tokens {
  const lexes = lexBuffer;
  const n = text.length;
  const units = codeUnits(text);
  let starts = startBuffer;
  let ends = endBuffer;
  let flags = flagBuffer;
  let count = 0;
  const table = CLASS;
  let i = 0;
  while (i < n) {
    const c = units[i];
    const k = table[c];
    if (k === C_SPACE) {
      i++;
      continue;
    }
    if (k === C_UNKNOWN) {
      classOf(c); // then read it again
      continue;
    }
    let h = Math.imul(FNV_SEED ^ c, FNV_PRIME);
    let head0 = c;
    let head1 = 0;
    let j = i + 1;
    let word = k === C_WORD;
    if (k === C_HIGH) {
      // a code point outside the BMP: a letter (word) or a symbol (one token)
      if (j < n && isLowSurrogate(units[j])) {
        word = wordCharAt(text, units, i, n) === 2;
        h = Math.imul(h ^ units[j], FNV_PRIME);
        head0 |= units[j] << 16;
        j++;
      }
    }
    if (word) {
      // letters, marks and digits, and a joiner (' ’ / &) between two of them, hashed as read
      while (j < n) {
        const d = units[j];
        const e = table[d];
        if (e === C_WORD) {
          h = Math.imul(h ^ d, FNV_PRIME);
          const q = j - i;
          if (q < 4) {
            if (q === 1) head0 |= d << 16;
            else if (q === 2) head1 = d;
            else head1 |= d << 16;
          }
          j++;
        } else if (e === C_HIGH || isJoiner(d)) {
          const w = e === C_HIGH ? wordCharAt(text, units, j, n) : j + 1 < n ? wordCharAt(text, units, j + 1, n) : 0;
          if (w === 0) break;
          const to = e === C_HIGH ? j + w : j + 1 + w;
          for (; j < to; j++) {
            const x = units[j];
            h = Math.imul(h ^ x, FNV_PRIME);
            const q = j - i;
            if (q < 4) {
              if (q === 1) head0 |= x << 16;
              else if (q === 2) head1 = x;
              else head1 |= x << 16;
            }
          }
        } else if (e === C_UNKNOWN) {
          classOf(d); // then read it again
        } else break;
      }
    }
    const lex = lexOf(text, units, i, j, h, word, head0, head1);
    if (lex.facts === undefined && resolveFacts !== undefined) resolveFacts(lex);
    if (count === starts.length) {
      starts = startBuffer = grown(starts);
      ends = endBuffer = grown(ends);
      flags = flagBuffer = grown(flags);
    }
    starts[count] = i;
    ends[count] = j;
    flags[count] = lex.flags;
    lexes[count++] = lex;
    i = j;
  }
  // plain assignments (Object.assign onto an array is several times slower)
  const tokens = lexes.slice(0, count) as Tokens;
  tokens.start = startBuffer.slice(0, count);
  tokens.end = endBuffer.slice(0, count);
  tokens.flags = flagBuffer.slice(0, count);
  tokens.phrase = new Array<PhraseMatch | null | undefined>(count);
  tokens.role = new Array<PhraseMatch | null | undefined>(count);
  return tokens;
}

/** A word (letters/digits), not punctuation or a line break. */
export const isWord = (t: Token | undefined): boolean => t !== undefined && (t.flags & F_WORD) !== 0;
export const isTitleCase = (t: Token): boolean => (t.flags & F_TITLE) !== 0;
export const isApostropheName = (t: Token): boolean => (t.flags & F_APOSTROPHE_NAME) !== 0;
export const isUpperSyllable = (t: Token): boolean => (t.flags & F_UPPER_SYLLABLE) !== 0;
export const isLowerWord = (t: Token): boolean => (t.flags & F_LOWER) !== 0;
/** An acronym inside an organisation's name: THPT, THCS, TNHH, MTV. */
export const isAcronym = (t: Token): boolean => (t.flags & F_ACRONYM) !== 0;
export const isDash = (t: Token | undefined): boolean => t !== undefined && (t.flags & F_DASH) !== 0;
export const isAsciiWord = (t: Token): boolean => (t.flags & F_ASCII) !== 0;
