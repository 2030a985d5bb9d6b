import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NFC_MAY_CHANGE_CLASS, normalise, normaliseText } from '../src/normalise/normalise.js';

/** The straightforward definition (full NFD round trip), kept here as the oracle for the fast version. */
function referenceNormalise(input: string): string {
  const text = input
    .replace(/[\u00AD\u200B\u2060\uFEFF]/g, '')
    .replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n');
  return text
    .normalize('NFD')
    .replace(/(?<![qQ\p{M}])([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/gu, '$1$3$2')
    .normalize('NFC');
}

describe('normaliseText', () => {
  it.each([
    ['Uỷ ban nhân dân', 'Ủy ban nhân dân'],
    ['UỶ BAN', 'ỦY BAN'],
    ['hoà', 'hòa'],
    ['Hoà Bình', 'Hòa Bình'],
    ['thuỷ lợi', 'thủy lợi'],
    ['sức khoẻ', 'sức khỏe'],
    ['toà án', 'tòa án'],
    ['hoạ sĩ', 'họa sĩ'],
    ['Thuý', 'Thúy'],
  ])('moves an old-style tone: %s', (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  it.each(['quý', 'Quỳnh', 'hoàng', 'thuyết', 'khuỷu tay', 'Huệ', 'Huế', 'hòa', 'Ủy ban', 'khỏe', 'quà'])(
    'leaves %s unchanged',
    (word) => {
      expect(normaliseText(word)).toBe(word);
    },
  );

  it('composes NFD input (including windows-1258 style combining tones) to NFC', () => {
    const nfc = 'Phó Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk Nguyễn Thị Huệ';
    expect(normaliseText(nfc.normalize('NFD'))).toBe(nfc);
    // windows-1258 keeps ê/ơ/ư precomposed and writes the tone as a combining mark
    expect(normaliseText('Vie\u0302\u0323t Nam, nu\u031Bo\u031B\u0301c')).toBe('Việt Nam, nước');
    expect(normaliseText('Vi\u00EA\u0323t')).toBe('Việt');
  });

  it('turns Unicode spaces into U+0020, line breaks into \\n, and drops invisible characters', () => {
    expect(normaliseText('17/6,\u00A0Đoàn\u2009công\u202Ftác\u3000số')).toBe('17/6, Đoàn công tác số');
    expect(normaliseText('a\r\nb\rc\u2028d')).toBe('a\nb\nc\nd');
    expect(normaliseText('\uFEFFHuyện\u00ADLắk\u200B')).toBe('HuyệnLắk');
  });

  it('keeps length for clean NFC text (offsets stay those of the input)', () => {
    const text = 'Ngày 17/6, đồng chí Nguyễn Đình Trung – Bí thư Tỉnh ủy làm việc.';
    expect(normaliseText(text)).toBe(text);
  });

  const syllables = fc.constantFrom(
    'hoà', 'hòa', 'Uỷ', 'Ủy', 'thuỷ', 'khoẻ', 'quý', 'Quỳnh', 'hoàng', 'thuyết', 'khuỷu', 'nước', 'Việt',
    'oà', 'uỷ', 'oạ', 'uê', 'Huế', 'QUÝ', 'HOÀ', 'ưa', 'ươ', 'ủa', 'a', 'o', 'u', 'y', 'q',
  );
  const pieces = fc.oneof(
    syllables,
    syllables.map((s) => s.normalize('NFD')),
    fc.constantFrom(' ', '\u00A0', '\n', '\r\n', ',', '\u0301', '\u0323', '\u031B', 'đ', '1'),
  );
  const vietnameseish = fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join(''));

  it('agrees with the NFD reference definition (property)', () => {
    fc.assert(
      fc.property(vietnameseish, (text) => {
        expect(normaliseText(text)).toBe(referenceNormalise(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('skips NFC only where it changes nothing: NFC_MAY_CHANGE_CLASS holds every unit it may touch', () => {
    const mayChange = new RegExp(`[${NFC_MAY_CHANGE_CLASS}]`);
    // Characters that compose with the one before them: every unit but the first of a decomposition.
    const composing = new Set<string>();
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const d = String.fromCodePoint(cp).normalize('NFD');
      for (const unit of [...d].slice(1)) composing.add(unit);
    }
    // Marks of combining classes 230, 220, 240, 10 and 103: a unit of another non-zero class is reordered around one.
    const marks = ['\u0301', '\u0316', '\u0345', '\u05B0', '\u0E38'];
    for (let cp = 0; cp <= 0xffff; cp++) {
      const c = String.fromCharCode(cp);
      if (mayChange.test(c)) continue;
      expect(cp < 0xd800 || cp > 0xdfff).toBe(true);
      expect(c.normalize('NFC')).toBe(c);
      expect(composing.has(c)).toBe(false);
      const first = [...c.normalize('NFD')][0];
      for (const m of marks) {
        expect(('a' + m + first).normalize('NFD')).toBe('a' + m + first);
        expect(('a' + first + m).normalize('NFD')).toBe('a' + first + m);
      }
    }
  });

  it('tells whether the normalised text holds astral characters', () => {
    expect(normalise('Hội nghị 😀 tổng kết').astral).toBe(true);
    expect(normalise('Hội\u00A0nghị 😀').astral).toBe(true);
    expect(normalise('Hội nghị tổng kết').astral).toBe(false);
    expect(normalise('Hội\u00A0nghị').astral).toBe(false);
    expect(normalise('\uFA6C').astral).toBe(true); // a CJK compatibility ideograph whose NFC is astral
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.oneof(vietnameseish, fc.string({ unit: 'grapheme' })), (text) => {
        const once = normaliseText(text);
        expect(normaliseText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});
