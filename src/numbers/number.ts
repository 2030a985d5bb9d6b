/**
 * The Vietnamese number grammar: `.` groups thousands, `,` is the decimal
 * mark, and a dot followed by other than exactly three digits is a decimal
 * point. Values are exact decimals (a BigInt mantissa and a count of decimal
 * places), so `59,6 triệu` is 59600000 and never 59600000.000001.
 */

import { alternation } from '../lexicon/regex.js';
import { SCALE_WORD_LIST, scalePower } from './scales.js';
import { OTHER, classOf, isDigitCode } from '../lexicon/chars.js';

/** An exact decimal: value = mantissa / 10^places. */
export interface ExactDecimal {
  mantissa: bigint;
  places: number;
}

/**
 * Source of one number token. Alternatives are mutually exclusive by their
 * first separator, so matching is linear: grouped thousands (`154.228`,
 * `2.522,81`), comma decimals (`59,6`), dot decimals (`2.5`), integers.
 * Callers add their own boundaries.
 */
export const NUMBER_SOURCE = '\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?(?![.,]?\\d)|\\d+(?:[.,]\\d+)?(?![.,]?\\d)';

const GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const COMMA_DECIMAL = /^\d+,\d+$/;
const DOT_DECIMAL = /^\d+\.(?!\d{3}$)\d+$/;
const INTEGER = /^\d+$/;

/** Parse a number token as written in Vietnamese text, or null if it is not one. */
export function parseVietnameseNumber(token: string): ExactDecimal | null {
  // Most tokens are plain integers: no other form matches without a separator.
  if (INTEGER.test(token)) return { mantissa: BigInt(token), places: 0 };
  let digits: string;
  if (GROUPED.test(token)) digits = token.replace(/\./g, '').replace(',', '.');
  else if (COMMA_DECIMAL.test(token)) digits = token.replace(',', '.');
  else if (DOT_DECIMAL.test(token) || INTEGER.test(token)) digits = token;
  else return null;
  const dot = digits.indexOf('.');
  if (dot < 0) return { mantissa: BigInt(digits), places: 0 };
  const fraction = digits.slice(dot + 1);
  return { mantissa: BigInt(digits.slice(0, dot) + fraction), places: fraction.length };
}

/** value × 10^power, exactly. */
export function scaleDecimal(d: ExactDecimal, power: number): ExactDecimal {
  const shift = Math.min(power, d.places);
  const rest = power - shift;
  return { mantissa: d.mantissa * 10n ** BigInt(rest), places: d.places - shift };
}

/** a + b, exactly. */
export function addDecimals(a: ExactDecimal, b: ExactDecimal): ExactDecimal {
  const places = Math.max(a.places, b.places);
  const ma = a.mantissa * 10n ** BigInt(places - a.places);
  const mb = b.mantissa * 10n ** BigInt(places - b.places);
  return { mantissa: ma + mb, places };
}

/** The nearest double; exact for integers below 2^53 and for short decimals. */
export function decimalToNumber(d: ExactDecimal): number {
  if (d.places === 0) return Number(d.mantissa);
  const s = d.mantissa.toString().padStart(d.places + 1, '0');
  return Number(`${s.slice(0, s.length - d.places)}.${s.slice(s.length - d.places)}`);
}

/** Convenience: parse a token and return a JS number, or null. */
export function numberValue(token: string): number | null {
  // A plain integer of up to 15 digits is exact as a double: no BigInt on the way.
  if (token.length <= 15 && INTEGER.test(token)) return Number(token);
  const d = parseVietnameseNumber(token);
  return d ? decimalToNumber(d) : null;
}

/**
 * One number token with boundaries: not glued to a letter or digit before it,
 * and not starting inside a dotted/comma run such as a phone number
 * `0262.859.9699`.
 */
export const NUMBER = `(?<![\\p{L}\\p{N}]|\\d[.,])(?:${NUMBER_SOURCE})`;

/*
 * Scaled numbers: a number token, then scale words that multiply
 * (`7,3 nghìn tỷ`, `5 trăm triệu`), then optional lower parts that add
 * (`1.618 tỷ 250 triệu`, `1 tỷ 200 triệu`, `2 triệu 500 nghìn`). Each part
 * must be of a strictly smaller scale than the one before, so the reading is
 * unambiguous. All patterns are sticky and bounded: linear on any input.
 */

/** A scale word ends at a non-letter, or is glued to the đ of a currency (`tỷđ`, `tr.đ`). */
const SCALE_END = '(?:(?![\\p{L}\\p{N}])|(?=\\.?[đĐ]))';
/** One to three scale words in a row (`tỷ`, `nghìn tỷ`, `trăm triệu`). */
export const SCALE_CHAIN_SOURCE = `${alternation(SCALE_WORD_LIST)}${SCALE_END}(?: +${alternation(SCALE_WORD_LIST)}${SCALE_END}){0,2}`;

/** NUMBER without its look-behind, sticky: tried where numberMayStart says (a JS test instead of a `\p{L}` range check). */
const NUMBER_BODY_AT = new RegExp(`(?:${NUMBER_SOURCE})`, 'yu');
const NUMBER_AT = new RegExp(NUMBER, 'yu');
const SCALE_AT = new RegExp(` *(${SCALE_CHAIN_SOURCE})`, 'yiu');
const PART_AT = new RegExp(` +(\\d{1,3}) *(${SCALE_CHAIN_SOURCE})`, 'yiu');
const SCALE_SPLIT = new RegExp(` *(${alternation(SCALE_WORD_LIST)})`, 'yiu');

/**
 * A scaled number as read, before its value is computed: readers that discard
 * most of what they read (the money scan tries every amount-like number) build
 * the exact value only for the numbers they keep (scaledValue).
 */
export interface ScaledSpan {
  /** Offsets of the whole span (number, scales, added parts) in the scanned text. */
  start: number;
  end: number;
  /** End of the first number token (before any scale word). */
  numberEnd: number;
  /** The number token as written (one parseVietnameseNumber reads). */
  token: string;
  /** Power of ten of the first scale chain, or null when no scale word follows. */
  power: number | null;
  /** The last scale word as written (lower case), e.g. `tr` for `5 tr.đ`. */
  lastScale: string | null;
  /** Lower parts added after the scale (`200 triệu` in `1 tỷ 200 triệu`): digits and power, or null. */
  parts: { digits: string; power: number }[] | null;
}

export interface ScaledNumber extends ScaledSpan {
  /** The number as written, before scaling. */
  written: ExactDecimal;
  /** The value with scales and added parts applied. */
  value: ExactDecimal;
}

/** Total power of ten of a chain of scale words (`nghìn tỷ` = 12, `trăm triệu` = 8). */
export function chainPower(chain: string): { power: number; last: string } {
  const cached = CHAIN_CACHE.get(chain);
  if (cached) return cached;
  const read = readChainPower(chain);
  if (CHAIN_CACHE.size < 256) CHAIN_CACHE.set(chain, read);
  return read;
}
/** Chains as written are few (`tỷ`, `triệu`, `nghìn tỷ`, …): their powers are cached. */
const CHAIN_CACHE = new Map<string, { power: number; last: string }>();

function readChainPower(chain: string): { power: number; last: string } {
  SCALE_SPLIT.lastIndex = 0;
  let power = 0;
  let last = '';
  let m: RegExpExecArray | null;
  while (SCALE_SPLIT.lastIndex < chain.length && (m = SCALE_SPLIT.exec(chain))) {
    last = m[1].toLowerCase().replace(/ +/g, ' ');
    power += scalePower(last) ?? 0;
  }
  return { power, last };
}

/** Whether parseVietnameseNumber reads `token`: its tests, without building the value. */
function isVietnameseNumber(token: string): boolean {
  return INTEGER.test(token) || GROUPED.test(token) || COMMA_DECIMAL.test(token) || DOT_DECIMAL.test(token);
}

/**
 * NUMBER's look-behind at `at`, in JS: not after a letter or a number, nor
 * after a digit and `.`/`,`. After a low surrogate (an astral code point) the
 * pattern answers.
 */
function numberMayStart(text: string, at: number): boolean | null {
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  if (before >= 0xdc00 && before <= 0xdfff) return null;
  if (classOf(before) !== OTHER) return false;
  return !((before === 0x2e || before === 0x2c) && isDigitCode(text.charCodeAt(at - 2)));
}

/**
 * The number token (NUMBER, sticky) that starts exactly at `at`, or null:
 * what `NUMBER` with lastIndex `at` and the sticky flag matches.
 */
export function numberTokenAt(text: string, at: number): string | null {
  const may = numberMayStart(text, at);
  if (may === false) return null;
  const pattern = may === null ? NUMBER_AT : NUMBER_BODY_AT;
  pattern.lastIndex = at;
  const m = pattern.exec(text);
  return m ? m[0] : null;
}

/**
 * Read a (possibly scaled) number starting exactly at `start`, without its
 * value, or null when no number token starts there. Does not look at what
 * comes after.
 */
export function readScaledSpan(text: string, start: number): ScaledSpan | null {
  const token = numberTokenAt(text, start);
  if (token === null || !isVietnameseNumber(token)) return null;
  const numberEnd = start + token.length;
  const out: ScaledSpan = { start, end: numberEnd, numberEnd, token, power: null, lastScale: null, parts: null };
  SCALE_AT.lastIndex = numberEnd;
  const scale = SCALE_AT.exec(text);
  if (!scale) return out;
  const first = chainPower(scale[1]);
  out.power = first.power;
  out.lastScale = first.last;
  out.end = SCALE_AT.lastIndex;
  let previous = first.power;
  for (let i = 0; i < 3; i++) {
    PART_AT.lastIndex = out.end;
    const part = PART_AT.exec(text);
    if (!part) break;
    const p = chainPower(part[2]);
    if (p.power >= previous) break;
    (out.parts ??= []).push({ digits: part[1], power: p.power });
    out.end = PART_AT.lastIndex;
    out.lastScale = p.last;
    previous = p.power;
  }
  return out;
}

/** The exact value of a span: its number × 10^power, plus its parts. */
export function scaledValue(span: ScaledSpan): ExactDecimal {
  const written = parseVietnameseNumber(span.token)!;
  let value = span.power === null ? written : scaleDecimal(written, span.power);
  for (const part of span.parts ?? []) value = addDecimals(value, scaleDecimal({ mantissa: BigInt(part.digits), places: 0 }, part.power));
  return value;
}

/**
 * Read a (possibly scaled) number starting exactly at `start`, with its
 * value, or null when no number token starts there. Does not look at what
 * comes after.
 */
export function readScaledNumber(text: string, start: number): ScaledNumber | null {
  const span = readScaledSpan(text, start);
  return span && { ...span, written: parseVietnameseNumber(span.token)!, value: scaledValue(span) };
}
