/**
 * Text normalisation (SPEC "Text normalisation"): NFC, new-style tone
 * placement, Unicode spaces to U+0020. Offsets of every record point into the
 * string this returns.
 */

// Tone marks as combining characters (in NFD): grave, acute, tilde, hook above, dot below.
const TONE = '\u0300\u0301\u0303\u0309\u0323';

/**
 * Old-style placement puts the tone on the second vowel of the open
 * diphthongs oa, oe, uy ("hoà", "khoẻ", "Uỷ"); the new style puts it on the
 * first ("hòa", "khỏe", "Ủy"). Only when the syllable ends there: with a
 * final consonant ("hoàng", "thuyết") both styles agree. "qu" is a consonant,
 * so "quý" is already right.
 */
const OLD_TONE_PLACEMENT = new RegExp(
  `(?<![qQ\\p{M}])([oOuU])([aAeEyY])([${TONE}])(?![\\p{L}\\p{M}])`,
  'gu',
);
// In NFD a horn or circumflex follows its letter, so "ưỷ" or "ôà" never match [oOuU][aAeEyY].

// Spaces other than U+0020 that scraped pages carry: NBSP, Ogham, en/em and other fixed-width
// spaces, narrow NBSP, medium mathematical space, ideographic space.
const UNICODE_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/** Normalise an article's text for extraction. Pure and idempotent. */
export function normaliseText(input: string): string {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  text = text.replace(UNICODE_SPACES, ' ');
  const decomposed = text.normalize('NFD');
  return decomposed.replace(OLD_TONE_PLACEMENT, '$1$3$2').normalize('NFC');
}
