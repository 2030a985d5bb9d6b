/**
 * Inputs crafted to hurt a backtracking regex engine (issue 6), shared by
 * tests/adversarial.test.ts (must complete) and the bench (time per MB next
 * to real text). Each generator repeats a unit up to about `bytes` UTF-8 bytes.
 */

export interface AdversarialInput {
  name: string;
  make(bytes: number): string;
}

function repeatTo(unit: string, bytes: number, separator = ''): string {
  const unitBytes = Buffer.byteLength(unit + separator);
  return Array.from({ length: Math.max(1, Math.floor(bytes / unitBytes)) }, () => unit).join(separator);
}

/** Lines of `unit × perLine` so that per-line scanners meet the same hostile runs. */
function paragraphsOf(unit: string, bytes: number, perLine: number): string {
  const line = repeatTo(unit, Buffer.byteLength(unit) * perLine);
  return repeatTo(line, bytes, '\n');
}

export const ADVERSARIAL_INPUTS: readonly AdversarialInput[] = [
  { name: '1.1.1.… (one line)', make: (n) => repeatTo('1.', n) },
  { name: '9,9,9,… (one line)', make: (n) => repeatTo('9,', n) },
  { name: '1/1/1/… (one line)', make: (n) => repeatTo('1/', n) },
  { name: '1-1-1-… (one line)', make: (n) => repeatTo('1-', n) },
  { name: 'digits 1 MB (one line)', make: (n) => repeatTo('1234567890', n) },
  { name: 'Nguyễn Văn × N (one line)', make: (n) => repeatTo('Nguyễn Văn ', n) },
  { name: 'capitalised syllables (paragraphs)', make: (n) => paragraphsOf('Trần Thị Minh Hoàng ', n, 200) },
  { name: 'Phó Chủ tịch UBND tỉnh × N', make: (n) => repeatTo('Phó Chủ tịch UBND tỉnh ', n) },
  { name: 'ông Nguyễn Văn A, Phó Chủ tịch UBND tỉnh, × N', make: (n) => repeatTo('ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh, ', n) },
  { name: 'đạt × N', make: (n) => repeatTo('đạt ', n) },
  { name: 'đạt 1% KH × N', make: (n) => repeatTo('đạt 1% KH ', n) },
  { name: 'đạt 1/2 triệu đồng, × N', make: (n) => repeatTo('đạt 1/2 triệu đồng, ', n) },
  { name: 'ngày 1/1/2020 × N', make: (n) => repeatTo('ngày 1/1/2020 ', n) },
  { name: '(((( (one line)', make: (n) => repeatTo('(', n) },
  { name: '-–-– (one line)', make: (n) => repeatTo('-–', n) },
  { name: ':::: (one line)', make: (n) => repeatTo(':', n) },
  { name: ';;;; (one line)', make: (n) => repeatTo(';', n) },
  { name: 'tỷ tỷ tỷ … (one line)', make: (n) => repeatTo('tỷ ', n) },
  { name: 'x999…9 tỷ đồng (a glued digit run before a currency)', make: (n) => 'x' + repeatTo('9', n - 20) + ' tỷ đồng' },
  { name: 'ngày 1/1/2020 chi 5 tỷ đồng, đạt 5% × N (dates among figures)', make: (n) => repeatTo('ngày 1/1/2020 chi 5 tỷ đồng, đạt 5%, ', n) },
  { name: 'spaces then a letter', make: (n) => repeatTo(' ', n - 1) + 'a' },
  { name: 'newlines', make: (n) => repeatTo('\n', n) },
  { name: '1 MB line of prose (no newline)', make: (n) => repeatTo('Kinh tế tăng 7,5%, thu ngân sách đạt 1.234 tỷ đồng, bằng 105% dự toán; ', n) },
];
