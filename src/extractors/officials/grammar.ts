/**
 * The officials grammar over tokens: a title, a list of titles, a personal
 * name, and the split of a capitalised run into place + name
 * ("Huyện ủy Đắk Mil Trần Văn Thương"). Every parser looks at a bounded
 * number of tokens (MAX_* below), so scanning an article stays linear even on
 * adversarial input (1 MB of repeated titles or names).
 */
import {
  HISTORICAL_SET,
  MIDDLE_NAME_SET,
  ORG_NUMBER_SET,
  PROVINCE_SET,
  SURNAME_SET,
  foldTokens,
  phraseAt,
  phraseOfKind,
  type PhraseMatch,
} from './phrases.js';
import { isApostropheName, isDash, isLowerWord, isTitleCase, isUpperSyllable, type Token } from './tokens.js';

const MAX_PARTS = 10;
const MAX_TITLES = 10;
const MAX_RUN = 8;
const MAX_NAME = 5;

/** A capitalised run of tokens [from, to) at the end of a title: a place or organisation name, maybe ending in a person's name. */
export interface Tail {
  from: number;
  to: number;
  /** After an organisation head with no sector, the run must keep a name of its own ("Công ty Hoàng Long"). */
  needsPrefix: boolean;
}

export interface TitleSpan {
  /** Token range [startTok, endTok). */
  startTok: number;
  endTok: number;
  /** The title ends with a sector ("Ban KT - XH"), so a parent body may follow after a comma. */
  endsWithSector: boolean;
  tail: Tail | null;
}

export interface TitleList {
  titles: TitleSpan[];
  /** Token index after the last title. */
  end: number;
}

export interface NameSpan {
  startTok: number;
  endTok: number;
}

const has = (m: PhraseMatch | null, kind: Parameters<PhraseMatch['info']['kinds']['has']>[0]) =>
  !!m && m.info.kinds.has(kind);

/** A token that may start a personal name when no honorific vouches for it. */
export const startsName = (t: Token): boolean => SURNAME_SET.has(t.lower) || isApostropheName(t);

/** An acronym inside an organisation's name: THPT, THCS, TNHH, MTV. */
const isAcronym = (t: Token): boolean => t.word && t.text.length > 1 && /^[\p{Lu}&]+$/u.test(t.text);

/** A role, a body or a place word starts at `j` ("Tỉnh ủy" ends a place name, "Bí thư" a name). */
function startsTitlePart(tokens: Token[], j: number): boolean {
  const m = phraseAt(tokens, j);
  return !!m && (m.info.kinds.has('role') || m.info.kinds.has('body') || m.info.kinds.has('place'));
}

/** A capitalised run of place/organisation name tokens from `i` (a province with a dash, "Bà Rịa - Vũng Tàu", stays whole). */
function capitalisedRun(tokens: Token[], i: number): Tail | null {
  let j = i;
  while (j < tokens.length && j - i < MAX_RUN && (isTitleCase(tokens[j]) || isAcronym(tokens[j])) && !startsTitlePart(tokens, j)) {
    j++;
    if (isDash(tokens[j]) && j + 2 < tokens.length) {
      for (const k of [j + 3, j + 2]) {
        if (k <= tokens.length && PROVINCE_SET.has(foldTokens(tokens.slice(i, k)))) j = k;
      }
    }
  }
  return j > i ? { from: i, to: j, needsPrefix: false } : null;
}

/** `số 3`, `số II` after an organisation: the token index after the number, or 0. */
function orgNumberAt(tokens: Token[], j: number): number {
  const t = tokens[j];
  const n = tokens[j + 1];
  if (!t || !n || !ORG_NUMBER_SET.has(t.lower)) return 0;
  return /^(?:\d{1,3}|[IVX]{1,5})$/u.test(n.text) ? j + 2 : 0;
}

/** Sectors joined by và, - or – ("Tài nguyên và Môi trường", "KT - XH"); returns the token index after them. */
function sectorSequence(tokens: Token[], i: number): number | null {
  let m = phraseOfKind(tokens, i, 'sector');
  if (!m) return null;
  let end = m.end;
  for (let n = 0; n < MAX_PARTS; n++) {
    let j = end;
    const t = tokens[j];
    if (t && (t.lower === 'và' || isDash(t))) j++;
    m = phraseOfKind(tokens, j, 'sector');
    if (!m) break;
    end = m.end;
  }
  return end;
}

export interface TitleOptions {
  /** Inside a list after a first title: roles such as `thành viên` and unknown role words count. */
  listItem: boolean;
}

/** A role with the parts that follow it, from token `i`; null when no role starts there. */
export function parseTitle(tokens: Token[], i: number, opts: TitleOptions): TitleSpan | null {
  let j = i;
  if (tokens[j]?.lower === 'nguyên') j++;
  let role = phraseOfKind(tokens, j, 'role');
  if (role && role.info.listOnly && !opts.listItem) return null;
  if (!role && opts.listItem) role = unknownRole(tokens, j);
  if (!role) return null;
  j = role.end;
  let takesSector = role.info.takesSector;
  let tail: Tail | null = null;
  // "Trưởng thôn Phú Lộc", "Trưởng ấp Long Hòa": a role ending in a place word takes its name.
  if (phraseOfKind(tokens, j - 1, 'place')?.end === j) {
    tail = capitalisedRun(tokens, j);
    if (tail) j = tail.to;
  }
  let endsWithSector = false;
  for (let parts = 0; parts < MAX_PARTS && j < tokens.length; parts++) {
    const m = phraseAt(tokens, j);
    if (takesSector && isAcronym(tokens[j]) && !m) {
      // "Giám đốc CDC Đà Nẵng": an organisation known by its acronym, then its place
      tail = capitalisedRun(tokens, j);
      if (tail) {
        tail.needsPrefix = true;
        j = tail.to;
      }
      break;
    }
    if (takesSector) {
      takesSector = false;
      const s = sectorSequence(tokens, j);
      if (s !== null && (!m || s >= m.end)) {
        j = s;
        endsWithSector = true;
        tail = null;
        continue;
      }
    }
    if (!m || m.info.kinds.has('term') || (m.info.kinds.has('role') && !m.info.kinds.has('body'))) break;
    // Organisations are written with a capital ("Sở", "Ban"; "báo cáo" is a verb), and after a
    // capitalised run only a capitalised part can continue the title (the run may end in a name).
    const capital = m.info.abbreviation || !isLowerWord(tokens[j]);
    if (!capital && (tail || (m.info.kinds.has('org') && !m.info.kinds.has('body') && !m.info.kinds.has('place')))) break;
    if (m.info.kinds.has('modifier') || m.info.kinds.has('body')) {
      j = m.end;
      // "HĐND - UBND xã": two bodies joined by a dash are one
      const joined = isDash(tokens[j]) && m.info.abbreviation ? phraseAt(tokens, j + 1) : null;
      if (joined && joined.info.abbreviation && joined.info.kinds.has('body') && !joined.info.kinds.has('role')) j = joined.end;
      endsWithSector = false;
      tail = null;
      if (m.info.takesPlaceName) {
        tail = capitalisedRun(tokens, j);
        if (tail) j = tail.to;
      }
    } else if (m.info.kinds.has('org')) {
      j = m.end;
      tail = null;
      const s = sectorSequence(tokens, j);
      endsWithSector = s !== null;
      if (s !== null) j = s;
      // "Đội Quản lý thị trường số 3", "Trường THCS số 2": the unit's number is part of its name
      let numbered = orgNumberAt(tokens, j);
      if (numbered) j = numbered;
      tail = capitalisedRun(tokens, j);
      if (tail && !numbered) {
        numbered = orgNumberAt(tokens, tail.to);
        if (numbered) tail = capitalisedRun(tokens, (j = numbered));
      }
      if (numbered) endsWithSector = false;
      if (tail) {
        tail.needsPrefix = s === null && !numbered;
        j = tail.to;
      }
    } else if (m.info.kinds.has('place')) {
      j = m.end;
      if (tokens[j]?.text === '.' && tokens[j].start === tokens[j - 1].end && /^T[PpX]$/u.test(tokens[j - 1].text)) j++;
      endsWithSector = false;
      tail = capitalisedRun(tokens, j);
      if (tail) j = tail.to;
    } else {
      break;
    }
  }
  return { startTok: i, endTok: j, endsWithSector, tail };
}

/**
 * Inside a list of titles, an unknown capitalised word pair right before a parent body is read
 * as a role ("..., Trường trực Tỉnh ủy Hậu Giang": a misspelt post is still a post).
 */
function unknownRole(tokens: Token[], j: number): PhraseMatch | null {
  const a = tokens[j];
  const b = tokens[j + 1];
  if (!a || !b || !isTitleCase(a) || !isLowerWord(b) || startsName(a)) return null;
  const body = phraseAt(tokens, j + 2);
  if (!body || !(body.info.parentBody || body.info.takesPlaceName)) return null;
  return { start: j, end: j + 2, info: { ...body.info, kinds: new Set(['role']), takesSector: false, listOnly: false } };
}

/** Term qualifiers after a title ("khóa XVIII", "nhiệm kỳ 2021 - 2026"): the token index after them. */
export function skipTerms(tokens: Token[], i: number): number {
  let j = i;
  for (let n = 0; n < 3; n++) {
    const m = phraseAt(tokens, j);
    if (!has(m, 'term')) break;
    j = m!.end;
    // the term's value: a numeral or a year range such as 2021 - 2026
    if (tokens[j]?.word && !isLowerWord(tokens[j])) j++;
    else if (tokens[j]?.lower === 'thứ') j += 2;
    if (isDash(tokens[j]) && /^\d/.test(tokens[j + 1]?.text ?? '')) j += 2;
  }
  return j;
}

/** A separator between titles at `i`: , - – or a joiner (kiêm); returns its length in tokens. */
function separatorAt(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (!t) return 0;
  if (t.text === ',' || isDash(t)) return 1;
  const m = phraseAt(tokens, i);
  return has(m, 'joiner') ? m!.end - i : 0;
}

/**
 * One or more titles from `i`, joined by separators, term qualifiers skipped. Before a name
 * (`beforeName`), the list stops at a title whose capitalised tail ends in a person's name:
 * "Bộ trưởng Bộ X Nguyễn Chí Dũng, Bộ trưởng Bộ Y ..." is two people.
 */
export function parseTitleList(
  tokens: Token[],
  i: number,
  firstIsListItem = false,
  beforeName = false,
  evidence: NameEvidence = NO_EVIDENCE,
): TitleList | null {
  const first = parseTitle(tokens, i, { listItem: firstIsListItem });
  if (!first) return null;
  const titles = [first];
  let end = first.endTok;
  while (titles.length < MAX_TITLES) {
    const current = titles[titles.length - 1];
    if (beforeName && current.tail && current.tail.to === current.endTok && splitTail(tokens, current.tail, evidence)) break;
    const after = skipTerms(tokens, end);
    const sep = separatorAt(tokens, after);
    if (!sep) break;
    const k = after + sep;
    const last = titles[titles.length - 1];
    const parent = tokens[after].text === ',' && last.endsWithSector ? phraseAt(tokens, k) : null;
    if (parent && parent.info.parentBody) {
      // "Trưởng Ban KT - XH, HĐND huyện": the committee's parent body belongs to the same title
      const rest = parseTitleParts(tokens, parent.start);
      last.endTok = rest.endTok;
      last.endsWithSector = false;
      last.tail = rest.tail;
      end = rest.endTok;
      continue;
    }
    const next = parseTitle(tokens, k, { listItem: true });
    if (!next) break;
    titles.push(next);
    end = next.endTok;
  }
  return { titles, end };
}

/** The parts of a title without its role (a parent body and its place), for the comma rule above. */
function parseTitleParts(tokens: Token[], i: number): { endTok: number; tail: Tail | null } {
  const m = phraseAt(tokens, i)!;
  let j = m.end;
  let tail: Tail | null = null;
  for (let parts = 0; parts < 3; parts++) {
    const p = phraseAt(tokens, j);
    if (!p || !(p.info.kinds.has('place') || p.info.kinds.has('body'))) break;
    j = p.end;
    tail = capitalisedRun(tokens, j);
    if (tail) j = tail.to;
  }
  return { endTok: j, tail };
}

export interface NameOptions {
  /** Without an honorific, a name must start with a family name (or an ethnic-name syllable). */
  requireSurname: boolean;
  minLength: number;
}

/** A personal name at `i`: 1–5 capitalised syllables (or upper-case syllables), stopping before a role or an abbreviation. */
export function parseName(tokens: Token[], i: number, opts: NameOptions): NameSpan | null {
  const first = tokens[i];
  if (!first || !first.word) return null;
  const upper = !isTitleCase(first) && isUpperSyllable(first);
  if (!upper && !isTitleCase(first)) return null;
  let j = i;
  while (j < tokens.length && j - i <= MAX_NAME) {
    const t = tokens[j];
    if (upper ? !isUpperSyllable(t) : !isTitleCase(t)) break;
    const m = phraseAt(tokens, j);
    if (m && (m.info.abbreviation || m.info.kinds.has('role'))) break;
    j++;
  }
  const length = j - i;
  // A lone ethnic-minority name with a glottal apostrophe (K’Muôi) is a full name.
  const minLength = length === 1 && isApostropheName(first) ? 1 : opts.minLength;
  if (length < minLength || length > MAX_NAME) return null;
  if (opts.requireSurname && !startsName(first)) return null;
  const key = foldTokens(tokens.slice(i, j));
  if (HISTORICAL_SET.has(key) || PROVINCE_SET.has(key)) return null;
  return { startTok: i, endTok: j };
}

const LENGTH_SCORE: Record<number, number> = { 2: 1, 3: 3, 4: 2.5, 5: 1.5 };

/**
 * What the rest of the article says about capitalised runs (folded keys): `places` were
 * written after a place word outside any title ("tại huyện Hoàng Su Phì"), `vouched` after an
 * honorific ("ông Lê Hoa"). Either settles a run that a title's tail leaves ambiguous.
 */
export interface NameEvidence {
  places: ReadonlySet<string>;
  vouched: ReadonlySet<string>;
}
export const NO_EVIDENCE: NameEvidence = { places: new Set(), vouched: new Set() };

/** The capitalised run after a place word at `p` ("huyện Hoàng Su Phì" → "Hoàng Su Phì"), or null. */
export function placeNameAfter(tokens: Token[], p: number): Tail | null {
  const m = phraseOfKind(tokens, p, 'place');
  if (!m) return null;
  return capitalisedRun(tokens, m.end);
}

/**
 * Split a capitalised run into place + person name ("Đắk Mil | Trần Văn Thương",
 * "Hà Nội | Đinh Tiến Dũng", "| Trương Thanh Tùng"): the name must start with a family
 * name and have three syllables or more (two only after a province or a place the article
 * names elsewhere, or when the article writes the two syllables after an honorific: a
 * two-syllable run is more likely a place or firm, "huyện Lâm Hà", "Công ty TNHH Hoàng Long");
 * a run the article uses as a place name is no person. Three-syllable names, a middle name
 * such as Văn or Thị, and a place before the name score higher.
 */
export function splitTail(tokens: Token[], tail: Tail, evidence: NameEvidence = NO_EVIDENCE): NameSpan | null {
  const n = tail.to - tail.from;
  let best: { k: number; score: number } | null = null;
  for (let k = 0; k <= n - 2; k++) {
    const len = n - k;
    if (len > MAX_NAME) continue;
    const key = foldTokens(tokens.slice(tail.from + k, tail.to));
    const vouched = evidence.vouched.has(key);
    if (k === 0 && tail.needsPrefix) continue;
    const first = tokens[tail.from + k];
    if (!startsName(first)) continue;
    const prefix = k > 0 ? foldTokens(tokens.slice(tail.from, tail.from + k)) : '';
    const placeBefore = k > 0 && (PROVINCE_SET.has(prefix) || evidence.places.has(prefix));
    // two syllables after an organisation or district name are more likely part of it ("Công ty TNHH Hoàng Long")
    if (len === 2 && !placeBefore && !vouched) continue;
    if (HISTORICAL_SET.has(key) || PROVINCE_SET.has(key) || (evidence.places.has(key) && !vouched)) continue;
    let score = LENGTH_SCORE[len];
    if (len >= 3 && MIDDLE_NAME_SET.has(tokens[tail.from + k + 1].lower)) score += 2;
    if (placeBefore) score += 2;
    if (vouched) score += 3;
    if (!best || score > best.score) best = { k, score };
  }
  return best ? { startTok: tail.from + best.k, endTok: tail.to } : null;
}
