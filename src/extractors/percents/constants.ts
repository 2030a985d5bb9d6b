/**
 * Word lists for percentages and for finding the indicator a figure is about.
 * Data only: patterns.ts and subject-patterns.ts compile them once.
 */

/** Qualifiers written right before a figure; recorded as `approx`. */
export const QUALIFIERS = [
  'hơn',
  'trên',
  'gần',
  'khoảng',
  'ước',
  'dưới',
  'xấp xỉ',
  'ít nhất',
  'tối thiểu',
  'tối đa',
  'chưa đến',
  'chưa tới',
] as const;

/**
 * Words that turn the following figure into a change *by* it. `vượt` (above a
 * target, `vượt 0,7% chỉ tiêu`) is deliberately absent: SPEC gives a change
 * only for tăng (up) and giảm (down), so `vượt X%` has change null.
 */
export const CHANGE_VERBS: Readonly<Record<string, 'up' | 'down'>> = {
  tăng: 'up',
  'tăng trưởng': 'up',
  giảm: 'down',
};

/**
 * Words that may stand between a change verb and its figure without making
 * it a level: `giảm bình quân hàng năm 14,82%`, `tăng thêm 5%`, `tăng trên 5%`.
 * Level words (`còn`, `lên`, `xuống`, `từ`) are deliberately absent:
 * `giảm còn 1,8%` is the level reached.
 */
export const CHANGE_MODIFIERS = [
  'thêm',
  'bình quân',
  'hàng năm',
  'hằng năm',
  'mỗi năm',
  'bình quân hàng năm',
  'bình quân hằng năm',
  'bình quân mỗi năm',
  'được',
  'tương ứng',
  'khoảng',
  'trên',
  'hơn',
  'gần',
  'dưới',
  'ước',
  'xấp xỉ',
  'nhẹ',
  'mạnh',
  // `tăng tới 30%`, `giảm đến 45%`: the size of the change ("by as much as"), so still a
  // change; the level reading needs `lên`/`xuống`/`còn` first (`tăng lên đến 96%` is a level)
  'tới',
  'đến',
] as const;

/**
 * Nouns in front of `tăng trưởng` that make it a noun (`tốc độ tăng trưởng
 * 11,4%` is a growth *rate*, a level), not a verb of change.
 */
export const GROWTH_RATE_NOUNS = ['tốc độ', 'mức', 'tỷ lệ', 'tỉ lệ', 'chỉ số'] as const;

/** Words for "per cent" written out. */
export const PERCENT_WORDS = ['%', 'phần trăm'] as const;
