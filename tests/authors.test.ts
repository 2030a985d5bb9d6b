/**
 * Bylines go to the document's `authors`, never to officials. Expected
 * authors below are read off the articles' last lines and labelled bylines.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { findAuthors } from '../src/metadata/authors.js';

const root = join(import.meta.dirname, '..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');

describe('authors', () => {
  it.each([
    ['Bài và ảnh: Ngọc Hân\n', ['Ngọc Hân']],
    ['Nội dung bài.\n\nTác giả bài viết: Minh Hiển', ['Minh Hiển']],
    ['Nội dung bài.\n\nT/h: Ngô Lan-K’Muôi', ['Ngô Lan', 'K’Muôi']],
    ['Nội dung bài viết dài.\n\nThu Hà\n', ['Thu Hà']],
    ['Nội dung bài viết dài.\n\nTheo Báo Đắk Nông điện tử', []],
  ])('reads %j', (text, want) => {
    expect(findAuthors(text)).toEqual(want);
  });

  // Generated pages: an article body, its byline, then page footers of the kinds seen on
  // provincial portals. The byline must be found whatever footer follows it.
  const body =
    'Sáng 12/3, UBND huyện tổ chức hội nghị sơ kết công tác quý I.\n\n' +
    'Đồng chí Lê Văn Hòa, Phó Chủ tịch UBND huyện phát biểu chỉ đạo hội nghị.\n';
  const footers: [string, string][] = [
    ['licence, address, phone', 'Giấy phép số 21/GP-TTĐT ngày 02/4/2019\nĐịa chỉ: 15 Lê Lợi, TP Vinh. Điện thoại: 0238.3844.123'],
    ['outlet banner', 'BÁO ĐIỆN TỬ TỈNH MIỀN NÚI\nGiấy phép số 5/GP-BTTTT. ĐT: 0214.3820.111'],
    ['source line and copyright', 'Theo Báo Nông thôn ngày nay\n© Bản quyền thuộc Sở Thông tin và Truyền thông'],
    ['office name, phone and email', 'Trung tâm Truyền thông và Văn hóa huyện Miền Tây\nĐiện thoại: 0205.3871.222 - Email: ttvh@example.gov.vn'],
    ['portal name with licence', 'Cổng Thông tin điện tử huyện Miền Tây - Giấy phép số 9/GP-STTTT\nFax: 0205.3871.223'],
    ['menu, buttons, font size', 'Trang chủ | Giới thiệu | Tin tức | Liên hệ\n[ In bài ] [ Gửi bạn bè ] [ Lưu tin ]\nA+ A A-'],
    ['share, print, counters', 'Chia sẻ\nIn bài\nLượt truy cập: 1.254.330\nĐang truy cập: 87'],
    [
      'related articles',
      'Tin liên quan\n- Huyện ra quân xây dựng nông thôn mới (10/3/2024)\n- Hội nghị triển khai nhiệm vụ năm 2024\nGhi rõ nguồn khi phát hành lại thông tin từ website này.',
    ],
    ['dateline and view counter', 'Thứ Hai, 12/05/2023 08:00\nLượt xem: 2.315'],
    ['credit line', 'Ghi rõ nguồn "Cổng TTĐT huyện" khi phát hành lại thông tin\nwww.mientay.gov.vn'],
  ];
  const bylines: [string, string[]][] = [
    ['Minh Châu', ['Minh Châu']],
    ['Lan Anh - Quốc Việt', ['Lan Anh', 'Quốc Việt']],
    ['H’Yến', ['H’Yến']],
    ["Y Nhi - R'Ông", ['Y Nhi', "R'Ông"]],
    ['Đức Thịnh (Trung tâm VH-TT huyện)', ['Đức Thịnh']],
    ['Thanh Bình - Phòng Văn hóa và Thông tin huyện', ['Thanh Bình']],
    ['NGỌC HÀ', ['NGỌC HÀ']],
    ['Bích Liên', ['Bích Liên']],
    ['Mai Lan, Chuyên viên Phòng Nội vụ.', ['Mai Lan']],
    ['T/h: Kim Oanh - TTVH huyện', ['Kim Oanh']],
  ];
  for (const [footerKind, footer] of footers) {
    it.each(bylines)(`reads %j above a footer (${footerKind})`, (byline, want) => {
      const text = `${body}\n${byline}\n\n${footer}\n`;
      expect(findAuthors(text)).toEqual(want);
      const officials = new Set(extract(text).officials.map((o) => o.name));
      for (const a of want) expect(officials.has(a)).toBe(false);
    });
    it(`finds no author when only a source or a sentence is above the footer (${footerKind})`, () => {
      expect(findAuthors(`${body}\nTheo Báo Tin tức\n\n${footer}\n`)).toEqual([]);
      expect(findAuthors(`${body}\nHội nghị kết thúc tốt đẹp.\n\n${footer}\n`)).toEqual([]);
    });
  }

  it('never reads a held-out article\'s official as an author', () => {
    const dir = join(root, 'fixtures', 'blind');
    if (!existsSync(dir)) return;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const doc = extract(readFileSync(join(dir, f), 'utf8'));
      const officials = new Set(doc.officials.map((o) => o.name.toLowerCase()));
      for (const a of doc.authors) expect(officials.has(a.toLowerCase()), `${f}: ${a}`).toBe(false);
    }
  });

  it('keeps byline names out of officials on the seeds', () => {
    for (const f of ['seeds/000_0ceb2c1fcc57a048.txt', 'seeds/001_0d145819312b56d9.txt', 'seeds/004_b4aa573c3580f7ba.txt']) {
      const doc = extract(read(f));
      expect(doc.authors.length).toBeGreaterThan(0);
      const officials = new Set(doc.officials.map((o) => o.name));
      for (const a of doc.authors) expect(officials.has(a)).toBe(false);
    }
  });
});
