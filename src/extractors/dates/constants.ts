/**
 * Word lists of the dates kind (data, no logic). Everything is matched
 * case-insensitively; spaces inside an entry match one or more spaces.
 */

/**
 * Words that name a day or a part of one. After them a bare `d/m`, `d-m` or
 * `d.m` is a date whatever follows (`Sáng 21.4`, `ngày 3-9`, `hôm 5/7`).
 */
export const DAY_WORDS = [
  'ngày',
  'mùng',
  'mồng',
  'hôm',
  'sáng',
  'sáng sớm',
  'rạng sáng',
  'trưa',
  'chiều',
  'chiều tối',
  'tối',
  'đêm',
  'khuya',
] as const;

/** Of the day words, those kept in the record text (they say "day", not a time of day). */
export const DAY_WORDS_IN_TEXT = ['ngày', 'mùng', 'mồng'] as const;

/**
 * Prepositions that often stand before a date but also before counts
 * (`từ 4/9 xã lên 6/9 xã`): after them `d/m` is a date only when nothing
 * count-like follows (see FOLLOW_WORDS).
 */
export const WEAK_TRIGGERS = [
  'từ',
  'kể từ',
  'đến',
  'tới',
  'hết',
  'đến hết',
  'tính đến',
  'trước',
  'sau',
  'vào',
  'trong',
  'lúc',
  'cuối',
  'đầu',
  'giữa',
] as const;

/**
 * Words that introduce a bare year used as a date (`đến 2030`, `tầm nhìn
 * 2045`). `so sánh 2010` (a price base) is deliberately absent.
 */
export const YEAR_TRIGGERS = [
  'đến',
  'tới',
  'từ',
  'kể từ',
  'trước',
  'sau',
  'vào',
  'hết',
  'đến hết',
  'cuối',
  'đầu',
  'giữa',
  'tầm nhìn',
  'tầm nhìn đến',
] as const;

/** Weekday names that may sit between a day word and the date (`Sáng thứ Hai, 3/9`). Left out of the text. */
export const WEEKDAYS = [
  'thứ hai',
  'thứ ba',
  'thứ tư',
  'thứ năm',
  'thứ sáu',
  'thứ bảy',
  'thứ 2',
  'thứ 3',
  'thứ 4',
  'thứ 5',
  'thứ 6',
  'thứ 7',
  'chủ nhật',
  'CN',
] as const;

/**
 * Lower-case words that may follow a date in running text. Any other
 * lower-case word right after `x/y` reads as the unit of a count
 * (`4/9 xã`, `70/70 phiếu`), so the figure is not a date.
 */
export const FOLLOW_WORDS = [
  'và',
  'hoặc',
  'là',
  'vừa',
  'qua',
  'tới',
  'đến',
  'đã',
  'sẽ',
  'thì',
  'của',
  'tại',
  'với',
  'cho',
  'nay',
  'này',
  'lúc',
  'vẫn',
  'mới',
  'có',
  'theo',
  'trên',
  'ở',
  'về',
  'nhằm',
  'để',
  'khi',
  'sau',
  'trước',
  'tổ',
  'diễn',
  // Report verbs: `giải ngân đến 30/9 đạt 60%`, `tính đến 31/12 ước thu ...`, `đến 30/6 toàn tỉnh ...`.
  'đạt',
  'ước',
  'tăng',
  'giảm',
  'còn',
  'được',
  'toàn',
  'cả',
  'thu',
  'chi',
  'giải',
  'hoàn',
  'tổng',
] as const;

/**
 * Last syllables of words that introduce a count, a score or a numbered
 * place (`đạt 7/9.`, `hoàn thành 5/7;`, `tỷ lệ 3/5,`, `lớp 12/3,`,
 * `ngõ 10/4,`, street names `đường 3/2,`): a figure after them with no day word is not a date even
 * when punctuation closes it.
 */
export const COUNT_BEFORE = [
  'lớp',
  'phòng',
  'tổ',
  'khu',
  'đội',
  'lộ',
  'kiệt',
  'hẻm',
  'ngõ',
  'đường',
  'phố',
  'ngách',
  'nhà',
  'căn',
  'mục',
  'khoản',
  'điều',
  'tiết',
  'câu',
  'đạt',
  'có',
  'là',
  'được',
  'thành',
  'còn',
  'chỉ',
  'trên',
  'dưới',
  'gồm',
  'tổng',
  'lệ',
  'số',
  'điểm',
  'thứ',
  'hạng',
  'bằng',
  'chiếm',
  'khoảng',
  'gần',
  'hơn',
  'đủ',
  'đều',
  'cả',
  'với',
  'tăng',
  'giảm',
  'lên',
  'xuống',
  'và',
] as const;

/** Lower-case words that may follow a bare year used as a date (`đến 2030 là ...`, `từ 2021 đến 2025`). */
export const YEAR_FOLLOW_WORDS = [
  'đến',
  'tới',
  'và',
  'hoặc',
  'là',
  'đã',
  'sẽ',
  'thì',
  'của',
  'với',
  'theo',
  'trở',
  'nhằm',
  'để',
  'tầm',
  'định',
  'cũng',
  'vẫn',
  'có',
] as const;

/** Quarter numerals: Roman or Arabic. */
export const QUARTERS: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** Markers after a time: 12-hour AM/PM and the Vietnamese SA (sáng) / CH (chiều). */
export const MERIDIEM_PM = ['PM', 'pm', 'CH', 'ch'] as const;
export const MERIDIEM_AM = ['AM', 'am', 'SA', 'sa'] as const;
/** Meridiem markers kept in the record text (the Vietnamese part-of-day abbreviations are left out). */
export const MERIDIEM_IN_TEXT = ['AM', 'am', 'PM', 'pm'] as const;

/** Plausible years: for a year standing alone (bare, in a range) and for one tied to a date word. */
export const BARE_YEAR_MIN = 1900;
export const BARE_YEAR_MAX = 2100;
export const YEAR_MIN = 1800;
export const YEAR_MAX = 2100;
/** Longest year range accepted (`1948-2018` is 70 years). */
export const MAX_RANGE_YEARS = 100;
