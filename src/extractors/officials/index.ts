/**
 * Officials: people holding a position, one record per distinct person with
 * every title and every mention (SPEC `officials`).
 *
 * The scan walks the tokens once, left to right, and at each token tries, in
 * order:
 *  1. a plural honorific with a group label: `các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: A, B; C`
 *     (the label is a title of each; a body label such as `Thường trực Tỉnh ủy` is no title
 *     and gives no group);
 *  2. honorific + name + `,`/`-`/`–` (or nothing) + titles: `ông Lưu Văn Trung, Phó Bí thư ...`,
 *     `Trần Quốc Bảo UVBTVTU`, `ông X tái đắc cử chức Chủ tịch HĐND tỉnh`; then list items after
 *     `;`, `và` or `,` (`A, nguyên Chủ tịch HĐND huyện; ông B, ... và bà C, ...`);
 *     several names then the post they take share it (`các đồng chí A và B được bầu làm Phó Bí
 *     thư Huyện ủy`), or take one post each, in order (`A, B lần lượt được bầu giữ chức Chủ tịch,
 *     Phó Chủ tịch HĐND tỉnh`);
 *  3. [honorific] titles + name: `Phó Chủ tịch UBND tỉnh Trương Thanh Tùng`,
 *     `Bí thư Huyện ủy Đắk Mil Trần Văn Thương`, `Bí thư Thị ủy - Lê Minh Khôi`; after a plural
 *     marker (`các`, `hai` ...), every name joined by `,` or `và` holds the title
 *     (`các Phó Chủ tịch UBND tỉnh A và B`);
 *  4. name + titles with no honorific: the name must start with a family name;
 *  5. honorific + name with no title (`Ông Khôi`, `đồng chí Hà Trung Ký`): kept only when it
 *     names a person found with a title, then merged into that person.
 * Names inside bylines (../../metadata/authors.ts) and photo credits (`Ảnh: ...`) are skipped.
 * Before the scan, one pass gathers what the article says elsewhere about capitalised runs
 * (`tại huyện X` makes X a place, `ông Y` makes Y a person); the split of a title's tail into
 * place + name uses it (`Chủ tịch UBND huyện X` is then no person).
 */
import type { Extractor, ExtractionContext } from '../types.js';
import type { OfficialRecord, Span } from '../../types.js';
import { findBylines } from '../../metadata/authors.js';
import { tokenize, isDash, isLowerWord, isTitleCase, isUpperSyllable, isWord, type Tokens } from './tokens.js';
import {
  F_ACTIVE,
  F_OPENS_HONORIFIC,
  F_OPENS_PLACE,
  K_HONORIFIC,
  K_PLURAL,
  K_RANK,
  K_TAKES_POST,
  TITLE_LAST_WORDS,
  W_PLURAL_MARKER,
  foldRange,
  has,
  hasKind,
  phraseAt,
  phraseOfKind,
  wordIn,
} from './phrases.js';
import {
  closesPurpose,
  parseName,
  parseTitleList,
  placeNameAfter,
  skipTerms,
  splitTail,
  type NameEvidence,
  type NameSpan,
  type TitleSpan,
} from './grammar.js';
import { cleanTitle, expandTitle, foldTitle } from './titles.js';

export { expandTitle } from './titles.js';

/**
 * Photo credits: the rest of the line (or parenthesis) after `Ảnh:`. The label is found by
 * PHOTO_CREDIT, then checked to start no word (ENDS_IN_LETTER_OR_DIGIT on the text before it)
 * rather than by a leading look-behind (with one, V8 tries the pattern at every position of the
 * text), and only then extended by PHOTO_CREDIT_REST (so that a label inside a word costs no
 * walk to the end of its line).
 */
const PHOTO_CREDIT = /(?:Ảnh|ẢNH|ảnh|Nguồn ảnh|Ảnh minh họa)\s*:/gu;
const PHOTO_CREDIT_REST = /[^\n)]*/uy;
const ENDS_IN_LETTER_OR_DIGIT = /[\p{L}\p{N}]$/u;
/** Words before a capitalised run that make it a place or an organisation, not a person. */
const PLACE_BEFORE = new Set([
  'tỉnh', 'huyện', 'xã', 'phường', 'trấn', 'quận', 'thôn', 'ấp', 'bản', 'buôn', 'làng', 'phố', 'đường',
  'sở', 'ban', 'bộ', 'phòng', 'cục', 'viện', 'tâm', 'trường', 'ty', 'đoàn', 'hội', 'tp', 'tx', 'khu', 'cụm',
  'chợ', 'cầu', 'sông', 'hồ', 'núi', 'đèo', 'ngã', 'số', 'ủy', 'xóm', 'tổ', 'đội', 'dân', 'đảo', 'vùng',
]);
const MAX_ITEMS = 40;
/** Tokens after which a capitalised word is a sentence's first word. */
const SENTENCE_START = new Set(['\n', '.', '!', '?', ':', '(', '"', '“']);

/** Which tokens overlap one of the spans (1), by binary search from each span: the spans are few. */
function excludedTokens(tokens: Tokens, spans: { start: number; end: number }[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  for (const span of spans) {
    // the first token ending after the span's start
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (tokens.end[mid] > span.start) hi = mid;
      else lo = mid + 1;
    }
    for (let i = lo; i < tokens.length && tokens.start[i] < span.end; i++) out[i] = 1;
  }
  return out;
}

interface Mention {
  start: number;
  end: number;
  name: string;
  key: string;
  honorific: string | null;
  titles: string[];
  /** A lone given name ("Ông Khôi"), resolved against the full names. */
  short: boolean;
}

interface NameItem {
  /** Token index where the item starts (its honorific, if any). */
  from: number;
  name: NameSpan;
  honorific: Honorific | null;
}

/** The last list of names read by `moreNames`, indexed by the token after each item. */
interface NameList {
  vouched: boolean;
  items: NameItem[];
  itemAfter: Map<number, number>;
}

interface Honorific {
  end: number;
  text: string | null;
  plural: boolean;
}

/** "Kính thưa đồng chí" → "đồng chí"; "các ông" → "ông"; "các ông, bà" (either) → null; a rank as written. */
function honorificWord(raw: string): string | null {
  let word = HONORIFIC_WORDS.get(raw);
  if (word === undefined) {
    // a cache: the wordings of honorifics are few ("ông", "Bà", "đồng chí" ...)
    if (HONORIFIC_WORDS.size >= 1024) HONORIFIC_WORDS.clear();
    HONORIFIC_WORDS.set(raw, (word = readHonorificWord(raw)));
  }
  return word;
}
const HONORIFIC_WORDS = new Map<string, string | null>();

function readHonorificWord(raw: string): string | null {
  const s = raw
    .toLowerCase()
    .replace(/^(?:kính thưa|thưa)\s+/u, '')
    .replace(/^các\s+/u, '')
    .trim();
  return /,|ông bà/u.test(s) ? null : s;
}

class Scanner {
  readonly tokens: Tokens;
  readonly excluded: Uint8Array;
  readonly titled: Mention[] = [];
  readonly untitled: Mention[] = [];
  readonly evidence: NameEvidence;
  private lastList: NameList | null = null;
  /** honorificAt by token index, once asked (undefined before). */
  private readonly honorifics: (Honorific | null | undefined)[];

  constructor(readonly text: string) {
    this.tokens = tokenize(text);
    this.honorifics = new Array<Honorific | null | undefined>(this.tokens.length);
    const spans: { start: number; end: number }[] = findBylines(text);
    PHOTO_CREDIT.lastIndex = 0;
    for (let m = PHOTO_CREDIT.exec(text); m !== null; m = PHOTO_CREDIT.exec(text)) {
      if (m.index > 0 && ENDS_IN_LETTER_OR_DIGIT.test(text.slice(Math.max(0, m.index - 2), m.index))) {
        // inside a word: look again from the next position, as the look-behind would
        PHOTO_CREDIT.lastIndex = m.index + 1;
        continue;
      }
      PHOTO_CREDIT_REST.lastIndex = PHOTO_CREDIT.lastIndex;
      PHOTO_CREDIT_REST.test(text);
      spans.push({ start: m.index, end: PHOTO_CREDIT_REST.lastIndex });
      PHOTO_CREDIT.lastIndex = PHOTO_CREDIT_REST.lastIndex;
    }
    this.excluded = excludedTokens(this.tokens, spans);
    this.evidence = this.gatherEvidence();
  }

  /**
   * One pass over the article for what it says about capitalised runs: a run after a place
   * word that follows no title word ("tại huyện Hoàng Su Phì", "(xã Lát)") is a place; a name
   * after a singular honorific ("ông Lê Hoa") is a person.
   */
  private gatherEvidence(): NameEvidence {
    const tokens = this.tokens;
    const flags = tokens.flags;
    const places = new Set<string>();
    const vouched = new Set<string>();
    for (let p = 0; p < tokens.length; p++) {
      // both a place word and an honorific (or a rank) open a lexicon phrase of their kind
      if ((flags[p] & (F_OPENS_PLACE | F_OPENS_HONORIFIC)) === 0 || this.excluded[p] === 1) continue;
      const run = placeNameAfter(tokens, p);
      if (run) {
        const prev = tokens[p - 1];
        // a plain word before the place word: lower-case, or capitalised only as a sentence's first word ("Tại huyện X")
        const plain =
          !!prev &&
          !TITLE_LAST_WORDS.has(prev.lower) &&
          (isLowerWord(prev) || (isTitleCase(prev) && SENTENCE_START.has(tokens[p - 2]?.text ?? '\n'))) &&
          !closesPurpose(tokens, p);
        if (!prev || !isWord(prev) || plain) places.add(foldRange(tokens, run.from, run.to));
      }
      const h = this.honorificAt(p);
      if (h && !h.plural && h.text) {
        const name = parseName(tokens, h.end, { requireSurname: false, minLength: 2 });
        if (name) vouched.add(foldRange(tokens, name.startTok, name.endTok));
      }
    }
    return { places, vouched };
  }

  scan(): void {
    let i = 0;
    const flags = this.tokens.flags;
    while (i < flags.length) {
      // at a token that opens no role, honorific or rank and is no plural marker, `nguyên` or
      // capitalised word, tryAt finds nothing (F_ACTIVE, ./phrases.ts)
      const next = (flags[i] & F_ACTIVE) === 0 || this.excluded[i] === 1 ? i + 1 : this.tryAt(i);
      i = next > i ? next : i + 1;
    }
  }

  private tryAt(i: number): number {
    const h = this.honorificAt(i);
    if (h) {
      if (h.plural) {
        const g = this.tryGroup(h);
        if (g) return g;
      }
      return this.tryNameFirst(i, h.end, h, true) || this.tryTitleFirst(i, h.end, h) || this.tryUntitled(i, h) || h.end;
    }
    const t = this.tokens[i];
    if (wordIn(t, W_PLURAL_MARKER) && this.titleAt(i + 1)) {
      // "các Phó Chủ tịch UBND tỉnh A và B": a plural title, shared by every name after it
      const plural: Honorific = { end: i + 1, text: null, plural: true };
      const r = this.tryGroup(plural) || this.tryTitleFirst(i, i + 1, plural);
      if (r) return r;
    }
    if (this.titleAt(i)) {
      const r = this.tryTitleFirst(i, i, null);
      if (r) return r;
    }
    if (this.runStart(i)) return this.tryNameFirst(i, i, null, false);
    return 0;
  }

  /** A role (maybe `nguyên` + role) starts at `i`. */
  private titleAt(i: number): boolean {
    const t = this.tokens[i];
    if (!t) return false;
    return !!phraseOfKind(this.tokens, i, 'role') || (t.lower === 'nguyên' && !!phraseOfKind(this.tokens, i + 1, 'role'));
  }

  /** honorificAt, memoised by token index (the evidence pass and the scan both ask). */
  private honorificAt(i: number): Honorific | null {
    const t = this.tokens[i];
    // an honorific or a rank opens a lexicon phrase of its kind
    if (t === undefined || (t.flags & F_OPENS_HONORIFIC) === 0) return null;
    let h = this.honorifics[i];
    if (h === undefined) this.honorifics[i] = h = this.readHonorific(i);
    return h;
  }

  private readHonorific(i: number): Honorific | null {
    let m = phraseAt(this.tokens, i);
    let end = i;
    let text: string | null = null;
    let plural = false;
    if (m && (hasKind(m.info, K_HONORIFIC) || hasKind(m.info, K_PLURAL))) {
      plural = hasKind(m.info, K_PLURAL);
      text = honorificWord(this.slice(i, m.end));
      end = m.end;
      m = phraseAt(this.tokens, end);
    }
    if (m && hasKind(m.info, K_RANK)) {
      text ??= this.slice(end, m.end);
      end = m.end;
    }
    if (end === i) return null;
    if (this.tokens[end]?.text === ':') end++;
    return { end, text, plural };
  }

  /** A capitalised run begins here, not after a place or organisation word. */
  private runStart(i: number): boolean {
    const t = this.tokens[i];
    if (!isTitleCase(t)) return false;
    const prev = this.tokens[i - 1];
    if (!prev) return true;
    if (isWord(prev) && (isTitleCase(prev) || isUpperSyllable(prev))) return false;
    return !PLACE_BEFORE.has(prev.lower) && prev.text !== '.';
  }

  /** honorific? + name + separator + titles, then list items after it. Returns the token index after, or 0. */
  private tryNameFirst(from: number, i: number, h: Honorific | null, vouched: boolean, continueList = true): number {
    const tokens = this.tokens;
    const name = parseName(tokens, i, { requireSurname: !vouched, minLength: 2 });
    if (!name || this.isExcluded(name)) return 0;
    // with no honorific, two syllables are a name only before the post taken ("Ksor H’Bia tái cử Chủ tịch ...")
    if (!vouched && name.endTok - name.startTok < 3 && !has(phraseAt(tokens, name.endTok), K_TAKES_POST)) return 0;
    let j = name.endTok;
    const sep = tokens[j];
    let glued = false;
    if (sep && (sep.text === ',' || isDash(sep) || sep.text === '(')) j++;
    else glued = true;
    let titles: TitleSpan[] = [];
    let end = j;
    const list = parseTitleList(tokens, j, true);
    if (list && (!glued || h || phraseAt(tokens, j)?.info.abbreviation)) {
      titles = list.titles;
      end = list.end;
    }
    // "các đồng chí A và B được bầu làm Phó Bí thư Huyện ủy": names sharing the post taken
    if (!titles.length && h) {
      const others = this.moreNames(name.endTok, h.plural);
      if (others.length) return this.sharedPost(from, name, h, others);
    }
    // "ông X tái đắc cử chức Chủ tịch HĐND tỉnh", "Nguyễn Văn A được bổ nhiệm giữ chức ...": the post taken is a title too.
    const post = phraseAt(tokens, titles.length ? skipTerms(tokens, end) : name.endTok);
    if (post && hasKind(post.info, K_TAKES_POST)) {
      const more = parseTitleList(tokens, post.end, true);
      if (more) {
        titles = [...titles, ...more.titles];
        end = more.end;
      }
    }
    if (!titles.length) return 0;
    if (tokens[end]?.text === ')' && sep?.text === '(') end++;
    this.titled.push(this.mention(from, end, name, h, titles));
    return continueList ? this.continueList(end) : end;
  }

  /**
   * Several names, then the post they take: each holds it ("A và B được bầu làm Phó Bí thư
   * Huyện ủy"), or one post each, in order, after `lần lượt` or when the posts are joined by
   * `và` ("A, B lần lượt được bầu giữ chức Chủ tịch, Phó Chủ tịch HĐND tỉnh"). Returns the token
   * index after the posts, or 0.
   */
  private sharedPost(from: number, first: NameSpan, h: Honorific, others: NameItem[]): number {
    const tokens = this.tokens;
    const items: NameItem[] = [{ from, name: first, honorific: h }, ...others];
    let k = others[others.length - 1].name.endTok;
    let respective = false;
    if (tokens[k]?.lower === 'lần' && tokens[k + 1]?.lower === 'lượt') {
      respective = true;
      k += 2;
    }
    const post = phraseAt(tokens, k);
    if (!post || !hasKind(post.info, K_TAKES_POST)) return 0;
    const list = parseTitleList(tokens, post.end, true);
    if (!list) return 0;
    let titles = list.titles;
    let end = list.end;
    if (tokens[end]?.lower === 'và') {
      // "... làm Chủ tịch và Phó Chủ tịch HĐND": a second post, unless a new clause starts
      // with a title and its holder ("... và Chủ tịch UBND huyện Nguyễn Văn C phát biểu")
      const second = parseTitleList(tokens, end + 1, true, true, this.evidence);
      const last = second?.titles[second.titles.length - 1];
      const holder =
        !!second &&
        ((!!last?.tail && last.tail.to === last.endTok && !!splitTail(tokens, last.tail, this.evidence)) ||
          !!parseName(tokens, second.end, { requireSurname: true, minLength: 2 }));
      if (second && !holder) {
        titles = [...titles, ...second.titles];
        end = second.end;
        respective = true;
      }
    }
    if (respective && titles.length !== items.length) return 0;
    items.forEach((item, n) =>
      this.titled.push(this.mention(item.from, end, item.name, item.honorific ?? h, respective ? [titles[n]] : titles)),
    );
    return end;
  }

  /** Items after a titled mention: `; Name, Title`, `và bà Name, Title`, `, Name, Title`. */
  private continueList(j: number): number {
    for (let n = 0; n < MAX_ITEMS; n++) {
      const t = this.tokens[j];
      if (!t || !(t.text === ';' || t.text === ',' || t.lower === 'và')) break;
      const k = j + 1;
      const h = this.honorificAt(k);
      const r = h && !h.plural ? this.tryNameFirst(k, h.end, h, true, false) : this.tryNameFirst(k, k, null, true, false);
      if (!r) break;
      j = r;
    }
    return j;
  }

  /** [honorific] titles + name. Returns the token index after the name, or 0. */
  private tryTitleFirst(from: number, i: number, h: Honorific | null): number {
    const found = this.titlesThenName(i);
    if (!found) return 0;
    if (!h?.plural) {
      // "Chủ tịch UBND xã Lê Văn A được bầu làm Phó Bí thư Đảng ủy xã": the post taken is a title too
      let titles = found.titles;
      let end = found.name.endTok;
      const post = phraseAt(this.tokens, end);
      const more = post && hasKind(post.info, K_TAKES_POST) ? parseTitleList(this.tokens, post.end, true) : null;
      if (more) {
        titles = [...titles, ...more.titles];
        end = more.end;
      }
      this.titled.push(this.mention(from, end, found.name, found.honorific ?? h, titles));
      return end;
    }
    this.titled.push(this.mention(from, found.name.endTok, found.name, found.honorific ?? h, found.titles));
    // a plural title: every name joined by `,` or `và` holds it
    let end = found.name.endTok;
    for (const item of this.moreNames(end, false)) {
      this.titled.push(this.mention(item.from, item.name.endTok, item.name, item.honorific ?? h, found.titles));
      end = item.name.endTok;
    }
    return end;
  }

  /**
   * Names after `j` joined by `,` or `và`, each with an optional singular honorific
   * ("A và Trương Đình Khoa", "A, ông B và bà C"). Without an honorific a name must start
   * with a family name (or be vouched for by a plural honorific before the first one).
   */
  private moreNames(j: number, vouched: boolean): NameItem[] {
    // A list met again from one of its own items is its tail: reuse it (keeps the scan linear
    // on a long run of "ông A, ông B, ..." with no post after it).
    const cached = this.lastList;
    const at = cached && cached.vouched === vouched ? cached.itemAfter.get(j) : undefined;
    if (at !== undefined) return cached!.items.slice(at);
    const out = this.collectNames(j, vouched);
    const itemAfter = new Map<number, number>([[j, 0]]);
    out.forEach((item, k) => itemAfter.set(item.name.endTok, k + 1));
    this.lastList = { vouched, items: out, itemAfter };
    return out;
  }

  private collectNames(j: number, vouched: boolean): NameItem[] {
    const tokens = this.tokens;
    const out: NameItem[] = [];
    for (let n = 0; n < MAX_ITEMS; n++) {
      const t = tokens[j];
      if (!t || !(t.text === ',' || t.lower === 'và')) break;
      let k = j + 1;
      if (t.text === ',' && tokens[k]?.lower === 'và') k++;
      const h = this.honorificAt(k);
      if (h?.plural) break;
      const name = parseName(tokens, h ? h.end : k, { requireSurname: !(h || vouched), minLength: 2 });
      if (!name || this.isExcluded(name)) break;
      out.push({ from: k, name, honorific: h });
      j = name.endTok;
    }
    return out;
  }

  /**
   * Titles then a name: directly, after a dash or colon, at the end of the title's capitalised
   * tail, or in apposition after a comma with an honorific ("Giám đốc Sở Y tế, ông Nguyễn Văn A").
   */
  private titlesThenName(i: number): { titles: TitleSpan[]; name: NameSpan; honorific?: Honorific } | null {
    const tokens = this.tokens;
    const list = parseTitleList(tokens, i, false, true, this.evidence);
    if (!list) return null;
    const last = list.titles[list.titles.length - 1];
    let name: NameSpan | null = null;
    if (last.tail && last.tail.to === last.endTok) {
      name = splitTail(tokens, last.tail, this.evidence);
      if (name) last.endTok = name.startTok;
    }
    let honorific: Honorific | undefined;
    if (!name) {
      let k = skipTerms(tokens, list.end);
      const t = tokens[k];
      if (t && (isDash(t) || t.text === ':' || t.text === ',')) k++;
      const h = this.honorificAt(k);
      if (h && !h.plural) {
        honorific = h;
        name = parseName(tokens, h.end, { requireSurname: false, minLength: 2 });
      } else if (t?.text !== ',') {
        name = parseName(tokens, k, { requireSurname: true, minLength: 2 });
      }
    }
    if (!name || this.isExcluded(name) || last.endTok <= last.startTok) return null;
    return { titles: list.titles, name, honorific };
  }

  /** `các đồng chí <label>: A, B; Title C` — the label is a title of each. Returns the index after, or 0. */
  private tryGroup(h: Honorific): number {
    const tokens = this.tokens;
    const label = parseTitleList(tokens, h.end, false);
    if (!label) return 0;
    let j = label.end;
    if (tokens[j]?.text !== ':') return 0;
    j++;
    const labelTitles = label.titles;
    let items = 0;
    for (let n = 0; n < MAX_ITEMS; n++) {
      const start = j;
      let end = 0;
      const titled = this.titlesThenName(j);
      if (titled) {
        this.titled.push(this.mention(start, titled.name.endTok, titled.name, null, [...labelTitles, ...titled.titles]));
        end = titled.name.endTok;
      } else {
        const name = parseName(tokens, j, { requireSurname: false, minLength: 2 });
        if (!name || this.isExcluded(name)) break;
        end = name.endTok;
        let own: TitleSpan[] = [];
        if (tokens[end]?.text === ',' || isDash(tokens[end])) {
          const list = parseTitleList(tokens, end + 1, true);
          if (list) {
            own = list.titles;
            end = list.end;
          }
        }
        this.titled.push(this.mention(start, end, name, null, [...labelTitles, ...own]));
      }
      items++;
      const t = tokens[end];
      if (!t || !(t.text === ',' || t.text === ';' || t.lower === 'và')) {
        j = end;
        break;
      }
      j = end + 1;
    }
    return items ? j : 0;
  }

  /** honorific + name with no title: kept for merging. */
  private tryUntitled(from: number, h: Honorific): number {
    const name = parseName(this.tokens, h.end, { requireSurname: false, minLength: 1 });
    if (!name || this.isExcluded(name)) return 0;
    const m = this.mention(from, name.endTok, name, h, []);
    m.short = name.endTok - name.startTok === 1;
    this.untitled.push(m);
    return name.endTok;
  }

  private isExcluded(name: NameSpan): boolean {
    for (let k = name.startTok; k < name.endTok; k++) if (this.excluded[k] === 1) return true;
    return false;
  }

  private slice(fromTok: number, toTok: number): string {
    return this.text.slice(this.tokens.start[fromTok], this.tokens.end[toTok - 1]);
  }

  private mention(fromTok: number, toTok: number, name: NameSpan, h: Honorific | null, titles: TitleSpan[]): Mention {
    const written = this.slice(name.startTok, name.endTok).replace(/\s+/g, ' ');
    return {
      start: this.tokens.start[fromTok],
      end: this.tokens.end[toTok - 1],
      name: written,
      key: written.toLowerCase(),
      honorific: h?.text ?? null,
      titles: this.titleTexts(titles),
      short: false,
    };
  }

  /** The non-empty titles' texts. A loop, not `.map`: `.map`'s array turns holey once V8 inlines it, which deoptimises the code that reads it (docs/profile-warmup.md, round 2). */
  private titleTexts(titles: TitleSpan[]): string[] {
    const out: string[] = [];
    for (const t of titles) if (t.endTok > t.startTok) out.push(cleanTitle(this.slice(t.startTok, t.endTok)));
    return out;
  }
}

interface Person {
  name: string;
  honorific: string | null;
  titles: string[];
  folded: Set<string>;
  mentions: Mention[];
}

function addMention(p: Person, m: Mention): void {
  p.mentions.push(m);
  p.honorific ??= m.honorific;
  for (const t of m.titles) {
    const f = foldTitle(t);
    if (t && !p.folded.has(f)) {
      p.folded.add(f);
      p.titles.push(t);
    }
  }
}

/** Merge mentions into persons: same full name (any case), then lone given names to the nearest person before. */
function mergeMentions(titled: Mention[], untitled: Mention[]): Person[] {
  const persons = new Map<string, Person>();
  for (const m of [...titled].sort((a, b) => a.start - b.start)) {
    let p = persons.get(m.key);
    if (!p) persons.set(m.key, (p = { name: m.name, honorific: null, titles: [], folded: new Set(), mentions: [] }));
    addMention(p, m);
  }
  const byGivenName = new Map<string, Person[]>();
  for (const [key, p] of persons) {
    // the key is the name lower-cased: its last word is the given name
    const given = key.slice(key.lastIndexOf(' ') + 1);
    byGivenName.set(given, [...(byGivenName.get(given) ?? []), p]);
  }
  for (const m of untitled) {
    if (!m.short) {
      const p = persons.get(m.key);
      if (p) addMention(p, m);
      continue;
    }
    const candidates = byGivenName.get(m.key) ?? [];
    const before = candidates.filter((p) => p.mentions[0].start < m.start);
    const pool = before.length ? before : candidates;
    const p = pool.sort((a, b) => b.mentions[0].start - a.mentions[0].start)[0];
    if (p) addMention(p, m);
  }
  return [...persons.values()].filter((p) => p.titles.length > 0);
}

function toRecord(p: Person, text: string): OfficialRecord {
  const mentions = [...p.mentions].sort((a, b) => a.start - b.start);
  // A loop, not `.map`: `.map`'s array turns holey once V8 inlines it, which deoptimises the code that reads it (docs/profile-warmup.md, round 2).
  const spans: Span[] = [];
  for (const m of mentions) spans.push({ text: text.slice(m.start, m.end), start: m.start, end: m.end });
  const first = spans[0];
  return {
    text: first.text,
    start: first.start,
    end: first.end,
    name: p.name,
    honorific: p.honorific,
    titles: p.titles,
    titles_expanded: p.titles.map(expandTitle),
    mentions: spans,
  };
}

export function extractOfficials(text: string): OfficialRecord[] {
  const scanner = new Scanner(text);
  scanner.scan();
  // A loop, not `.map`: `.map`'s array turns holey once V8 inlines it, which deoptimises the code that reads it (docs/profile-warmup.md, round 2).
  const records: OfficialRecord[] = [];
  for (const p of mergeMentions(scanner.titled, scanner.untitled)) records.push(toRecord(p, text));
  return records.sort((a, b) => a.start - b.start);
}

export const officialsExtractor: Extractor<'officials'> = {
  kind: 'officials',
  needs: [],
  extract: (context: ExtractionContext) => extractOfficials(context.text),
};
