/**
 * Word lists of the money extractor (data, no logic). Matched
 * case-insensitively unless said otherwise; compiled longest-first.
 */
import type { Currency } from '../../types.js';

/** Currency words and abbreviations after an amount, with the currency they name. */
export const CURRENCIES: Readonly<Record<string, Currency>> = {
  'đồng': 'VND',
  'đ': 'VND',
  'VNĐ': 'VND',
  'VND': 'VND',
  'USD': 'USD',
  'US$': 'USD',
  'đô la Mỹ': 'USD',
  'đô-la Mỹ': 'USD',
  'đôla Mỹ': 'USD',
  'đô la': 'USD',
  'đô-la': 'USD',
  'đôla': 'USD',
};

/**
 * Words that turn a following `đồng` into something else. After a scale word
 * (`2 triệu đồng bào`) only the first list applies, since `500 triệu đồng
 * tổ chức lễ` is money; after a bare number (`2 đồng chí`, `năm 2023 đồng
 * thời`) both do.
 */
export const NOT_CURRENCY_AFTER_DONG: readonly string[] = ['bào', 'chí'];
export const NOT_CURRENCY_AFTER_BARE_DONG: readonly string[] = [
  'thời', 'ruộng', 'lòng', 'tâm', 'nghiệp', 'minh', 'đội', 'loạt', 'bộ', 'nhất', 'thuận', 'ý',
  'hành', 'hương', 'cỏ', 'tình', 'hồ', 'khởi', 'dạng', 'đều', 'cảm', 'phạm', 'môn', 'hóa', 'điệu',
  'ca', 'phục', 'hưởng', 'quê', 'niên', 'vọng', 'ấu', 'chủ', 'sở hữu', 'tác giả', 'trình', 'diễn',
  'xu', 'hoang', 'bãi', 'bọn', 'nghĩa', 'sáng', 'tổ chức', 'bằng', 'thanh', 'đẳng', 'cấp', 'dao',
];

/**
 * Qualifiers of the value written right before an amount (`hơn 110 tỷ
 * đồng`, `gần 15,5 tỷ đồng`): kept as written in `approx`, and the record's
 * text starts with them.
 */
export const QUALIFIERS: readonly string[] = [
  'hơn', 'trên', 'gần', 'khoảng', 'dưới', 'xấp xỉ', 'gần như', 'chừng', 'ngót', 'ngót nghét',
  'trên dưới', 'ít nhất', 'tối thiểu', 'tối đa', 'không dưới', 'không quá',
];

/**
 * Estimate words before an amount (`ước 44 triệu đồng/người/năm`, `ước đạt
 * 304 tỷ đồng`). `approx` is the value qualifier when one follows (`ước đạt
 * hơn 500 tỷ đồng` → `hơn`, text from `hơn`), else `ước` (SPEC's word for an
 * estimate), and the text starts at the number.
 */
export const ESTIMATE_WORDS: readonly string[] = [
  'ước', 'ước tính', 'ước đạt', 'ước thực hiện', 'ước thu', 'ước chi', 'ước giải ngân',
];

/**
 * Per-units after `/` (`59,6 triệu đồng/năm`, `44 triệu đồng/người/năm`,
 * `7.000 đồng/kg`). Case-sensitive: units are written in lower case (or
 * as the symbols here).
 */
export const PER_UNITS: readonly string[] = [
  'năm', 'tháng', 'quý', 'tuần', 'ngày', 'giờ', 'buổi', 'ca', 'lượt', 'lần', 'vụ', 'mùa', 'khóa',
  'người', 'hộ', 'khẩu', 'lao động', 'học sinh', 'sinh viên', 'hội viên', 'thành viên', 'cán bộ',
  'suất', 'xã', 'thôn', 'bản', 'công trình', 'dự án', 'hợp tác xã', 'doanh nghiệp', 'cơ sở', 'gói',
  'ha', 'héc-ta', 'hecta', 'sào', 'mẫu', 'công', 'm2', 'm²', 'm3', 'm³', 'km', 'km2', 'mét', 'm',
  'kg', 'tấn', 'tạ', 'yến', 'lít', 'kWh', 'kwh', 'con', 'cây', 'quả', 'sản phẩm', 'chiếc', 'căn', 'căn hộ',
  'đầu người', 'người/năm', 'người/tháng',
];

/** Between two amounts that share the currency written after the second (`21.000/46.290 triệu đồng`). */
export const PAIR_JOINERS: readonly string[] = ['/', '-', '–', '—', 'đến', 'tới'];
/**
 * Between list items that each have their own scale word and share the
 * currency written after the last (`500 triệu, 300 triệu và 200 triệu đồng`).
 */
export const LIST_JOINERS: readonly string[] = [',', ';', 'và', 'hoặc', 'hay'];

/**
 * Scale words that make an amount money even with the currency left out,
 * when the amount ends a clause (`thu ngân sách đạt 139,1 tỷ.`): counts of
 * people or goods in the billions are rare in local reports.
 */
export const SCALES_IMPLYING_MONEY: readonly string[] = ['tỷ', 'tỉ', 'nghìn tỷ', 'ngàn tỷ', 'nghìn tỉ', 'ngàn tỉ'];
