/**
 * JavaScript strings index UTF-16 code units; SPEC offsets are code points.
 * Vietnamese text is all in the BMP, so the mapping is the identity unless
 * the text holds astral characters (emoji, rare CJK).
 */
export type OffsetMapper = (utf16Index: number) => number;

export function codePointOffsets(text: string): OffsetMapper {
  let hasSurrogates = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      hasSurrogates = true;
      break;
    }
  }
  if (!hasSurrogates) return (i) => i;
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
