/**
 * Scale words after a number, as powers of ten. Longest first when compiled,
 * so "nghìn tỷ" is one scale (10^12), not "nghìn" then "tỷ".
 */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  'nghìn tỷ': 12,
  'ngàn tỷ': 12,
  'nghìn tỉ': 12,
  'ngàn tỉ': 12,
  'tỷ': 9,
  'tỉ': 9,
  'triệu': 6,
  'tr': 6,
  'nghìn': 3,
  'ngàn': 3,
  'trăm': 2,
};

/** Power of ten of a scale word as written (case-insensitive), or null. */
export function scalePower(word: string): number | null {
  const key = word.toLowerCase().replace(/\s+/g, ' ');
  return key in SCALE_WORDS ? SCALE_WORDS[key] : null;
}

/**
 * Scale words as regex source, longest first ("nghìn tỷ" before "nghìn"),
 * matched case-insensitively by callers. `tr` is the report abbreviation of
 * triệu and only makes sense glued to a currency (`tr.đ`, `trđ`, `tr đồng`):
 * callers that accept it require a currency right after.
 */
export const SCALE_WORD_LIST: readonly string[] = Object.keys(SCALE_WORDS);
