/**
 * Bylines → the document's `authors`. Read line by line:
 *
 * - a labelled byline anywhere: `Tác giả bài viết: Minh Hiển`, `T/h: Ngô Lan-K’Muôi`,
 *   `Bài và ảnh: X`, `Nhóm PV: A, B` (several names split at - – , ; / và);
 * - `PV` (phóng viên) opening a dateline line: `PV - 16:45, 17/06/2023`;
 * - the closing line of the article: a lone name (`Kim Bảo`, `VŨ VĂN`, `R'Châm`), names
 *   joined by dashes (`Ngọc Lan - Hữu Tuấn`), a name with a unit or a job
 *   (`Thu Hà - Văn phòng Điều phối NTM huyện`, `Vũ Linh (TTVH huyện)`,
 *   `Ngô Thị Hương, Chuyên viên Văn phòng.`), a name with a compilation mark
 *   (`Minh Hiển (T/h)`), or `Theo` + a person's name. Everything below it is skipped in
 *   general, by the shape of page chrome rather than by site: footer labels and marks
 *   (licence, address, phones, emails, URLs, copyright, `Ghi rõ nguồn`, counters), menus,
 *   share/print buttons and font-size widgets, datelines, all-capital banners, the outlet's
 *   or office's name, `Theo <outlet>` / `Nguồn:` source lines, and from a heading such as
 *   `Tin liên quan` in the lower half of the page, the list of other articles under it.
 *
 * Source lines naming an outlet (`Theo Báo Đắk Nông điện tử`, `Theo TTXVN`) and photo credits
 * (`Ảnh: ...`) are not authors. The byline spans are exported so that the officials extractor
 * leaves the names in them alone.
 */
import { matchesAtBoundary } from '../lexicon/regex.js';

export interface Byline {
  names: string[];
  /** UTF-16 span of the byline's line in the normalised text. */
  start: number;
  end: number;
}

const LABEL =
  /^\s*(?:Tác giả(?: bài viết)?|Người viết|Người thực hiện|Nhóm thực hiện|Thực hiện|Bài(?: và ảnh|, ảnh| & ảnh)?|Tin(?: và ảnh|, ảnh| & ảnh)|Nhóm phóng viên|Nhóm PV|Phóng viên|PV|T\/h|TH|Tổng hợp|Ghi chép|Biên tập)\s*:\s*(.+?)\s*$/iu;
const PV_DATELINE = /^\s*(PV|Nhóm PV|Phóng viên)\s*(?:[-–|,]|$)/u;
const SOURCE = /^\s*Theo\s+(.+?)\s*[.]?\s*$/u;
/** Words that make a `Theo ...` line an outlet, not a person. */
const OUTLET = /^(?:Báo|Cổng|Trang|Tạp chí|Đài|Thông tấn|Kênh|Website|Tạp|Tin|Ban|Sở|Bộ|UBND|Văn phòng|Trung tâm|Cục|Chinhphu|TTXVN|VOV|VTV|VTC|VNA|Nhân Dân|Quân đội)/u;
/** A sentence about someone ("Ông X, Chủ tịch ..."), not a byline. */
const HONORIFIC = /^(?:Ông|Bà|Đồng chí|Đ\/c|Anh|Chị|Các)\s/iu;
const COMPILED = /\s*\((?:T\/h|TH|tổng hợp|Tổng hợp|st|ST|sưu tầm)\)\s*$/u;

/**
 * Page footer and chrome below the article, skipped when looking for the closing line:
 * lines that open with a footer label (licence, address, phones, copyright, counters,
 * menus, share and print buttons ...), and lines holding a footer mark anywhere
 * ("Cổng Thông tin điện tử tỉnh X - Giấy phép số 47/GP-TTĐT", "Tòa soạn: ... ĐT: ...").
 */
const FOOTER =
  /^\s*(?:Giấy phép|Cơ quan|Chịu trách nhiệm|Người chịu trách nhiệm|Tổng biên tập|Phó Tổng biên tập|Trưởng ban biên tập|Ban biên tập|Địa chỉ|Tòa soạn|Trụ sở|Điện thoại|ĐT|SĐT|Email|E-mail|Fax|Ghi rõ nguồn|Bản quyền|©|Copyright|All rights|Chung nhan|Chứng nhận|Tin liên quan|Tin khác|Các tin khác|Tin cùng chuyên mục|Bài viết liên quan|Chia sẻ|Share|Tweet|In bài|Bản in|Gửi bạn bè|Gửi email|Lưu tin|Từ khóa|Tags|Xem thêm|Về đầu trang|Lượt xem|Lượt truy cập|Lượt đọc|Bình luận|Ý kiến bạn đọc|Gửi ý kiến|Góp ý|Liên hệ|Trang chủ|Hotline|Website|Đường dây nóng|Số lượt truy cập|Đang truy cập|Đang online|Thống kê truy cập|Facebook|Zalo|Quay lại|Trở về|Lên đầu trang|Đầu trang|Thiết kế|Phát triển bởi|Đơn vị quản lý|Quản lý bởi|Powered by|Cập nhật|Ngày cập nhật|Ngày đăng|Đăng ngày|Ngày xuất bản|Cỡ chữ|Xem với cỡ chữ|Tăng cỡ chữ|Giảm cỡ chữ|Nguồn\s*:)/iu;
const FOOTER_MARK =
  /(?:Giấy phép số|Giấy phép\s*:|\/GP-|Điện thoại\s*:|Bản quyền|©|Copyright|ghi rõ nguồn|Tòa soạn\s*:|Địa chỉ\s*:)/iu;
/**
 * Footer labels that are marks only as a word of their own (`ĐT:`, not `SĐT` read as `ĐT`):
 * found without the boundary, which is checked at each hit (a pattern opening with a
 * lookbehind is tried at every position of a paragraph, 20x slower).
 */
const FOOTER_LABEL_MARK = /(?:ĐT|SĐT|Fax|E-?mail|Hotline)\s*:/giu;
const WORD_BOUNDARY_HERE = /(?<![\p{L}\p{N}])/uy;

const hasFooterLabelMark = (s: string): boolean => matchesAtBoundary(s, FOOTER_LABEL_MARK, WORD_BOUNDARY_HERE);
/** A Vietnamese phone number (0238.3844.615, 0222 3822 569, 1900 1234). */
const PHONE = /(?<![\p{N}.,])(?:0\d{2,3}|1[89]00)[ .-]?\d{3,4}[ .-]?\d{3,4}(?![\p{N}])/u;
/** A menu ("Trang chủ | Giới thiệu | Tin tức"), buttons ("[ In bài ] [ Gửi bạn bè ]") or the font-size widget ("A+ A A-"). */
const MENU = /\|[^|]*\|/u;
const BUTTONS = /^\s*(?:\[[^\]]*\]\s*)+$/u;
const FONT_SIZE = /^[\s[\]|]*(?:A[+-]?[\s[\]|]*){2,}$/u;
/** A heading that opens a list of other articles: everything below it is page, not article. */
const RELATED =
  /^\s*(?:Tin liên quan|Tin bài liên quan|Bài liên quan|Bài viết liên quan|Tin khác|Các tin khác|Tin tức khác|Các bài viết khác|Bài viết khác|Tin cùng chuyên mục|Tin cùng loại|Tin mới|Tin mới hơn|Tin cũ hơn|Tin mới nhất|Tin đọc nhiều|Đọc nhiều|Xem nhiều|Xem thêm|Có thể bạn quan tâm)(?![\p{L}\p{N}])/iu;
/**
 * A line naming the outlet or office that runs the site ("BÁO QUẢNG NAM ĐIỆN TỬ",
 * "Trung tâm Văn hóa - Thể thao và Truyền thông huyện X", "Cổng Thông tin điện tử tỉnh Y"):
 * short, not a sentence.
 */
const OUTLET_LINE =
  /^(?:Báo(?!\s+cáo)|Cổng thông tin|Cổng TTĐT|Trang thông tin|Trang tin|Tạp chí|Đài|Thông tấn|Trung tâm|Văn phòng|Cơ quan|Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Sở|Phòng|Ban|Huyện ủy|Tỉnh ủy|Thành ủy|Thị ủy|Chi cục|Cục|Bộ)\s/iu;
/** A dateline left below the article ("Thứ Hai, 12/05/2023 08:00", "ngày 3/9/2020"). */
const DATELINE =
  /^(?:(?:Thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|Chủ nhật)\s*,?\s*)?(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/iu;
const HAS_LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const URLISH = /https?:|www\.|@|\.(?:vn|com|net|org)(?![\p{L}])/iu;

/** A name token: capitalised (with ’ as in K’Muôi) or all capitals. */
const NAME_TOKEN = /^(?:\p{Lu}\p{Ll}*(?:['’]\p{L}\p{Ll}*)*|\p{Lu}+)$/u;
/** An ethnic-minority name written as one token with a glottal apostrophe: K’Muôi, R'Châm. */
const APOSTROPHE_NAME = /^\p{Lu}['’]\p{Lu}\p{Ll}*$/u;
/** Words that do not open a name even when capitalised at the end of a page ("Liên Hệ", "Xem Thêm"); later syllables may be names (Hoàng Liên). */
const NOT_NAME = /^(?:Ảnh|Nguồn|Video|Clip|Tin|Bài|Theo|Xem|Trang|Chuyên|Tổng|Báo|Cổng|Thông|Tham|Liên)$/iu;

function nameLike(s: string, min: number, max: number): boolean {
  const tokens = s.trim().split(/\s+/u);
  if (tokens.length === 1 && APOSTROPHE_NAME.test(tokens[0])) return true;
  if (tokens.length < min || tokens.length > max) return false;
  const upper = tokens.every((t) => t === t.toUpperCase());
  if (NOT_NAME.test(tokens[0])) return false;
  return tokens.every((t) => NAME_TOKEN.test(t) && (upper || t !== t.toUpperCase() || t.length === 1));
}

function footerLine(line: string): boolean {
  const s = line.trim();
  if (s === '') return true;
  if (FOOTER.test(s) || FOOTER_MARK.test(s) || hasFooterLabelMark(s) || URLISH.test(s) || PHONE.test(s)) return true;
  if (MENU.test(s) || BUTTONS.test(s) || FONT_SIZE.test(s) || DATELINE.test(s)) return true;
  if (!/\p{L}/u.test(s)) return true; // separators, numbers only
  // An all-capital banner ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐẮK LẮK"); a short one may be a byline.
  return !HAS_LOWER.test(s) && s.split(/\s+/).length > 4;
}

/**
 * Lines between the article and its footer that are not the byline but may sit below it:
 * the outlet's or office's name, and `Theo <outlet>` / `Nguồn: ...` source lines.
 */
function sourceLine(line: string): boolean {
  const s = line.trim();
  const source = SOURCE.exec(s);
  if (source) return OUTLET.test(source[1]) || !HAS_LOWER.test(source[1]) || /^(?:báo|cổng|trang|đài)\s/u.test(source[1]);
  return OUTLET_LINE.test(s) && !/[.!?:;]$/u.test(s) && s.split(/\s+/).length <= 16;
}

/**
 * Where a labelled byline or a `PV` dateline may be: every LABEL match holds a
 * colon, every PV_DATELINE match `PV` or `Phóng viên`. Only the lines holding
 * one are read (no split of the whole text into lines), found by `indexOf`.
 */
const BYLINE_ANCHORS = [':', 'PV', 'Phóng viên'] as const;

/** Offsets where each line of the text starts (the text split at `\n`). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/** The byline of one line, labelled or a `PV` dateline, if it is one (`null` for a labelled line naming nobody). */
function bylineOf(line: string, start: number): Byline | null {
  const labelled = LABEL.exec(line);
  if (labelled) {
    const names = splitNames(labelled[1]);
    return names.length ? { names, start, end: start + line.length } : null;
  }
  return PV_DATELINE.test(line) ? { names: ['PV'], start, end: start + line.length } : null;
}

/** Names of a labelled byline value: "Ngô Lan-K’Muôi" → ["Ngô Lan", "K’Muôi"]. */
function splitNames(value: string): string[] {
  return value
    .replace(COMPILED, '')
    .replace(/[.]+$/u, '')
    .split(/\s*(?:[-–,;/&]|\svà\s)\s*/u)
    .map((s) => s.trim())
    .filter((s) => s === 'PV' || nameLike(s, 1, 5));
}

/** Two or more syllables, or one ethnic-minority name written with an apostrophe (K’Trinh). */
const fullName = (s: string) => nameLike(s, 2, 5);

/** A name has at most this many words (nameLike's bound for a full name). */
const NAME_MAX_WORDS = 5;
/**
 * Most words a closing byline can have once its compilation mark, final dots
 * and unit in parentheses are cut off: the widest accepted shape is four
 * names of five words joined by three standing dashes (a name and a unit:
 * 5 + 1 + 10; a name, a comma and a job: 5 + 1 + 8; `Theo` and a name: 7).
 */
const CLOSING_MAX_WORDS = 4 * NAME_MAX_WORDS + 3;
/**
 * Most words of the whole closing line: the above, plus what is cut off
 * (`(tổng hợp)`: 2 words, dots: 1, a unit of at most 60 characters in
 * parentheses: 31).
 */
const CLOSING_LINE_MAX_WORDS = CLOSING_MAX_WORDS + 2 + 1 + 31;
/** More than N whitespace-separated words (N fixed): bounded work on a paragraph. */
const moreWordsThan = (n: number) => new RegExp(`^(?:\\S+\\s+){${n}}\\S`, 'u');
const TOO_LONG_FOR_BYLINE = moreWordsThan(CLOSING_MAX_WORDS);
const TOO_LONG_FOR_CLOSING_LINE = moreWordsThan(CLOSING_LINE_MAX_WORDS);

/**
 * The closing line's byline, if it is one: `Kim Bảo`, `R'Châm`, `Ngọc Lan - Hữu Tuấn`,
 * `Ka Nhi - K’Trinh`, `Thu Hà - Văn phòng Điều phối NTM huyện`, `Vũ Linh (TTVH Bát Xát)`,
 * `Ngô Thị Hương, Chuyên viên Văn phòng.`, `Theo Minh Anh`.
 */
function closingByline(line: string): string[] {
  const trimmed = line.trim();
  if (TOO_LONG_FOR_CLOSING_LINE.test(trimmed)) return []; // a paragraph, not a byline
  const s = trimmed
    .replace(COMPILED, '')
    .replace(/[.]+$/u, '')
    .replace(/\s*\([^()]{1,60}\)$/u, '') // the author's unit: "Vũ Linh (TTVH Bát Xát)"
    .trim();
  if (TOO_LONG_FOR_BYLINE.test(s)) return [];
  if (HONORIFIC.test(s)) return [];
  if (fullName(s)) return [s];
  // several authors, or an author and a unit, joined by dashes
  const parts = s.split(/\s*[-–]\s*/u).map((p) => p.trim());
  if (parts.length > 1 && parts.length <= 4 && fullName(parts[0])) {
    const names = parts.filter((p) => fullName(p));
    if (names.length === parts.length) return names;
    const unit = parts.slice(1).join(' - ');
    if (names.length === 1 && unit.split(/\s+/).length <= 10 && !/[,;:]/u.test(unit)) return [parts[0]];
  }
  const comma = /^([^,]+),\s*(.{3,60})$/u.exec(s);
  if (comma && fullName(comma[1]) && comma[2].split(/\s+/).length <= 8) return [comma[1].trim()];
  const source = SOURCE.exec(s);
  if (source && !OUTLET.test(source[1]) && fullName(source[1]) && HAS_LOWER.test(source[1])) return [source[1]];
  return [];
}

/**
 * The last text's bylines. The officials extractor (which leaves their names
 * alone) and the document's `authors` both ask, for the same text: it is
 * read once. Callers get their own copies.
 */
let memo: { text: string; bylines: readonly Byline[] } | null = null;

/** Every byline of the article, with its span. */
export function findBylines(text: string): Byline[] {
  if (memo === null || memo.text !== text) memo = { text, bylines: readBylines(text) };
  // A loop, not `.map`: `.map`'s array turns holey once V8 inlines it, which deoptimises the code that reads it (docs/profile-warmup.md, round 2).
  const copies: Byline[] = [];
  for (const b of memo.bylines) copies.push({ names: [...b.names], start: b.start, end: b.end });
  return copies;
}

function readBylines(text: string): Byline[] {
  const out: Byline[] = [];
  // The next hit of each anchor; the leftmost one's line is read, then every anchor skips past that line.
  // A loop, not `.map`: `.map`'s array turns holey once V8 inlines it, which deoptimises the code that reads it (docs/profile-warmup.md, round 2).
  const next: number[] = [];
  for (const anchor of BYLINE_ANCHORS) next.push(text.indexOf(anchor));
  for (;;) {
    let at = -1;
    for (const n of next) if (n >= 0 && (at < 0 || n < at)) at = n;
    if (at < 0) break;
    const start = text.lastIndexOf('\n', at) + 1;
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const byline = bylineOf(text.slice(start, end), start);
    if (byline) out.push(byline);
    for (let i = 0; i < next.length; i++) if (next[i] >= 0 && next[i] < end) next[i] = text.indexOf(BYLINE_ANCHORS[i], end);
  }
  // The closing line: the last line above the page footer, its source line and outlet name.
  const starts = lineStarts(text);
  const lineAt = (i: number) => text.slice(starts[i], i + 1 < starts.length ? starts[i + 1] - 1 : text.length);
  let last = starts.length - 1;
  for (let i = Math.floor(starts.length / 2); i < starts.length; i++) {
    if (RELATED.test(lineAt(i))) {
      last = i - 1;
      break;
    }
  }
  while (last >= 0 && (footerLine(lineAt(last)) || sourceLine(lineAt(last)))) last--;
  // The closing line is a byline only below some text: a one-line input is a headline or a sentence.
  const firstLetter = last > 0 ? text.search(LETTER) : -1;
  const textAbove = firstLetter >= 0 && firstLetter < starts[last];
  if (last >= 0 && textAbove && !out.some((b) => b.start === starts[last])) {
    const line = lineAt(last);
    const names = closingByline(line);
    if (names.length) out.push({ names, start: starts[last], end: starts[last] + line.length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The document's authors, in order, each once. */
export function findAuthors(text: string): string[] {
  return [...new Set(findBylines(text).flatMap((b) => b.names))];
}
