/**
 * The officials grammar over tokens: a title, a list of titles, a personal
 * name, and the split of a capitalised run into place + name
 * ("Huyện ủy Đắk Mil Trần Văn Thương"). Every parser looks at a bounded
 * number of tokens (MAX_* below), so scanning an article stays linear even on
 * adversarial input (1 MB of repeated titles or names).
 */
import {
  ETHNIC_START_SET,
  HISTORICAL_SET,
  MIDDLE_NAME_SET,
  ORG_NUMBER_SET,
  PLACE_NAME_SET,
  PROVINCE_SET,
  PURPOSE_HEAD_SET,
  PURPOSE_WORD_SET,
  clauseWordAt,
  foldRange,
  orgWordsAt,
  phraseAt,
  phraseOfKind,
  wordIn,
  W_PURPOSE_HEAD_FIRST,
  W_PURPOSE_HEAD_LAST,
  W_SURNAME,
  K_BODY,
  K_HONORIFIC,
  K_JOINER,
  K_MODIFIER,
  K_ORG,
  K_PLACE,
  K_PLURAL,
  K_RANK,
  K_ROLE,
  K_SECTOR,
  K_TAKES_POST,
  K_TERM,
  has,
  hasKind,
  type PhraseMatch,
} from './phrases.js';
import { MAX_ORG_WORDS, MAX_PURPOSE_TOKENS } from './lexicon.js';
import {
  isAcronym,
  isApostropheName,
  isAsciiWord,
  isDash,
  isLowerWord,
  isTitleCase,
  isUpperSyllable,
  isWord,
  type Token,
  type Tokens,
} from './tokens.js';

const MAX_PARTS = 10;
const MAX_TITLES = 10;
const MAX_RUN = 8;
const MAX_NAME = 5;

/** A capitalised run of tokens [from, to) at the end of a title: a place or organisation name, maybe ending in a person's name. */
export interface Tail {
  from: number;
  to: number;
  /**
   * After an organisation head with no sector, the run must keep a name of its own ("Công ty
   * Hoàng Long"); `weak` after lower-case words of an organisation's name: the whole run is a
   * person only with a middle name ("Trung tâm Y tế dự phòng Nguyễn Thị Mai", not "Trường THPT
   * chuyên Lê Quý Đôn").
   */
  needsPrefix: boolean | 'weak';
}

export interface TitleSpan {
  /** Token range [startTok, endTok). */
  startTok: number;
  endTok: number;
  /** The title ends with a sector ("Ban KT - XH"), so a parent body may follow after a comma. */
  endsWithSector: boolean;
  /** The title ends with the name of a unit below a department ("Phòng Giáo dục tiểu học"), so a parent organisation may follow after a comma. */
  endsWithSubUnit: boolean;
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

/** Kinds that end an organisation's name written in lower-case words. */
const ENDS_ORG_NAME = K_ROLE | K_BODY | K_PLACE | K_TERM | K_JOINER | K_TAKES_POST | K_HONORIFIC | K_PLURAL;

/** A token that may start a personal name when no honorific vouches for it. */
export const startsName = (t: Token): boolean => wordIn(t, W_SURNAME) || isApostropheName(t);

/** A role, a body or a place word starts at `j` ("Tỉnh ủy" ends a place name, "Bí thư" a name). */
function startsTitlePart(tokens: Tokens, j: number): boolean {
  const m = phraseAt(tokens, j);
  return !!m && (hasKind(m.info, K_ROLE) || hasKind(m.info, K_BODY) || hasKind(m.info, K_PLACE));
}

/** A capitalised run of place/organisation name tokens from `i` (a province with a dash, "Bà Rịa - Vũng Tàu", stays whole). */
function capitalisedRun(tokens: Tokens, i: number): Tail | null {
  let j = i;
  while (j < tokens.length && j - i < MAX_RUN && (isTitleCase(tokens[j]) || isAcronym(tokens[j])) && !startsTitlePart(tokens, j)) {
    j++;
    if (isDash(tokens[j]) && j + 2 < tokens.length) {
      for (const k of [j + 3, j + 2]) {
        if (k <= tokens.length && PROVINCE_SET.has(foldRange(tokens, i, k))) j = k;
      }
    }
  }
  return j > i ? { from: i, to: j, needsPrefix: false } : null;
}

/** `số 3`, `số II` after an organisation: the token index after the number, or 0. */
function orgNumberAt(tokens: Tokens, j: number): number {
  const t = tokens[j];
  const n = tokens[j + 1];
  if (!t || !n || !ORG_NUMBER_SET.has(t.lower)) return 0;
  return /^(?:\d{1,3}|[IVX]{1,5})$/u.test(n.text) ? j + 2 : 0;
}

/** Sectors joined by và, - or – ("Tài nguyên và Môi trường", "KT - XH"); returns the token index after them. */
function sectorSequence(tokens: Tokens, i: number): number | null {
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

/** A number closing a place or unit ("khu phố 5", "Phường 12", "thôn 3"): the token index after it, or 0. */
function placeNumberAt(tokens: Tokens, j: number): number {
  const t = tokens[j];
  if (!t || !/^(?:\d{1,3}[A-Z]?|[IVX]{1,5})$/u.test(t.text)) return 0;
  const n = tokens[j + 1];
  // "tỉnh 2 lần": a count, not the unit's number
  if (n && isLowerWord(n) && !clauseWordAt(tokens, j + 1) && !startsTitlePart(tokens, j + 1)) return 0;
  return j + 1;
}

/** Where a title stands while its parts are read. */
interface TitleState {
  j: number;
  tail: Tail | null;
  endsWithSector: boolean;
  endsWithSubUnit: boolean;
}

/**
 * The name of an organisation from `j`, after its head: sectors ("Sở Tài chính"), a number
 * ("Trường THCS số 2"), a capitalised name ("Công ty Hoàng Long"), and, unless the head's name
 * is closed (Sở, Bộ), ordinary lower-case words and a parenthesised acronym ("Trung tâm Y tế
 * dự phòng (CDC)", "Công ty CP Đầu tư phát triển Sài Gòn") up to the clause's verb.
 */
function orgName(tokens: Tokens, st: TitleState, open: boolean, subUnit: boolean): void {
  // "Ban Chỉ đạo thực hiện chính sách BHXH, BHYT": a committee named by its purpose
  const purpose = purposeStart(tokens, st.j);
  if (purpose >= 0) {
    const end = purposeEnd(tokens, purpose);
    if (end > purpose) {
      st.j = end;
      st.tail = null;
      st.endsWithSector = false;
      st.endsWithSubUnit = false;
      return;
    }
  }
  let j = st.j;
  const s = sectorSequence(tokens, j);
  st.endsWithSector = s !== null;
  if (s !== null) j = s;
  // "Đội Quản lý thị trường số 3", "Trường THCS số 2": the unit's number is part of its name
  let numbered = orgNumberAt(tokens, j);
  if (numbered) j = numbered;
  let tail = capitalisedRun(tokens, j);
  if (tail && !numbered) {
    numbered = orgNumberAt(tokens, tail.to);
    if (numbered) tail = capitalisedRun(tokens, (j = numbered));
  }
  if (numbered) st.endsWithSector = false;
  if (tail) {
    tail.needsPrefix = s === null && !numbered;
    j = tail.to;
  }
  st.endsWithSubUnit = subUnit;
  // a number closes the unit's name ("Đội Quản lý thị trường số 3 tiến hành ...")
  if (open && !numbered) {
    const ext = orgNameWords(tokens, j, tail);
    if (ext.end > j) {
      j = ext.end;
      tail = ext.tail;
      st.endsWithSector = false;
    }
  }
  st.j = j;
  st.tail = tail;
}

/**
 * An organisation's name going on in ordinary words from `j`: lower-case words up to a clause
 * word, a title part, punctuation or a number, then maybe a capitalised name or a parenthesised
 * acronym, and again. A run of lower-case words that reaches MAX_ORG_WORDS with no end in sight
 * is no name (the clause's verb is not one the lexicon knows); nor are lower-case words after a
 * capitalised run that ends in a person's name ("Công ty Điện lực Nguyễn Văn A kiểm tra").
 */
function orgNameWords(tokens: Tokens, j: number, tail: Tail | null): { end: number; tail: Tail | null } {
  let end = j;
  let k = j;
  let words = 0;
  let closed = false;
  for (let parts = 0; parts < MAX_PARTS && k < tokens.length; parts++) {
    const t = tokens[k];
    if (t.text === '(' && tokens[k + 1] && isAcronym(tokens[k + 1]) && tokens[k + 2]?.text === ')') {
      k += 3;
      end = k;
      tail = null;
      continue;
    }
    if (isLowerWord(t)) {
      // after a proper name ("Hoa Sen", "Thành Công") the organisation's name is over; only a
      // capitalised word opening a lower-case name goes on ("CP Đầu tư phát triển", "Cảng hàng
      // không", "THPT chuyên"), and never after a person's name
      if (tail && tail.to === k && (!opensLowerName(tokens, tail) || splitTail(tokens, tail))) break;
      let w = k;
      while (w < tokens.length && words <= MAX_ORG_WORDS && isLowerWord(tokens[w])) {
        if (clauseWordAt(tokens, w)) break;
        const m = phraseAt(tokens, w);
        const named = orgWordsAt(tokens, w) || (m && hasKind(m.info, K_ORG) ? m.end : 0);
        if (!named && m && hasKind(m.info, K_SECTOR) && ((m.info.mask & (m.info.mask - 1)) === 0 || !hasKind(m.info, K_PLACE))) {
          words += m.end - w;
          w = m.end;
          continue;
        }
        if (!named && m && (m.info.mask & ENDS_ORG_NAME) !== 0)
          break;
        if (tokens[w].lower === 'và') {
          // "và" joins two sectors of one name, not two people or two clauses
          const next = phraseOfKind(tokens, w + 1, 'sector');
          if (!next) break;
          words += next.end - w;
          w = next.end;
          continue;
        }
        const numbered = orgNumberAt(tokens, w);
        if (numbered) {
          // "Đoàn công tác số 3": the number closes the name
          w = numbered;
          closed = true;
          break;
        }
        const n = named || w + 1;
        words += n - w;
        w = n;
      }
      if (words > MAX_ORG_WORDS || w === k) break;
      k = w;
      end = k;
      tail = null;
      if (closed) break;
      continue;
    }
    if (isDash(t) && end === k && tail === null && k > j) {
      // "Phòng Quản lý thu - Sổ, thẻ": a dash between two parts of one name, before a word that
      // opens no title part, name or organisation
      const n = tokens[k + 1];
      const m = phraseAt(tokens, k + 1);
      if (!n || !isTitleCase(n) || startsName(n) || (m && (m.info.mask & (ENDS_ORG_NAME | K_ORG | K_RANK | K_SECTOR)) !== 0)) break;
      k = end = orgWordsAt(tokens, k + 1) || k + 2;
      continue;
    }
    if (end === k && tail === null && k > j && (isTitleCase(t) || isAcronym(t))) {
      // another organisation ("Công đoàn cơ sở Công ty ..."): read by the title's parts
      if (has(phraseAt(tokens, k), K_ORG)) break;
      const run = capitalisedRun(tokens, k);
      if (!run) break;
      run.needsPrefix = 'weak';
      tail = run;
      k = end = run.to;
      continue;
    }
    break;
  }
  return { end, tail };
}

/** Where a committee's purpose starts at `j`, after its head ("Ban Chỉ đạo |", "Trưởng ban | Chỉ đạo"), or -1. */
function purposeStart(tokens: Tokens, j: number): number {
  // a head's key ends with the word before j (or starts with the word at j): most places test one word, fold nothing
  if (j > tokens.length || (j > 0 && wordIn(tokens[j - 1], W_PURPOSE_HEAD_LAST)))
    for (let n = 1; n <= 2 && n <= j; n++) if (PURPOSE_HEAD_SET.has(foldRange(tokens, j - n, j))) return j;
  if (j < tokens.length && !wordIn(tokens[j], W_PURPOSE_HEAD_FIRST)) return -1;
  const m = phraseOfKind(tokens, j, 'sector');
  return m && PURPOSE_HEAD_SET.has(foldRange(tokens, j, m.end)) ? m.end : -1;
}

/**
 * The place word at `p` closes a committee's purpose ("Ban Chỉ đạo phòng, chống tham nhũng |tỉnh"):
 * it is part of a title, not a place mentioned in prose (see the evidence pass of ./index.ts).
 */
export function closesPurpose(tokens: Tokens, p: number): boolean {
  for (let h = p - 1; h > 0 && h >= p - MAX_PURPOSE_TOKENS - 1; h--) {
    const start = purposeStart(tokens, h);
    if (start >= 0 && start < p) return purposeEnd(tokens, start) === p;
  }
  return false;
}

/** A phrase that ends a committee's purpose: a title part, an honorific, a rank, a joiner ... (acronyms of plain organisations such as BHXH do not). */
function endsPurpose(m: PhraseMatch | null): boolean {
  if (!m || (m.info.mask & (ENDS_ORG_NAME | K_RANK)) === 0) return false;
  return !(m.info.abbreviation && (m.info.mask & (K_ROLE | K_PLACE)) === 0 && !m.info.parentBody && !m.info.takesPlaceName);
}

/**
 * A committee's purpose from `j` (see PURPOSE_HEADS): words up to a clause word that is no
 * PURPOSE_WORD, a title part, a personal name or punctuation; a comma only inside a pair such
 * as "phòng, chống" or between two acronyms ("BHXH, BHYT"); a place word only inside it
 * ("bảo hiểm xã hội"). The token index after it, or `j` when none or when it runs on past
 * MAX_PURPOSE_TOKENS.
 */
function purposeEnd(tokens: Tokens, j: number): number {
  let k = j;
  let end = j;
  while (k < tokens.length) {
    if (k - j >= MAX_PURPOSE_TOKENS) return j;
    const t = tokens[k];
    if (isLowerWord(t)) {
      const c = clauseWordAt(tokens, k);
      if (c) {
        if (!PURPOSE_WORD_SET.has(foldRange(tokens, k, c))) break;
        k = end = c;
        continue;
      }
      const o = orgWordsAt(tokens, k);
      if (o) {
        k = end = o;
        continue;
      }
      const m = phraseAt(tokens, k);
      if (endsPurpose(m)) {
        const next = tokens[m!.end];
        const inner =
          hasKind(m!.info, K_PLACE) && !hasKind(m!.info, K_ROLE) && !!next && isLowerWord(next) && !clauseWordAt(tokens, m!.end) && !startsTitlePart(tokens, m!.end);
        if (!inner) break;
        k = end = m!.end;
        continue;
      }
      // "và" joins two parts of the purpose only when a word of it follows
      if (t.lower === 'và') k++;
      else k = end = m ? m.end : k + 1;
      continue;
    }
    if (isTitleCase(t) || isAcronym(t)) {
      if (isTitleCase(t) && startsName(t)) break;
      const m = phraseAt(tokens, k);
      if (endsPurpose(m)) break;
      k = end = m ? m.end : k + 1;
      continue;
    }
    if (isWord(t) && /^\d/u.test(t.text)) {
      k = end = k + 1;
      continue;
    }
    const next = tokens[k + 1];
    if (isDash(t) && end === k && next && tokens.start[k] === tokens.end[k - 1] && tokens.start[k + 1] === tokens.end[k]) {
      // "COVID-19"
      k++;
      continue;
    }
    if (t.text === ',' && end === k && k > j && isAcronym(tokens[k - 1]) && next && isAcronym(next) && !endsPurpose(phraseAt(tokens, k + 1))) {
      k++;
      continue;
    }
    break;
  }
  return end;
}

/** A capitalised run that may open a name going on in lower-case words: acronyms and at most one capitalised word. */
function opensLowerName(tokens: Tokens, run: Tail): boolean {
  let words = 0;
  for (let k = run.from; k < run.to; k++) if (!isAcronym(tokens[k])) words++;
  return words <= 1;
}

/**
 * What a foreign mission's role names from `j`: the country or organisation ("Hàn Quốc",
 * "JICA", "của Ngân hàng Thế giới (WB)") and the place it sits in (`tại Đà Nẵng`).
 */
function representedParty(tokens: Tokens, st: TitleState): void {
  let k = st.j;
  if (tokens[k]?.lower === 'của' && tokens[k + 1] && !isLowerWord(tokens[k + 1])) k++;
  const org = phraseOfKind(tokens, k, 'org');
  if (org && !isLowerWord(tokens[k])) {
    const inner: TitleState = { j: org.end, tail: null, endsWithSector: false, endsWithSubUnit: false };
    orgName(tokens, inner, !org.info.closedName, false);
    st.j = inner.j;
    st.tail = inner.tail;
  } else {
    const party = properRun(tokens, k);
    if (!party) return;
    // the run may be the holder's name after the title ("Đại sứ Nguyễn Văn A"): left to splitTail
    st.j = party;
    st.tail = { from: k, to: party, needsPrefix: false };
  }
  k = st.j;
  if (tokens[k]?.text === '(' && tokens[k + 1] && isAcronym(tokens[k + 1]) && tokens[k + 2]?.text === ')') {
    st.j = k += 3;
    st.tail = null;
  }
  if (tokens[k]?.lower !== 'tại') return;
  // "tại Đà Nẵng", "tại TP. Hồ Chí Minh", "tại Việt Nam"; not "tại Hội nghị", "tại Lễ ..."
  const place = phraseOfKind(tokens, k + 1, 'place');
  let p = place ? place.end : k + 1;
  if (place && tokens[p]?.text === '.' && tokens.start[p] === tokens.end[p - 1]) p++;
  const run = properRun(tokens, p);
  if (!run) return;
  const key = foldRange(tokens, p, run);
  let plain = true;
  for (let q = p; q < run; q++) if (has(phraseAt(tokens, q), K_ORG)) plain = false;
  if (place || PLACE_NAME_SET.has(key) || (plain && run - p >= 2)) {
    st.j = run;
    st.tail = { from: p, to: run, needsPrefix: false };
  }
}

/** Capitalised words and acronyms from `k` that open no role ("Hàn Quốc", "Việt Nam", "JICA"): the index after them, or 0. */
function properRun(tokens: Tokens, k: number): number {
  let j = k;
  while (j < tokens.length && j - k < MAX_RUN && (isTitleCase(tokens[j]) || isAcronym(tokens[j])) && !phraseOfKind(tokens, j, 'role')) j++;
  return j > k ? j : 0;
}

/** The role ends in a place word ("Trưởng thôn", "trưởng khu phố"). */
function endsInPlaceWord(tokens: Tokens, role: PhraseMatch): boolean {
  for (let k = role.end - 1; k > role.start && k >= role.end - 3; k--)
    if (phraseOfKind(tokens, k, 'place')?.end === role.end) return true;
  return false;
}

/** A role with the parts that follow it, from token `i`; null when no role starts there. */
export function parseTitle(tokens: Tokens, i: number, opts: TitleOptions): TitleSpan | null {
  let j = i;
  if (tokens[j]?.lower === 'nguyên') j++;
  let role = phraseOfKind(tokens, j, 'role');
  if (role && role.info.listOnly && !opts.listItem) return null;
  if (!role && opts.listItem) role = unknownRole(tokens, j);
  if (!role) return null;
  const st: TitleState = { j: role.end, tail: null, endsWithSector: false, endsWithSubUnit: false };
  let takesSector = role.info.takesSector;
  if (role.info.namesUnit) {
    // "Trưởng phòng Quản lý đô thị", "Chánh Văn phòng Điều phối ...": the role names its unit
    orgName(tokens, st, true, role.info.subUnit);
    takesSector = false;
  } else if (endsInPlaceWord(tokens, role)) {
    // "Trưởng thôn Phú Lộc", "Trưởng ấp Long Hòa", "trưởng khu phố 5": a role ending in a place word takes its name
    st.tail = capitalisedRun(tokens, st.j);
    if (st.tail) st.j = st.tail.to;
    else st.j = placeNumberAt(tokens, st.j) || st.j;
  } else if (role.info.represents) {
    representedParty(tokens, st);
  }
  parseParts(tokens, st, takesSector);
  return { startTok: i, endTok: st.j, endsWithSector: st.endsWithSector, endsWithSubUnit: st.endsWithSubUnit, tail: st.tail };
}

/** The parts of a title after its role: modifiers, bodies, organisations with their names, places. */
function parseParts(tokens: Tokens, st: TitleState, takesSector: boolean): void {
  for (let parts = 0; parts < MAX_PARTS && st.j < tokens.length; parts++) {
    const j = st.j;
    const m = phraseAt(tokens, j);
    if (takesSector && isAcronym(tokens[j]) && !m) {
      // "Giám đốc CDC Đà Nẵng": an organisation known by its acronym, then its place
      const tail = capitalisedRun(tokens, j);
      if (tail) {
        tail.needsPrefix = true;
        st.tail = tail;
        st.j = tail.to;
      }
      break;
    }
    if (takesSector) {
      takesSector = false;
      const s = sectorSequence(tokens, j);
      if (s !== null && (!m || s >= m.end)) {
        st.j = s;
        st.endsWithSector = true;
        st.endsWithSubUnit = false;
        st.tail = null;
        continue;
      }
    }
    if (!m || hasKind(m.info, K_TERM) || (hasKind(m.info, K_ROLE) && !hasKind(m.info, K_BODY))) break;
    // Organisations are written with a capital ("Sở", "Ban"; "báo cáo" is a verb), and after a
    // capitalised run only a capitalised part can continue the title (the run may end in a name).
    const capital = m.info.abbreviation || !isLowerWord(tokens[j]);
    if (!capital && ((st.tail && !acronymsOnly(tokens, st.tail)) || (hasKind(m.info, K_ORG) && !hasKind(m.info, K_BODY) && !hasKind(m.info, K_PLACE)))) break;
    if (hasKind(m.info, K_MODIFIER) || hasKind(m.info, K_BODY)) {
      st.j = m.end;
      // "HĐND - UBND xã": two bodies joined by a dash are one
      const joined = isDash(tokens[st.j]) && m.info.abbreviation ? phraseAt(tokens, st.j + 1) : null;
      if (joined && joined.info.abbreviation && hasKind(joined.info, K_BODY) && !hasKind(joined.info, K_ROLE)) st.j = joined.end;
      st.endsWithSector = false;
      st.endsWithSubUnit = false;
      st.tail = null;
      if (m.info.takesPlaceName) {
        st.tail = capitalisedRun(tokens, st.j);
        if (st.tail) st.j = st.tail.to;
      }
    } else if (hasKind(m.info, K_ORG)) {
      st.j = m.end;
      st.tail = null;
      orgName(tokens, st, !m.info.closedName, m.info.subUnit);
    } else if (hasKind(m.info, K_PLACE)) {
      st.j = m.end;
      if (tokens[st.j]?.text === '.' && tokens.start[st.j] === tokens.end[st.j - 1] && /^T[PpX]$/u.test(tokens[st.j - 1].text)) st.j++;
      st.endsWithSector = false;
      st.endsWithSubUnit = false;
      st.tail = capitalisedRun(tokens, st.j);
      if (st.tail) st.j = st.tail.to;
      else st.j = placeNumberAt(tokens, st.j) || st.j;
    } else {
      break;
    }
  }
}

/** The run is acronyms only ("THCS", "PT DTNT"): it cannot end in a person's name. */
function acronymsOnly(tokens: Tokens, run: Tail): boolean {
  for (let k = run.from; k < run.to; k++) if (!isAcronym(tokens[k])) return false;
  return true;
}

/**
 * Inside a list of titles, an unknown capitalised word pair right before a parent body is read
 * as a role ("..., Trường trực Tỉnh ủy Hậu Giang": a misspelt post is still a post).
 */
function unknownRole(tokens: Tokens, j: number): PhraseMatch | null {
  const a = tokens[j];
  const b = tokens[j + 1];
  if (!a || !b || !isTitleCase(a) || !isLowerWord(b) || startsName(a)) return null;
  const body = phraseAt(tokens, j + 2);
  if (!body || !(body.info.parentBody || body.info.takesPlaceName)) return null;
  return { start: j, end: j + 2, info: { ...body.info, kinds: new Set(['role']), mask: K_ROLE, takesSector: false, listOnly: false } };
}

/** Term qualifiers after a title ("khóa XVIII", "nhiệm kỳ 2021 - 2026"): the token index after them. */
export function skipTerms(tokens: Tokens, i: number): number {
  let j = i;
  for (let n = 0; n < 3; n++) {
    const m = phraseAt(tokens, j);
    if (!has(m, K_TERM)) break;
    j = m!.end;
    // the term's value: a numeral or a year range such as 2021 - 2026
    if (isWord(tokens[j]) && !isLowerWord(tokens[j])) j++;
    else if (tokens[j]?.lower === 'thứ') j += 2;
    if (isDash(tokens[j]) && /^\d/.test(tokens[j + 1]?.text ?? '')) j += 2;
  }
  return j;
}

/** A separator between titles at `i`: , - – or a joiner (kiêm); returns its length in tokens. */
function separatorAt(tokens: Tokens, i: number): number {
  const t = tokens[i];
  if (!t) return 0;
  if (t.text === ',' || isDash(t)) return 1;
  const m = phraseAt(tokens, i);
  return has(m, K_JOINER) ? m!.end - i : 0;
}

/**
 * One or more titles from `i`, joined by separators, term qualifiers skipped. Before a name
 * (`beforeName`), the list stops at a title whose capitalised tail ends in a person's name:
 * "Bộ trưởng Bộ X Nguyễn Chí Dũng, Bộ trưởng Bộ Y ..." is two people.
 */
export function parseTitleList(
  tokens: Tokens,
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
    const parent = tokens[after].text === ',' && (last.endsWithSector || last.endsWithSubUnit) ? phraseAt(tokens, k) : null;
    if (
      parent &&
      !isLowerWord(tokens[k]) &&
      !(hasKind(parent.info, K_ROLE) && !hasKind(parent.info, K_BODY)) &&
      (parent.info.parentBody || (last.endsWithSubUnit && (parent.info.parentOrg || hasKind(parent.info, K_BODY))))
    ) {
      // "Trưởng Ban KT - XH, HĐND huyện", "Trưởng phòng Giáo dục tiểu học, Sở GD&ĐT": the unit's
      // parent belongs to the same title
      const st: TitleState = { j: k, tail: null, endsWithSector: false, endsWithSubUnit: false };
      parseParts(tokens, st, false);
      last.endTok = st.j;
      last.endsWithSector = false;
      last.endsWithSubUnit = false;
      last.tail = st.tail;
      end = st.j;
      continue;
    }
    const next = parseTitle(tokens, k, { listItem: true });
    if (!next) break;
    titles.push(next);
    end = next.endTok;
  }
  return { titles, end };
}

export interface NameOptions {
  /** Without an honorific, a name must start with a family name (or an ethnic-name syllable). */
  requireSurname: boolean;
  minLength: number;
}

/** A personal name at `i`: 1–5 capitalised syllables (or upper-case syllables), stopping before a role or an abbreviation. */
export function parseName(tokens: Tokens, i: number, opts: NameOptions): NameSpan | null {
  const first = tokens[i];
  if (!first || !isWord(first)) return null;
  const upper = !isTitleCase(first) && isUpperSyllable(first);
  if (!upper && !isTitleCase(first)) return null;
  // (the family-name test, below in the order of the rules, settles most runs before the walk)
  if (opts.requireSurname && !startsName(first)) return null;
  let j = i;
  let length = 0;
  while (j < tokens.length && length <= MAX_NAME) {
    const t = tokens[j];
    if (upper ? !isUpperSyllable(t) : !isTitleCase(t)) break;
    const m = phraseAt(tokens, j);
    if (m && (m.info.abbreviation || hasKind(m.info, K_ROLE))) break;
    j += upper ? 1 : hyphenatedPart(tokens, j);
    length++;
  }
  // A lone ethnic-minority name with a glottal apostrophe (K’Muôi) is a full name.
  const minLength = length === 1 && isApostropheName(first) ? 1 : opts.minLength;
  if (length < minLength || length > MAX_NAME) return null;
  if (opts.requireSurname && !startsName(first)) return null;
  const key = foldRange(tokens, i, j);
  if (HISTORICAL_SET.has(key) || PLACE_NAME_SET.has(key)) return null;
  return { startTok: i, endTok: j };
}

/**
 * Tokens of one name part at `j`: 3 for a hyphenated foreign given name written without spaces
 * ("Ji-young", "Sung-ho", "Jean-Pierre"; Latin letters only, so "Lan-K’Muôi" and "A-Chủ tịch"
 * stay apart), else 1.
 */
function hyphenatedPart(tokens: Tokens, j: number): number {
  const a = tokens[j];
  const dash = tokens[j + 1];
  const b = tokens[j + 2];
  if (!dash || !b || dash.text !== '-' || tokens.start[j + 1] !== tokens.end[j] || tokens.start[j + 2] !== tokens.end[j + 1]) return 1;
  return isAsciiWord(a) && isAsciiWord(b) && isWord(b) ? 3 : 1;
}

const LENGTH_SCORE: Record<number, number> = { 1: 0.5, 2: 1, 3: 3, 4: 2.5, 5: 1.5 };

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
export function placeNameAfter(tokens: Tokens, p: number): Tail | null {
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
export function splitTail(tokens: Tokens, tail: Tail, evidence: NameEvidence = NO_EVIDENCE): NameSpan | null {
  const n = tail.to - tail.from;
  const before = tokens[tail.from - 1];
  // after "tỉnh", a run that is no province is a person: the 63 provinces are all known
  const afterProvinceWord = !!before && before.lower === 'tỉnh' && !tail.needsPrefix;
  let best: { k: number; score: number } | null = null;
  for (let k = 0; k <= n - 1; k++) {
    const len = n - k;
    if (len > MAX_NAME) continue;
    const first = tokens[tail.from + k];
    const key = foldRange(tokens, tail.from + k, tail.to);
    const vouched = evidence.vouched.has(key);
    if (k === 0 && tail.needsPrefix === true) continue;
    // after lower-case words of an organisation's name, the whole run is a person only with a middle name
    if (k === 0 && tail.needsPrefix === 'weak' && !(len >= 3 && MIDDLE_NAME_SET.has(tokens[tail.from + 1].lower)) && !vouched) continue;
    const prefix = k > 0 ? foldRange(tokens, tail.from, tail.from + k) : '';
    const placeBefore = k > 0 && (PROVINCE_SET.has(prefix) || evidence.places.has(prefix));
    if (len === 1) {
      // a lone glottal-apostrophe name (K’Nam) right after "tỉnh" or a province
      if (!isApostropheName(first) || !(placeBefore || (k === 0 && afterProvinceWord))) continue;
    } else if (!startsName(first)) continue;
    // two syllables after an organisation or district name are more likely part of it ("Công ty
    // TNHH Hoàng Long", "huyện Lâm Hà"), unless an ethnic-minority name opens them ("Ksor Phước")
    // or they follow "tỉnh" (no province has a person's name)
    if (len === 2 && !placeBefore && !vouched && !(k === 0 && afterProvinceWord) && !(ETHNIC_START_SET.has(first.lower) && (k > 0 || !tail.needsPrefix)))
      continue;
    if (HISTORICAL_SET.has(key) || PLACE_NAME_SET.has(key) || (evidence.places.has(key) && !vouched)) continue;
    let score = LENGTH_SCORE[len];
    if (len >= 3 && MIDDLE_NAME_SET.has(tokens[tail.from + k + 1].lower)) score += 2;
    if (placeBefore) score += 2;
    if (vouched) score += 3;
    if (!best || score > best.score) best = { k, score };
  }
  return best ? { startTok: tail.from + best.k, endTok: tail.to } : null;
}
