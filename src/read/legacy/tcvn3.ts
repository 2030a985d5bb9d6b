/**
 * TCVN3 (TCVN 5712:1993 "VN3", the ABC font set: .VnTime, .VnArial, ...):
 * one byte per Vietnamese letter, in the upper half of the byte range. Old
 * government documents typed with these fonts reach us either as raw bytes or
 * as text already "decoded" as Latin-1/Windows-1252 ("ViÖt Nam", "Uû ban").
 *
 * The table maps the Latin-1 character each byte shows as to the Vietnamese
 * letter it stands for. Capitals with a tone mark were typed with the
 * separate "H" fonts (.VnTimeH) that reuse the lower-case codes, so they
 * come out lower case: the bytes carry no case.
 */

/** Byte (as its Latin-1 character) → Vietnamese letter. Data, one line per vowel family. */
const TCVN3_LETTERS: ReadonlyArray<readonly [number, string]> = [
  // capitals without tone marks, then their lower-case letters
  [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
  [0xa8, 'ă'], [0xa9, 'â'], [0xaa, 'ê'], [0xab, 'ô'], [0xac, 'ơ'], [0xad, 'ư'], [0xae, 'đ'],
  // a: huyền, hỏi, ngã, sắc, nặng
  [0xb5, 'à'], [0xb6, 'ả'], [0xb7, 'ã'], [0xb8, 'á'], [0xb9, 'ạ'],
  [0xbb, 'ằ'], [0xbc, 'ẳ'], [0xbd, 'ẵ'], [0xbe, 'ắ'], [0xc6, 'ặ'],
  [0xc7, 'ầ'], [0xc8, 'ẩ'], [0xc9, 'ẫ'], [0xca, 'ấ'], [0xcb, 'ậ'],
  [0xcc, 'è'], [0xce, 'ẻ'], [0xcf, 'ẽ'], [0xd0, 'é'], [0xd1, 'ẹ'],
  [0xd2, 'ề'], [0xd3, 'ể'], [0xd4, 'ễ'], [0xd5, 'ế'], [0xd6, 'ệ'],
  [0xd7, 'ì'], [0xd8, 'ỉ'], [0xdc, 'ĩ'], [0xdd, 'í'], [0xde, 'ị'],
  [0xdf, 'ò'], [0xe1, 'ỏ'], [0xe2, 'õ'], [0xe3, 'ó'], [0xe4, 'ọ'],
  [0xe5, 'ồ'], [0xe6, 'ổ'], [0xe7, 'ỗ'], [0xe8, 'ố'], [0xe9, 'ộ'],
  [0xea, 'ờ'], [0xeb, 'ở'], [0xec, 'ỡ'], [0xed, 'ớ'], [0xee, 'ợ'],
  [0xef, 'ù'], [0xf1, 'ủ'], [0xf2, 'ũ'], [0xf3, 'ú'], [0xf4, 'ụ'],
  [0xf5, 'ừ'], [0xf6, 'ử'], [0xf7, 'ữ'], [0xf8, 'ứ'], [0xf9, 'ự'],
  [0xfa, 'ỳ'], [0xfb, 'ỷ'], [0xfc, 'ỹ'], [0xfd, 'ý'], [0xfe, 'ỵ'],
];

const TABLE: ReadonlyMap<string, string> = new Map(
  TCVN3_LETTERS.map(([byte, letter]) => [String.fromCharCode(byte), letter]),
);

/** Every character the table converts, as a regex class (compiled once). */
const TCVN3_CHAR = new RegExp(`[${[...TABLE.keys()].join('').replace(/[\\\]^-]/g, '\\$&')}]`, 'g');

/** Convert text whose characters are TCVN3 bytes read as Latin-1. */
export function convertTcvn3(latin1Text: string): string {
  return latin1Text.replace(TCVN3_CHAR, (ch) => TABLE.get(ch) ?? ch);
}

/** Encode Unicode Vietnamese as TCVN3 bytes (for tests and fixtures). Letters outside the table become '?'. */
export function encodeTcvn3(text: string): Uint8Array {
  const reverse = new Map<string, number>();
  for (const [byte, letter] of TCVN3_LETTERS) reverse.set(letter, byte);
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0)!;
    const byte = reverse.get(ch) ?? reverse.get(ch.toLowerCase());
    if (byte !== undefined) out.push(byte);
    else if (code < 0x80 || (code < 0x100 && !TABLE.has(ch))) out.push(code);
    else out.push(0x3f);
  }
  return Uint8Array.from(out);
}
