/**
 * Text normalisation (SPEC "Text normalisation"): NFC, new-style tone
 * placement, Unicode spaces to U+0020, line breaks to \n, invisible format
 * characters removed. Offsets of every record point into the string this
 * returns.
 *
 * It runs on every article, so it works on the NFC text directly (NFC of
 * text that already is NFC is a fast check) instead of a full NFD round trip:
 * the old tone placements are a small closed set of precomposed letters.
 */

/**
 * Old-style placement puts the tone on the second vowel of the open
 * diphthongs oa, oe, uy ("hoà", "khoẻ", "Uỷ"); the new style puts it on the
 * first ("hòa", "khỏe", "Ủy"). Only when the syllable ends there: with a
 * final consonant ("hoàng", "thuyết") both styles agree. "qu" is a consonant,
 * so "quý" is already right. In NFC the toned second vowel is one of these
 * precomposed letters (a, e, y with huyền, sắc, hỏi, ngã, nặng).
 */
const TONED_SECOND_VOWEL = 'àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ';
/** The old-style pair at the end of a syllable; the letter before it is checked by hand (cheaper than a lookbehind). */
const OLD_STYLE_PAIR = new RegExp(`[oOuU][${TONED_SECOND_VOWEL}](?![\\p{L}\\p{M}])`, 'gu');
/** Before the pair: "qu" is a consonant ("quý"); a mark or an accented letter means the pair is not a syllable's nucleus. */
const BLOCKS_MOVE = /[qQ\p{M}]/u;
const blocksMove = (previous: string): boolean =>
  BLOCKS_MOVE.test(previous) || (previous > '\x7f' && previous.normalize('NFD').length > 1);

/** "oà" → "òa": move the tone of the second vowel onto the first, where old-style text has it. */
function newStyleTones(text: string): string {
  let out = '';
  let copied = 0;
  OLD_STYLE_PAIR.lastIndex = 0;
  for (let match = OLD_STYLE_PAIR.exec(text); match !== null; match = OLD_STYLE_PAIR.exec(text)) {
    const at = match.index;
    if (at > 0 && blocksMove(text[at - 1])) continue;
    const decomposed = match[0][1].normalize('NFD'); // base vowel + one tone mark
    out += text.slice(copied, at) + (match[0][0] + decomposed.slice(1)).normalize('NFC') + decomposed[0];
    copied = at + 2;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

// Spaces other than U+0020 that scraped pages carry: NBSP, Ogham, en/em and other fixed-width
// spaces, narrow NBSP, medium mathematical space, ideographic space.
const UNICODE_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// Invisible characters that split words without showing: soft hyphen (HTML &shy;), zero-width
// space, word joiner, and a BOM left in the middle of concatenated files.
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/g;
// Windows (CRLF), old Mac (CR) and Unicode line/paragraph separators become \n.
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;
/** What the three replace, as one class: clean text skips them. */
const CLEANING_CLASS = String.raw`\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000\u00AD\u2060\uFEFF\r\u2028\u2029\u0085`;
const NEEDS_CLEANING = new RegExp(`[${CLEANING_CLASS}]`);
/** The invisible characters and line breaks (rarer than spaces): without them, only the spaces are replaced. */
const INVISIBLE_OR_BREAK = /[\u00AD\u200B\u2060\uFEFF\r\u2028\u2029\u0085]/;

/**
 * Every UTF-16 unit that NFC may change or that may change what is around
 * it, with room to spare: combining marks (U+0300 on: Vietnamese NFC text
 * holds none, its letters are precomposed below U+0300 and in U+1EA0-U+1EF9),
 * Greek extended and the en/em quads (singletons), combining marks for
 * symbols, the Ohm, Kelvin and Angstrom signs, angle brackets and U+2ADC
 * (singletons), and everything from U+2C00 on (CJK compatibility
 * ideographs, some of which NFC sends outside the BMP, Hebrew presentation
 * forms, variation selectors and all surrogates are there). Hangul jamo, in
 * U+1100-U+11FF, fall in the first range. A text without any of these is NFC already, and NFC
 * leaves it without astral characters. tests/normalise.test.ts checks the
 * class against the Unicode data of the running ICU.
 */
export const NFC_MAY_CHANGE_CLASS = String.raw`\u0300-\u1E9F\u1F00-\u2001\u20D0-\u20FF\u2126\u212A\u212B\u2329\u232A\u2ADC\u2C00-\uFFFF`;
const NFC_MAY_CHANGE = new RegExp(`[${NFC_MAY_CHANGE_CLASS}]`);
/** One scan that passes most articles: nothing to clean, nothing NFC may change. */
const PLAIN = new RegExp(`[${CLEANING_CLASS}${NFC_MAY_CHANGE_CLASS}]`);
const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

export interface NormalisedText {
  text: string;
  /** Whether the text holds characters outside the BMP (UTF-16 offsets then differ from code points). */
  astral: boolean;
}

/** Normalise an article's text for extraction, and tell whether it holds astral characters. */
export function normalise(input: string): NormalisedText {
  if (!PLAIN.test(input)) return { text: newStyleTones(input), astral: false };
  let text = input;
  if (NEEDS_CLEANING.test(text)) {
    text = INVISIBLE_OR_BREAK.test(text)
      ? text.replace(INVISIBLE, '').replace(UNICODE_SPACES, ' ').replace(LINE_BREAKS, '\n')
      : text.replace(UNICODE_SPACES, ' '); // the other two would find nothing
  }
  // Cleaning only writes ' ' and '\n': what NFC may change was there before.
  if (!NFC_MAY_CHANGE.test(text)) return { text: newStyleTones(text), astral: false };
  text = newStyleTones(text.normalize('NFC'));
  return { text, astral: HIGH_SURROGATE.test(text) };
}

/** Normalise an article's text for extraction. Pure and idempotent. */
export function normaliseText(input: string): string {
  return normalise(input).text;
}
