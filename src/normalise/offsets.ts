/**
 * JavaScript strings index UTF-16 code units; SPEC offsets are code points.
 * Vietnamese text is all in the BMP, so the mapping is the identity unless
 * the text holds astral characters (emoji, rare CJK).
 */
export type OffsetMapper = (utf16Index: number) => number;

export const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
export const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/** Whether the text holds a character outside the BMP (a surrogate pair); a regex test runs ~10x faster than a charCodeAt loop. */
export function hasAstralCharacters(text: string): boolean {
  return HIGH_SURROGATE.test(text);
}

/** UTF-16 index → code-point offset (records are built in UTF-16, SPEC offsets are code points). */
export function codePointOffsets(text: string): OffsetMapper {
  if (!hasAstralCharacters(text)) return (i) => i;
  // prefix[i] = number of code points in text[0, i)
  const prefix = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    prefix[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      prefix[i + 1] = cp; // the low surrogate belongs to the same code point
      i++;
    }
    cp++;
  }
  prefix[text.length] = cp;
  return (i) => prefix[i];
}

/**
 * Code-point offset → UTF-16 index: the way back, for writers that cut the
 * text around a record (the CSV context column).
 */
export function codePointToUtf16(text: string): (codePoint: number) => number {
  if (!hasAstralCharacters(text)) return (cp) => cp;
  const indexOf: number[] = [];
  for (let i = 0; i < text.length; i++) {
    indexOf.push(i);
    if (isHighSurrogate(text.charCodeAt(i)) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) i++;
  }
  indexOf.push(text.length);
  return (cp) => indexOf[Math.max(0, Math.min(cp, indexOf.length - 1))];
}
