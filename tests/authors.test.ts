/**
 * Bylines go to the document's `authors`, never to officials. Expected
 * authors below are read off the articles' last lines and labelled bylines.
 */
import { readFileSync } from 'node:fs';
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

  it('keeps byline names out of officials on the seeds', () => {
    for (const f of ['seeds/000_0ceb2c1fcc57a048.txt', 'seeds/001_0d145819312b56d9.txt', 'seeds/004_b4aa573c3580f7ba.txt']) {
      const doc = extract(read(f));
      expect(doc.authors.length).toBeGreaterThan(0);
      const officials = new Set(doc.officials.map((o) => o.name));
      for (const a of doc.authors) expect(officials.has(a)).toBe(false);
    }
  });
});
