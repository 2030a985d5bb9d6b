/** A hand-built document with one record of every kind (offsets computed from its text), for writer tests. */
import type { ExtractedDocument } from '../src/types.js';

export const SAMPLE_TEXT =
  'Ông Nguyễn Văn An, Chủ tịch UBND tỉnh, dự họp.\n' +
  'Ngày 3/9/2020, thu ngân sách ước đạt 59,6 triệu đồng/năm, đạt 53,59% KH; giá trị dịch vụ tăng 26%. ' +
  'Có 4/9 xã đạt chuẩn. =SUM(A1) là một ô nguy hiểm.';

function span(text: string, from = 0) {
  const start = SAMPLE_TEXT.indexOf(text, from);
  if (start < 0) throw new Error(`not in sample: ${text}`);
  return { text, start, end: start + text.length };
}

export function sampleDocument(source = 'sample.txt'): ExtractedDocument {
  return {
    source,
    title: null,
    published: '2020-09-03',
    reference_year: 2020,
    authors: ['Minh Hiển'],
    officials: [
      {
        ...span('Ông Nguyễn Văn An, Chủ tịch UBND tỉnh'),
        name: 'Nguyễn Văn An',
        honorific: 'ông',
        titles: ['Chủ tịch UBND tỉnh', 'Bí thư Tỉnh ủy'],
        titles_expanded: ['Chủ tịch Ủy ban nhân dân tỉnh', 'Bí thư Tỉnh ủy'],
        mentions: [span('Ông Nguyễn Văn An, Chủ tịch UBND tỉnh')],
      },
    ],
    dates: [{ ...span('Ngày 3/9/2020'), value: '2020-09-03', granularity: 'day', year_inferred: false }],
    money: [
      { ...span('59,6 triệu đồng/năm'), value: 59600000, currency: 'VND', per: 'năm', approx: null, indicator: 'thu ngân sách' },
    ],
    percents: [
      { ...span('53,59%'), value: 53.59, subject: 'thu ngân sách', change: null, approx: null },
      { ...span('tăng 26%'), value: 26, subject: 'giá trị dịch vụ', change: 'up', approx: null },
    ],
    plan_attainments: [
      {
        ...span('đạt 53,59% KH'),
        percent: 53.59,
        indicator: 'thu ngân sách',
        plan: 'KH',
        relation: 'of_plan',
        actual: { value: 59600000, currency: 'VND' },
        planned: null,
        estimate: true,
      },
    ],
    ratios: [{ ...span('4/9 xã'), numerator: 4, denominator: 9, unit: 'xã' }],
    warnings: ['decoded as windows-1258'],
  };
}
