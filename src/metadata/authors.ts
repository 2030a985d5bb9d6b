/**
 * Bylines → the document's `authors`. Read line by line:
 *
 * - a labelled byline anywhere: `Tác giả bài viết: Minh Hiển`, `T/h: Ngô Lan-K’Muôi`,
 *   `Bài và ảnh: X`, `Nhóm PV: A, B` (several names split at - – , ; / và);
 * - `PV` (phóng viên) opening a dateline line: `PV - 16:45, 17/06/2023`;
 * - the closing line of the article, page footer (licence, address, phone, all-capital
 *   banners, share buttons ...) skipped: a lone name (`Kim Bảo`, `VŨ VĂN`), a name with a
 *   job (`Ngô Thị Hương, Chuyên viên Văn phòng.`), a name with a compilation mark
 *   (`Minh Hiển (T/h)`), or `Theo` + a person's name.
 *
 * Source lines naming an outlet (`Theo Báo Đắk Nông điện tử`, `Theo TTXVN`) and photo credits
 * (`Ảnh: ...`) are not authors. The byline spans are exported so that the officials extractor
 * leaves the names in them alone.
 */

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

/** Page footer and chrome below the article, skipped when looking for the closing line. */
const FOOTER =
  /^\s*(?:Giấy phép|Cơ quan|Chịu trách nhiệm|Tổng biên tập|Phó Tổng biên tập|Trưởng ban biên tập|Ban biên tập|Địa chỉ|Điện thoại|ĐT|SĐT|Email|E-mail|Fax|Ghi rõ nguồn|Bản quyền|©|Copyright|Chung nhan|Chứng nhận|Tin liên quan|Tin khác|Các tin khác|Tin cùng chuyên mục|Bài viết liên quan|Chia sẻ|In bài|Từ khóa|Tags|Xem thêm|Về đầu trang|Lượt xem|Bình luận|Ý kiến bạn đọc|Gửi ý kiến|Liên hệ|Trang chủ|Hotline|Website|Đường dây nóng|Số lượt truy cập|Đang truy cập|Thống kê truy cập|Facebook|Zalo|Quay lại|Lên đầu trang|Đầu trang|Thiết kế)/iu;
const HAS_LOWER = /\p{Ll}/u;
const URLISH = /https?:|www\.|@/u;

/** A name token: capitalised (with ’ as in K’Muôi) or all capitals. */
const NAME_TOKEN = /^(?:\p{Lu}\p{Ll}*(?:['’]\p{L}\p{Ll}*)*|\p{Lu}+)$/u;
/** Words that are not names even when capitalised at the end of a page. */
const NOT_NAME = /^(?:Ảnh|Nguồn|Video|Clip|Tin|Bài|Theo|Xem|Trang|Chuyên|Tổng|Báo|Cổng|Thông|Tham|Liên)$/iu;

function nameLike(s: string, min: number, max: number): boolean {
  const tokens = s.trim().split(/\s+/u);
  if (tokens.length < min || tokens.length > max) return false;
  const upper = tokens.every((t) => t === t.toUpperCase());
  return tokens.every((t) => NAME_TOKEN.test(t) && !NOT_NAME.test(t) && (upper || t !== t.toUpperCase() || t.length === 1));
}

function footerLine(line: string): boolean {
  const s = line.trim();
  if (s === '') return true;
  if (FOOTER.test(s) || URLISH.test(s)) return true;
  if (!/\p{L}/u.test(s)) return true; // separators, numbers only
  // An all-capital banner ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐẮK LẮK"); a short one may be a byline.
  return !HAS_LOWER.test(s) && s.split(/\s+/).length > 4;
}

interface Line {
  text: string;
  start: number;
  end: number;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    out.push({ text: part, start, end: start + part.length });
    start += part.length + 1;
  }
  return out;
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

/** The closing line's byline, if it is one. */
function closingByline(line: string): string[] {
  const s = line.trim().replace(COMPILED, '').replace(/[.]+$/u, '').trim();
  if (HONORIFIC.test(s)) return [];
  if (nameLike(s, 2, 5)) return [s];
  const comma = /^([^,]+),\s*(.{3,60})$/u.exec(s);
  if (comma && nameLike(comma[1], 2, 5) && comma[2].split(/\s+/).length <= 8) return [comma[1].trim()];
  const source = SOURCE.exec(s);
  if (source && !OUTLET.test(source[1]) && nameLike(source[1], 2, 5) && HAS_LOWER.test(source[1])) return [source[1]];
  return [];
}

/** Every byline of the article, with its span. */
export function findBylines(text: string): Byline[] {
  const lines = linesOf(text);
  const out: Byline[] = [];
  for (const line of lines) {
    const labelled = LABEL.exec(line.text);
    if (labelled) {
      const names = splitNames(labelled[1]);
      if (names.length) out.push({ names, start: line.start, end: line.end });
      continue;
    }
    const pv = PV_DATELINE.exec(line.text);
    if (pv) out.push({ names: ['PV'], start: line.start, end: line.end });
  }
  let last = lines.length - 1;
  while (last >= 0 && footerLine(lines[last].text)) last--;
  // The closing line is a byline only below some text: a one-line input is a headline or a sentence.
  const textAbove = lines.slice(0, Math.max(last, 0)).some((l) => /\p{L}/u.test(l.text));
  if (last >= 0 && textAbove && !out.some((b) => b.start === lines[last].start)) {
    const names = closingByline(lines[last].text);
    if (names.length) out.push({ names, start: lines[last].start, end: lines[last].end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The document's authors, in order, each once. */
export function findAuthors(text: string): string[] {
  return [...new Set(findBylines(text).flatMap((b) => b.names))];
}
