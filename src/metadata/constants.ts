/**
 * Data for reading an article's head: what page chrome looks like, what
 * labels a publication dateline, and the limits that tell a headline from a
 * body sentence. Matched case-insensitively on NFC text.
 */

/**
 * Page chrome: accessibility and font-size buttons, hotlines, share/print
 * links, view counters, breadcrumbs, URLs. A line matching any of these is
 * never the headline.
 */
export const CHROME_PATTERNS: readonly RegExp[] = [
  /A-\s*A\s*A\+/u,
  /tương phản/iu,
  /cỡ chữ/iu,
  /hotline|đường dây nóng/iu,
  /^\s*\|/u,
  /lượt xem|lượt đọc|view-count|lượt thích/iu,
  /^[\s[(|•*]*(?:in bài|in trang|bản in|chia sẻ|gửi bài|gửi bạn bè|gửi email|lưu bài|lưu tin|bình luận|share|print|tweet)(?![\p{L}\p{N}])/iu,
  /^[\s[(|•*]*(?:trang chủ|chi tiết|tin tức|home)(?![\p{L}\p{N}])/iu,
  /\s[>»›]\s/u,
  /https?:\/\/|www\./iu,
  /^\s*(?:email|e-mail|điện thoại|fax|địa chỉ)\s*:/iu,
  // A paper's own name standing alone: `Báo Dân tộc và Phát triển`, `Báo điện tử ...`.
  /^\s*(?:báo|tạp chí|cổng thông tin|trang thông tin)(?:\s+\S+){0,6}\s*$/iu,
];

/**
 * A portal's banner: a line in capitals naming the body that runs the site
 * (`CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ...`, `HUYỆN ... - TỈNH ...`, `SỞ ...`,
 * `BÁO ... ĐIỆN TỬ`), with no digit and no lower-case letter.
 */
export const BANNER =
  /^(?:CỔNG|TRANG|BÁO|TẠP CHÍ|HUYỆN|TỈNH|THÀNH PHỐ|THỊ XÃ|QUẬN|XÃ|PHƯỜNG|SỞ|BỘ|BAN|ỦY BAN|UBND|HĐND|HỘI ĐỒNG|ĐẢNG BỘ|TỈNH ỦY|HUYỆN ỦY|THÀNH ỦY|MẶT TRẬN)(?![\p{L}\p{N}])[^\p{Ll}\p{N}]*$/u;
export const BANNER_MAX_WORDS = 12;

/** A line with fewer letters than this is chrome (`• :`, `|`, `---`). */
export const MIN_LETTERS = 3;
/** A line of at most this many words, with no digit and no final stop, is a section name (`Kinh tế`, `Thời sự`). */
export const SECTION_MAX_WORDS = 3;

/** Longer than this, a first line is a lead paragraph, not a headline. */
export const HEADLINE_MAX_LENGTH = 200;
/** With this many commas, a line is a body sentence (a headline rarely has more than two). */
export const SENTENCE_MIN_COMMAS = 4;
/** A full stop, question or exclamation mark followed by a capital inside the line: two sentences. */
export const SENTENCE_BREAK = /[.!?…]["”’)]?\s+[\p{Lu}]/u;
/**
 * A news lead: an agency tag (`BHG - `, `(LSVN) - `) or a dated opening
 * (`Ngày 3/9,`, `Sáng 12.7,`, `Chiều 1/10,`), the way body paragraphs start.
 */
export const LEAD_OPENING =
  /^(?:\(?\p{Lu}[\p{Lu}\p{N}&.]{1,9}\)?\s*[-–—]\s+|(?:ngày|hôm|sáng|trưa|chiều|tối|đêm|rạng sáng)\s+\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{4})?\s*,)/iu;

/** How many content (non-chrome) lines at the top may come before the dateline. */
export const HEAD_MAX_CONTENT_LINES = 6;
/** How many lines at the top are looked at for the headline and the dateline. */
export const HEAD_MAX_LINES = 20;

/**
 * Labels that introduce a dateline wherever it is (some portals print it
 * under the article): `Ngày cập nhật 05/03/2022`, `Cập nhật: ...`,
 * `Ngày đăng: ...`, `Đăng lúc ...`.
 */
const DATELINE_LABEL_WORDS = String.raw`(?:ngày\s+(?:cập\s+nhật|đăng|xuất\s+bản)|cập\s+nhật|đăng\s+(?:ngày|lúc)|xuất\s+bản|thời\s+gian\s+đăng|posted|published|updated)(?![\p{L}])`;
/**
 * The labels without their leading boundary (`(?<![\p{L}])`, checked at each
 * hit by `hasDatelineLabel`): a pattern opening with a lookbehind is tried at
 * every position of the line.
 */
export const DATELINE_LABEL_WORD = new RegExp(DATELINE_LABEL_WORDS, 'giu');

/** What else a dateline line may hold: weekday, label, byline tag, time zone, separators, view counter. */
export const DATELINE_FILLER =
  /(?:(?<![\p{L}\p{N}])(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|th\s*[2-7]|chủ\s+nhật|CN|ngày\s+cập\s+nhật|cập\s+nhật|ngày\s+đăng|đăng\s+lúc|đăng\s+ngày|ngày|lúc|GMT\s*[+-]\s*\d{1,2}|cms-view-count\s*:\s*\d+|\d+\s+lượt\s+xem|lượt\s+xem\s*:?\s*\d+)(?![\p{L}\p{N}])|[\s•*|:,;()+\-–—/])+/giu;
/** After the date and the filler are taken out, a dateline line holds at most this much (a byline like `PV`). */
export const DATELINE_MAX_REST = 40;
