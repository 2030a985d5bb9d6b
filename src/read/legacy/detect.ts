/**
 * Which legacy encoding does a byte stream (or a Latin-1-looking text) use?
 * Each candidate decoding is scored by the share of its words that are
 * frequent Vietnamese syllables written with diacritics: the right decoding
 * reads as Vietnamese, the wrong ones read as mojibake ("ViÖt", "Vieät").
 */

/** Frequent syllables of Vietnamese news prose that carry a diacritic (data, lower case, NFC). */
const FREQUENT_SYLLABLES = new Set(
  `của và các được người những năm đã một có là với cho này không tỉnh huyện xã việc thực hiện
   đồng chí công tác phát triển tế hội nhân dân ủy đảng bộ chủ tịch phó bí thư quả kết đạt kế hoạch
   tháng ngày số nhiệm vụ đầu tư địa bàn quản lý tổ chức trên về để nhiều cũng như đến từ sản xuất
   nông nghiệp đoàn tại việt giáo dục triệu tỷ chính quyền sự cấp hành học lãnh đạo trưởng trường
   đề nghị quyết định chỉ tiêu tăng giảm cùng kỳ hoạt động cơ sở thôn buôn dự án nước tình hình
   hiệu giải pháp kiểm tra báo cáo đường văn hóa ban thường vụ tiếp tục triển khai kinh phí mới
   đây đó sẽ vào ra làm theo lại nên nhà còn khi đó mà thì rằng bị trình phải tốt gia đình hộ
   điều kiện tế phòng nội dung xây dựng chương ứng vốn hỗ trợ đối tượng lượng chất biết`
    .split(/\s+/)
    .filter((word) => /[^\x00-\x7f]/.test(word)),
);

const WORD = /[\p{L}\p{M}]+/gu;

/** Score only the start of long inputs: enough words to decide, bounded cost. */
const SAMPLE_CHARS = 64 * 1024;

/** Share of words (0..1) that are frequent Vietnamese syllables, and how many were found. */
export function vietnameseScore(text: string): { share: number; hits: number } {
  const sample = text.slice(0, SAMPLE_CHARS).normalize('NFC').toLowerCase();
  let words = 0;
  let hits = 0;
  for (const match of sample.matchAll(WORD)) {
    words++;
    if (FREQUENT_SYLLABLES.has(match[0])) hits++;
  }
  return { share: words === 0 ? 0 : hits / words, hits };
}

/**
 * Letters only Unicode Vietnamese has (ă â đ ê ô ơ ư and every toned vowel
 * outside Latin-1, plus combining tone marks): a text holding them is
 * already Vietnamese, not legacy bytes shown as Latin-1.
 */
export const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9\u0300\u0301\u0303\u0309\u0323]/u;

/** Characters from the upper half of Latin-1, where the legacy encodings put their letters and accents. */
const LATIN1_HIGH = /[\u00A1-\u00FF]/g;

/** Does a (valid Unicode) text look like legacy bytes shown as Latin-1? Cheap pre-check before scoring. */
export function mayBeLegacyText(text: string): boolean {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (UNICODE_VIETNAMESE.test(sample)) return false;
  const high = sample.match(LATIN1_HIGH)?.length ?? 0;
  return high >= 3;
}
