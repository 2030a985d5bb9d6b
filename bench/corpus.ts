/**
 * The bench corpus: JSONL `{"id","text"}` built from the seeds and the dev
 * fixtures with figures varied (numbers, dates, years, names, paragraph
 * order), so that no two documents are equal and caches or repeated-input
 * shortcuts cannot flatter the figures. Deterministic for a given seed.
 */
import { createWriteStream, existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const TEMPLATE_DIRS = ['seeds', 'fixtures/dev'];

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Lưu', 'Trương', 'Đinh', 'Lâm', 'Mai', 'Cao', 'Tô', 'Hà', 'Đoàn', 'Trịnh'];
const MIDDLES = ['Văn', 'Thị', 'Đình', 'Minh', 'Thanh', 'Hữu', 'Quốc', 'Ngọc', 'Xuân', 'Thành', 'Công', 'Đức'];
const GIVEN = ['Hùng', 'Lan', 'Trung', 'Long', 'Hải', 'Tùng', 'Hưng', 'Dũng', 'Hương', 'Mai', 'Bình', 'Sơn', 'Tuấn', 'Thảo', 'Phúc', 'Nam'];
/** A surname followed by 1–3 capitalised syllables: the names we swap for random ones. */
const NAME = new RegExp(`(?<![\\p{L}\\p{N}])(?:${SURNAMES.join('|')})(?: \\p{Lu}\\p{Ll}*){1,3}(?![\\p{L}\\p{N}])`, 'gu');
const NUMBER = /\d+/g;

/** mulberry32: a small seeded PRNG, so corpora are reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function loadTemplates(root = '.'): string[] {
  const texts: string[] = [];
  for (const dir of TEMPLATE_DIRS) {
    const full = path.join(root, dir);
    if (!existsSync(full)) continue;
    for (const file of readdirSync(full).filter((f) => f.endsWith('.txt')).sort()) {
      texts.push(readFileSync(path.join(full, file), 'utf8'));
    }
  }
  if (texts.length === 0) throw new Error('no templates: run the bench from the project root');
  return texts;
}

/** A variation of a template: new figures, new names, middle paragraphs shuffled. */
export function vary(template: string, random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const digit = () => String(Math.floor(random() * 10));
  let text = template.replace(NUMBER, (digits) => {
    const value = Number(digits);
    if (digits.length <= 2 && value <= 31) {
      const day = String(1 + Math.floor(random() * 28));
      return digits.length === 2 ? day.padStart(2, '0') : day; // days and months stay plausible
    }
    if (digits.length === 4 && value >= 1990 && value <= 2035) return String(2000 + Math.floor(random() * 31));
    let out = digits[0] === '0' ? '0' : String(1 + Math.floor(random() * 9));
    for (let i = 1; i < digits.length; i++) out += digit();
    return out;
  });
  text = text.replace(NAME, () => `${pick(SURNAMES)} ${pick(MIDDLES)} ${pick(GIVEN)}`);
  const lines = text.split('\n');
  if (lines.length > 6) {
    // keep the headline/dateline and the closing chrome and bylines in place
    const middle = lines.slice(2, -3);
    for (let i = middle.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [middle[i], middle[j]] = [middle[j], middle[i]];
    }
    text = [...lines.slice(0, 2), ...middle, ...lines.slice(-3)].join('\n');
  }
  return text;
}

export interface CorpusInfo {
  path: string;
  bytes: number;
  docs: number;
}

/** Write (or reuse) a corpus of about `targetBytes` at `file`. */
export async function ensureCorpus(file: string, targetBytes: number, seed = 1): Promise<CorpusInfo> {
  const countFile = `${file}.docs`;
  if (existsSync(file) && existsSync(countFile) && statSync(file).size >= targetBytes) {
    return { path: file, bytes: statSync(file).size, docs: Number(readFileSync(countFile, 'utf8')) };
  }
  const templates = loadTemplates();
  const random = prng(seed);
  const tmp = `${file}.tmp`;
  const out = createWriteStream(tmp);
  let bytes = 0;
  let docs = 0;
  let batch = '';
  while (bytes < targetBytes) {
    const template = docs % templates.length;
    const line = `${JSON.stringify({ id: `doc-${docs}-t${template}`, text: vary(templates[template], random) })}\n`;
    batch += line;
    bytes += Buffer.byteLength(line);
    docs++;
    if (batch.length > 1 << 20) {
      if (!out.write(batch)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      batch = '';
    }
  }
  out.write(batch);
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  renameSync(tmp, file);
  writeFileSync(countFile, String(docs));
  return { path: file, bytes, docs };
}

/** "20MB", "1GB", "300mb", "5000000" → bytes. */
export function parseSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(k|m|g)?i?b?$/i.exec(value.trim());
  if (!match) throw new Error(`bad size '${value}' (e.g. 20MB, 1GB)`);
  const scale = { k: 1 << 10, m: 1 << 20, g: 1 << 30 }[(match[2] ?? '').toLowerCase() as 'k' | 'm' | 'g'] ?? 1;
  return Math.round(Number(match[1]) * scale);
}
