/**
 * Bytes → text: the decoding step of the pipeline. Pure (no I/O): the CLI
 * reads files and hands the bytes here.
 *
 * Order of decisions: BOM (UTF-8, UTF-16 LE/BE) → empty → NUL bytes (binary)
 * → valid UTF-8 (unless it is legacy TCVN3/VNI text shown as Latin-1) →
 * mostly-UTF-8 with a few bad bytes → the legacy 8-bit encodings
 * (Windows-1258, TCVN3, VNI), the one whose decoding reads most like
 * Vietnamese. Text is returned as decoded: NFC and tone placement are the
 * normaliser's job (Windows-1258 yields combining tone marks).
 */
import iconv from 'iconv-lite';
import { convertTcvn3 } from './legacy/tcvn3.js';
import { convertVni } from './legacy/vni.js';
import { mayBeLegacyText, vietnameseScore } from './legacy/detect.js';

export interface DecodedText {
  text: string;
  /** What the reader should know, e.g. "decoded as windows-1258". */
  warnings: string[];
}

/** Input that is not text (NUL bytes) or that no supported encoding decodes. */
export class DecodeError extends Error {
  override name = 'DecodeError';
}

export const WARNING_EMPTY = 'empty input';
export const WARNING_WINDOWS_1258 = 'decoded as windows-1258';
export const WARNING_TCVN3 = 'decoded as TCVN3 (ABC)';
export const WARNING_VNI = 'converted from VNI';
export const WARNING_BAD_UTF8 = 'invalid UTF-8 bytes replaced with U+FFFD';
export const WARNING_BAD_UTF16 = 'invalid UTF-16 sequences replaced with U+FFFD';

/** A legacy decoding must beat the others by reading as Vietnamese: at least this many frequent syllables. */
const MIN_LEGACY_HITS = 3;

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  const body = bytes.subarray(2);
  const warnings: string[] = [];
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    text = new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(body);
    warnings.push(WARNING_BAD_UTF16);
  }
  if (text.length === 0) warnings.push(WARNING_EMPTY);
  return { text, warnings };
}

/** Share of non-ASCII bytes that belong to well-formed UTF-8 sequences (0..1); 1 when all are ASCII. */
function utf8Share(bytes: Uint8Array): number {
  let good = 0;
  let bad = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xf0 && b <= 0xf4 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b <= 0xdf ? 1 : -1;
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) ok = i + k < bytes.length && (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      good += need + 1;
      i += need + 1;
    } else {
      bad++;
      i++;
    }
  }
  return good + bad === 0 ? 1 : good / (good + bad);
}

interface Candidate {
  text: string;
  warning: string;
}

/** Pick the legacy decoding that reads most like Vietnamese. */
function bestLegacy(candidates: Candidate[]): Candidate & { hits: number } {
  let best = { ...candidates[0], share: -1, hits: 0 };
  for (const candidate of candidates) {
    const score = vietnameseScore(candidate.text);
    if (score.share > best.share) best = { ...candidate, ...score };
  }
  return best;
}

/** Text that is valid Unicode but may be TCVN3/VNI shown as Latin-1 (a file saved from a .VnTime document). */
function convertLegacyText(text: string): DecodedText | null {
  if (!mayBeLegacyText(text)) return null;
  const asIs = vietnameseScore(text);
  const best = bestLegacy([
    { text: convertTcvn3(text), warning: WARNING_TCVN3 },
    { text: convertVni(text), warning: WARNING_VNI },
  ]);
  if (best.hits < MIN_LEGACY_HITS || best.hits <= asIs.hits * 2) return null;
  return { text: best.text, warnings: [best.warning] };
}

/** Decode one article's bytes. Throws DecodeError when the bytes are not text. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be');
  const hasUtf8Bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasUtf8Bom ? bytes.subarray(3) : bytes;
  if (body.length === 0) return { text: '', warnings: [WARNING_EMPTY] };
  if (body.includes(0)) throw new DecodeError('binary file (contains NUL bytes)');

  let utf8: string | null = null;
  try {
    utf8 = utf8Strict.decode(body);
  } catch {
    // not valid UTF-8: a few bad bytes in a UTF-8 file, or a legacy 8-bit encoding
  }
  if (utf8 !== null) return convertLegacyText(utf8) ?? { text: utf8, warnings: [] };
  if (hasUtf8Bom || utf8Share(body) >= 0.9) {
    return { text: utf8Lenient.decode(body), warnings: [WARNING_BAD_UTF8] };
  }

  const buffer = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const latin1 = buffer.toString('latin1');
  const best = bestLegacy([
    { text: iconv.decode(buffer, 'windows1258'), warning: WARNING_WINDOWS_1258 },
    { text: convertTcvn3(latin1), warning: WARNING_TCVN3 },
    { text: convertVni(iconv.decode(buffer, 'windows1252')), warning: WARNING_VNI },
  ]);
  if (best.warning !== WARNING_WINDOWS_1258 && best.hits < MIN_LEGACY_HITS) {
    return { text: iconv.decode(buffer, 'windows1258'), warnings: [WARNING_WINDOWS_1258] };
  }
  return { text: best.text, warnings: [best.warning] };
}
