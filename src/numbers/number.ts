/**
 * The Vietnamese number grammar: `.` groups thousands, `,` is the decimal
 * mark, and a dot followed by other than exactly three digits is a decimal
 * point. Values are exact decimals (a BigInt mantissa and a count of decimal
 * places), so `59,6 triệu` is 59600000 and never 59600000.000001.
 */

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
  const d = parseVietnameseNumber(token);
  return d ? decimalToNumber(d) : null;
}

/**
 * One number token with boundaries: not glued to a letter or digit before it,
 * and not starting inside a dotted/comma run such as a phone number
 * `0262.859.9699`.
 */
export const NUMBER = `(?<![\\p{L}\\p{N}]|\\d[.,])(?:${NUMBER_SOURCE})`;
