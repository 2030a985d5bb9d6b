/**
 * Money: amounts with a currency (`139,1 tỷ đồng`, `263,15 triệu USD`,
 * `59,6 triệu đồng/năm`, `5 tr.đ`), achieved/planned pairs and ranges that
 * share the currency written once (`21.000/46.290 triệu đồng`,
 * `92,7 tỷ/90 tỷ đồng`, `3-5 triệu đồng/tháng`), lists of scaled amounts
 * (`500 triệu, 300 triệu và 200 triệu đồng`), and amounts in tỷ that end a
 * clause with the currency left out (`đạt 139,1 tỷ.`).
 *
 * Match, then resolve: the scan anchors on number tokens, reads the scaled
 * number with the shared grammar (../../numbers), then a currency, per-unit
 * or joiner with sticky patterns at known positions.
 *
 * Text spans: each record covers its own amount. The qualifier next to it
 * (hơn, trên, gần, khoảng, ước, ...) is part of the span and goes to
 * `approx` as written. In a pair or list the earlier members' spans end
 * with their own number (and scale words), the last member's span carries
 * the currency and per-unit: `21.000` and `46.290 triệu đồng`.
 */
import type { Currency, MoneyRecord } from '../../types.js';
import type { Extractor } from '../types.js';
import { decimalToNumber, numberTokenAt, readScaledSpan, scaledValue, type ScaledSpan } from '../../numbers/number.js';
import { CURRENCIES, SCALES_IMPLYING_MONEY } from './constants.js';
import {
  ANCHOR_REACH,
  CLAUSE_END,
  CURRENCY_AFTER_NUMBER,
  CURRENCY_AFTER_SCALE,
  GROUP_MAY_START,
  JOINER,
  MONEY_ANCHOR,
  NOT_CURRENCY_AFTER_D,
  NOT_CURRENCY_NEXT,
  NOT_CURRENCY_NEXT_BARE,
  NUMBER_TOKEN_LEAD,
  PER,
  PLACE_AFTER_DONG,
  QUALIFIER_BEFORE,
  QUALIFIER_LAST_LETTERS,
  QUALIFIER_WINDOW,
} from './patterns.js';

const currencyKey = (s: string) => s.toLowerCase().replace(/[\s-]+/g, ' ');
const CURRENCY_BY_KEY = new Map(Object.entries(CURRENCIES).map(([k, v]) => [currencyKey(k), v]));
const IMPLYING = new Set(SCALES_IMPLYING_MONEY.map((s) => s.toLowerCase()));

interface Group {
  amounts: ScaledSpan[];
  currency: Currency;
  per: string | null;
  /** End of the currency and per-unit after the last amount. */
  end: number;
}

/** The currency right after `at`, or null. */
function readCurrency(text: string, at: number, scaled: boolean): { currency: Currency; end: number } | null {
  const re = scaled ? CURRENCY_AFTER_SCALE : CURRENCY_AFTER_NUMBER;
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m?.groups) return null;
  const word = m.groups.currency;
  const end = re.lastIndex;
  const key = currencyKey(word);
  if (key === 'đ') {
    NOT_CURRENCY_AFTER_D.lastIndex = end;
    if (NOT_CURRENCY_AFTER_D.test(text)) return null;
  }
  if (key === 'đồng') {
    const notCurrency = scaled ? NOT_CURRENCY_NEXT : NOT_CURRENCY_NEXT_BARE;
    notCurrency.lastIndex = end;
    if (notCurrency.test(text)) return null;
    if (PLACE_AFTER_DONG.test(text.slice(end - word.length, end + 3))) return null;
  }
  const currency = CURRENCY_BY_KEY.get(key);
  return currency ? { currency, end } : null;
}

function readPer(text: string, at: number): { per: string; end: number } | null {
  PER.lastIndex = at;
  const m = PER.exec(text);
  return m?.groups ? { per: m.groups.per, end: PER.lastIndex } : null;
}

/**
 * Amounts starting at `at` that end with a currency (possibly shared by
 * several amounts joined by `/`, `-`, `đến`, `,`, `và`), or null; `scanned` is
 * how far the reading went. The chain is read forward once: a start inside a
 * failed chain would read the same suffix and fail the same way, so the
 * caller skips it, which keeps the scan linear.
 */
function readGroup(text: string, at: number): { group: Group | null; scanned: number } {
  const amounts: ScaledSpan[] = [];
  let lastImplied = -1;
  let pos = at;
  for (;;) {
    const amount = readScaledSpan(text, pos);
    if (!amount) break;
    const scaled = amount.power !== null;
    amounts.push(amount);
    const currency = readCurrency(text, amount.end, scaled);
    if (currency) {
      const per = readPer(text, currency.end);
      const end = per?.end ?? currency.end;
      return { group: { amounts: inheritScales(amounts), currency: currency.currency, per: per?.per ?? null, end }, scanned: end };
    }
    // `tr` stands for triệu only when glued to a currency (`tr.đ`, `trđ`).
    if (amount.lastScale === 'tr') break;
    if (amount.lastScale && IMPLYING.has(amount.lastScale)) {
      CLAUSE_END.lastIndex = amount.end;
      if (CLAUSE_END.test(text)) lastImplied = amounts.length - 1;
    }
    JOINER.lastIndex = amount.end;
    const joiner = JOINER.exec(text);
    const isPair = !!(joiner?.groups?.pair || joiner?.groups?.pairWord);
    if (!joiner || !(isPair || scaled)) break;
    pos = JOINER.lastIndex;
  }
  const scanned = amounts.length ? amounts[amounts.length - 1].end : at;
  if (lastImplied < 0) return { group: null, scanned };
  const implied = inheritScales(amounts.slice(0, lastImplied + 1));
  return { group: { amounts: implied, currency: 'VND', per: null, end: implied[implied.length - 1].end }, scanned };
}

/**
 * An amount with no scale word takes the scale of the amount it is paired
 * with: `21.000` in `21.000/46.290 triệu đồng`, `3` in `3-5 triệu đồng`.
 */
function inheritScales(amounts: ScaledSpan[]): ScaledSpan[] {
  const out = [...amounts];
  for (let i = out.length - 2; i >= 0; i--) {
    const next = out[i + 1].power;
    if (out[i].power === null && next !== null) out[i] = { ...out[i], power: next };
  }
  return out;
}

/** The qualifier written right before `start`, with its offset, or null. */
function qualifierBefore(text: string, start: number): { approx: string; start: number } | null {
  const from = Math.max(0, start - QUALIFIER_WINDOW);
  // QUALIFIER_BEFORE ends with a word from its lists and spaces: test the letter before the spaces first.
  let wordEnd = start;
  while (wordEnd > from && text.charCodeAt(wordEnd - 1) === 0x20) wordEnd--;
  if (wordEnd === start || wordEnd === from || !QUALIFIER_LAST_LETTERS.has(text.charCodeAt(wordEnd - 1))) return null;
  const m = QUALIFIER_BEFORE.exec(text.slice(from, start));
  if (!m?.groups) return null;
  const matchStart = from + m.index;
  if (matchStart > 0 && /[\p{L}\p{N}]/u.test(text[matchStart - 1])) return null;
  const { qualifier } = m.groups;
  // Estimate words (ước, ước đạt) say the figure is an estimate: approx `ước`,
  // outside the span, as the gold writes `ước đạt 304 tỷ đồng` → `304 tỷ đồng`.
  // A value qualifier (hơn, gần) stays in the span: `hơn 110 tỷ đồng`.
  if (!qualifier) return { approx: 'ước', start };
  const written = m[0].trimEnd();
  return { approx: qualifier, start: matchStart + written.length - qualifier.length };
}

/**
 * The first number token at or after `from` that something able to carry a
 * money group follows (GROUP_MAY_START), or null. Found with its lead (see
 * NUMBER_TOKEN_LEAD): a token at the lead's position is the lead's match, so
 * what follows is tested at the lead's end before the token's own boundary.
 * No token starts inside a lead's match (each of its positions follows a digit,
 * or a `.` or `,` after a digit), so a failed lead is skipped whole: the scan
 * stays linear on long digit runs glued to a letter (`x999…`).
 */
function nextCandidate(text: string, from: number): RegExpExecArray | null {
  NUMBER_TOKEN_LEAD.lastIndex = from;
  for (let lead = NUMBER_TOKEN_LEAD.exec(text); lead; lead = NUMBER_TOKEN_LEAD.exec(text)) {
    const end = NUMBER_TOKEN_LEAD.lastIndex;
    GROUP_MAY_START.lastIndex = end;
    if (GROUP_MAY_START.test(text)) {
      if (numberTokenAt(text, lead.index) !== null) return lead;
    }
    NUMBER_TOKEN_LEAD.lastIndex = end;
  }
  return null;
}

/** Where the first currency word (or tỷ/tỉ) at or after `from` starts, or -1. */
function nextAnchor(text: string, from: number): number {
  MONEY_ANCHOR.lastIndex = from;
  return MONEY_ANCHOR.exec(text)?.index ?? -1;
}

export function extractMoney(text: string): MoneyRecord[] {
  const records: MoneyRecord[] = [];
  let consumed = 0;
  // The first anchor at or after the current number token (the tokens come in order, so it only moves on).
  let anchor = -2;
  let from = 0;
  // Tokens that nothing able to carry a group follows are passed over: readGroup would stop right after them.
  for (let m = nextCandidate(text, 0); m; m = nextCandidate(text, from)) {
    from = m.index + m[0].length;
    if (m.index < consumed) continue;
    if (anchor !== -1 && anchor < m.index) anchor = nextAnchor(text, m.index);
    if (anchor === -1) break;
    if (anchor - m.index > ANCHOR_REACH) {
      from = anchor - ANCHOR_REACH;
      continue;
    }
    const { group, scanned } = readGroup(text, m.index);
    if (!group) {
      consumed = scanned;
      continue;
    }
    group.amounts.forEach((amount, i) => {
      const last = i === group.amounts.length - 1;
      const q = qualifierBefore(text, amount.start);
      const start = q?.start ?? amount.start;
      const end = last ? group.end : amount.end;
      records.push({
        text: text.slice(start, end),
        start,
        end,
        value: decimalToNumber(scaledValue(amount)),
        currency: group.currency,
        per: group.per,
        approx: q?.approx ?? null,
      });
    });
    consumed = group.end;
    from = Math.max(from, group.end);
  }
  return records;
}

export const moneyExtractor: Extractor<'money'> = {
  kind: 'money',
  needs: [],
  extract: (context) => extractMoney(context.text),
};
