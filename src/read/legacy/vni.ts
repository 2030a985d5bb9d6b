/**
 * VNI (VNI-Windows fonts: VNI-Times, VNI-Helve, ...): a Vietnamese letter is
 * an ASCII base letter followed by one or two "accent" bytes from the upper
 * half of the byte range ("Vieät Nam", "nöôùc"); đ, Đ and the toned i and y
 * have one byte of their own. Read as Latin-1/Windows-1252 the accents show
 * as ø ù û õ ï â ê ô ö ...
 *
 * The tables map each accent character to the combining marks it adds;
 * composing base + marks with NFC gives the Unicode letter.
 */

const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';
const HORN = '\u031B';
const GRAVE = '\u0300';
const ACUTE = '\u0301';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT_BELOW = '\u0323';

/** Accent written after a base vowel → combining marks. Lower-case accent first, then its capital form. */
const VNI_ACCENTS: ReadonlyArray<readonly [string, string, string]> = [
  ['â', 'Â', CIRCUMFLEX], // aâ â, eâ ê, oâ ô
  ['ê', 'Ê', BREVE], // aê ă
  ['ø', 'Ø', GRAVE],
  ['ù', 'Ù', ACUTE],
  ['û', 'Û', HOOK],
  ['õ', 'Õ', TILDE],
  ['ï', 'Ï', DOT_BELOW],
  ['à', 'À', CIRCUMFLEX + GRAVE],
  ['á', 'Á', CIRCUMFLEX + ACUTE],
  ['å', 'Å', CIRCUMFLEX + HOOK],
  ['ã', 'Ã', CIRCUMFLEX + TILDE],
  ['ä', 'Ä', CIRCUMFLEX + DOT_BELOW],
  ['è', 'È', BREVE + GRAVE],
  ['é', 'É', BREVE + ACUTE],
  ['ú', 'Ú', BREVE + HOOK],
  ['ü', 'Ü', BREVE + TILDE],
  ['ë', 'Ë', BREVE + DOT_BELOW],
];

/** Letters that are one byte of their own. */
const VNI_LETTERS: ReadonlyArray<readonly [string, string]> = [
  ['ñ', 'đ'], ['Ñ', 'Đ'],
  ['ô', 'ơ'], ['Ô', 'Ơ'], ['ö', 'ư'], ['Ö', 'Ư'], // these two take tone accents after them
  ['ì', 'ì'], ['í', 'í'], ['æ', 'ỉ'], ['ó', 'ĩ'], ['ò', 'ị'],
  ['Ì', 'Ì'], ['Í', 'Í'], ['Æ', 'Ỉ'], ['Ó', 'Ĩ'], ['Ò', 'Ị'],
  ['î', 'ỵ'], ['Î', 'Ỵ'],
];

const MARKS = new Map<string, string>();
for (const [lower, upper, marks] of VNI_ACCENTS) {
  MARKS.set(lower, marks);
  MARKS.set(upper, marks);
}
const LETTERS: ReadonlyMap<string, string> = new Map(VNI_LETTERS);

const ACCENT_CLASS = [...MARKS.keys()].join('');
/** A base vowel (ơ and ư are one byte) with one or two accents after it, or a one-byte letter. Compiled once. */
const VNI_SEQUENCE = new RegExp(
  `([aAeEoOuUyYôöÔÖ])([${ACCENT_CLASS}]{1,2})|[${[...LETTERS.keys()].join('')}]`,
  'g',
);

/** Convert text whose characters are VNI bytes read as Latin-1/Windows-1252. */
export function convertVni(latin1Text: string): string {
  return latin1Text
    .replace(VNI_SEQUENCE, (match: string, base: string | undefined, accents: string | undefined) => {
      if (base === undefined || accents === undefined) return LETTERS.get(match) ?? match;
      let marks = '';
      for (const accent of accents) marks += MARKS.get(accent) ?? '';
      return ((LETTERS.get(base) ?? base) + marks).normalize('NFC');
    })
    .normalize('NFC');
}

/** Marks in canonical (NFD) order, so "ậ" (dot below before circumflex in NFD) finds its accent. */
const canonicalMarks = (marks: string): string => ('a' + marks).normalize('NFD').slice(1);

/** Encode Unicode Vietnamese as VNI (for tests). Returns the Latin-1 string of the bytes. */
export function encodeVniAsLatin1(text: string): string {
  const accentFor = new Map<string, string>();
  for (const [lower, upper, marks] of VNI_ACCENTS) {
    const key = canonicalMarks(marks);
    if (!accentFor.has(`l${key}`)) accentFor.set(`l${key}`, lower);
    if (!accentFor.has(`u${key}`)) accentFor.set(`u${key}`, upper);
  }
  const letterFor = new Map<string, string>();
  for (const [byte, letter] of VNI_LETTERS) letterFor.set(letter, byte);
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const own = letterFor.get(ch);
    if (own !== undefined) {
      out += own;
      continue;
    }
    const nfd = ch.normalize('NFD');
    if (nfd.length === 1 || !/[aeouyAEOUY]/.test(nfd[0])) {
      out += ch;
      continue;
    }
    const upper = nfd[0] === nfd[0].toUpperCase();
    let marks = nfd.slice(1);
    if (marks.startsWith(HORN)) {
      // ư and ơ are one byte each; the tone accent follows
      out += letterFor.get((nfd[0] + HORN).normalize('NFC'))!;
      marks = marks.slice(1);
    } else {
      out += nfd[0];
    }
    if (marks) out += accentFor.get(`${upper ? 'u' : 'l'}${marks}`) ?? '';
  }
  return out;
}
