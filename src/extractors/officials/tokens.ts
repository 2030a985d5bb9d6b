/**
 * Tokens for the officials grammar: words (letters and digits, with an inner
 * apostrophe as in K’Muôi or a slash as in Đ/c), single punctuation marks, and
 * line breaks (a name or a title never crosses a line). Offsets are UTF-16
 * indices into the normalised text.
 */

export interface Token {
  text: string;
  /** Lower-cased text, the key of the case-insensitive lexicon. */
  lower: string;
  start: number;
  end: number;
  /** A word (letters/digits), not punctuation or a line break. */
  word: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’/&][\p{L}\p{M}\p{N}]+)*|\n|[^\s]/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const t = m[0];
    out.push({
      text: t,
      lower: t.toLowerCase(),
      start: m.index,
      end: m.index + t.length,
      word: /^[\p{L}\p{M}\p{N}]/u.test(t),
    });
  }
  return out;
}

/** "Nguyễn", "Y", "K’Muôi", "Niê": a capital then lower-case letters (an inner apostrophe allowed). */
const TITLE_CASE = /^\p{Lu}\p{Ll}*(?:['’]\p{L}\p{Ll}*)*$/u;
/** Ethnic-minority syllables written with a glottal apostrophe: K’Muôi, H’Hen, R’Ông. */
const APOSTROPHE_NAME = /^\p{Lu}['’]\p{Lu}\p{Ll}*$/u;

/** A Vietnamese syllable in capitals (PHẠM, VĂN, NGUYỄN), to tell upper-case names from acronyms. */
const VOWELS = 'AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ';
const UPPER_SYLLABLE = new RegExp(
  `^(?:NGH|NG|NH|CH|GH|GI|KH|PH|QU|TH|TR|[BCDĐGHKLMNPQRSTVX])?[${VOWELS}]{1,3}(?:NG|NH|CH|[CMNPT])?$`,
  'u',
);

export const isTitleCase = (t: Token): boolean => t.word && TITLE_CASE.test(t.text);
export const isApostropheName = (t: Token): boolean => APOSTROPHE_NAME.test(t.text);
export const isUpperSyllable = (t: Token): boolean =>
  t.word && t.text.length > 1 && t.text === t.text.toUpperCase() && UPPER_SYLLABLE.test(t.text);
export const isLowerWord = (t: Token): boolean => t.word && /^\p{Ll}/u.test(t.text);
export const isDash = (t: Token | undefined): boolean => !!t && (t.text === '-' || t.text === '–' || t.text === '—');
