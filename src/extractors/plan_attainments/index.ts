/**
 * The `plan_attainments` kind (SPEC "plan_attainments"): a percentage stated
 * against a plan or target (`đạt 53,59% KH`, `vượt 16% kế hoạch năm`,
 * `109% so với dự toán huyện giao`). Built on the percent records: the plan
 * phrase after the figure decides, the verb before it gives the relation, the
 * clause gives the indicator, the estimate flag and the amounts (money
 * records). Patterns in ./patterns.ts, word lists in ./constants.ts.
 */
import type { Amount, MoneyRecord, PercentRecord, PlanAttainmentRecord, PlanRelation } from '../../types.js';
import type { Extractor } from '../types.js';
import { findSubject, phraseIn, saysEstimate, type Subject } from '../percents/subject.js';
import { OBJECT_PERIOD_WORDS, PLAN_VERBS } from './constants.js';
import { collapseSpaces, wordKey } from '../percents/word-scan.js';
import {
  ASSIGNER,
  CHAIN_BEFORE,
  CHAIN_GAP,
  CLOSE_BRACKET,
  FIGURE_AT_END,
  OPEN_BRACKET,
  PAIR_BEFORE,
  PLAN_ACRONYM,
  PLAN_AFTER,
  PLAN_HEAD,
  PLAN_QUALIFIER,
  PLAN_OBJECT,
  TARGET_HEAD,
  VERB_BEFORE,
  WINDOW,
} from './patterns.js';

/**
 * `Các trạm y tế xã đã hoàn thành 100% kế hoạch tiêm chủng mở rộng`: who
 * completed the plan stands before `đã hoàn thành`; the plan's object is what was measured.
 */
const ACTOR_DONE = /(?<![\p{L}\p{N}])đã +hoàn thành(?![\p{L}\p{N}])/u;

const amount = (m: MoneyRecord): Amount => ({ value: m.value, currency: m.currency });

/** Two money records written as one achieved/planned pair (`21.000/46.290 triệu đồng`). */
function isPair(text: string, a: MoneyRecord, b: MoneyRecord): boolean {
  if (a.start === b.start && a.end === b.end) return true;
  if (b.start < a.end) return true;
  return /^ ?\/ ?$/.test(text.slice(a.end, b.start));
}

/** Money records ordered by start, for clauseAmounts. */
export function byStart(money: readonly MoneyRecord[]): MoneyRecord[] {
  return [...money].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The amounts of the clause [from, to): the last one, or the last
 * achieved/planned pair. `money` must be ordered by start (byStart).
 */
export function clauseAmounts(
  text: string,
  money: readonly MoneyRecord[],
  from: number,
  to: number,
): { actual: MoneyRecord | null; planned: MoneyRecord | null } {
  // the last record starting before `to`, by binary search; then step back over those ending after it
  let lo = 0;
  let hi = money.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (money[mid].start < to) lo = mid + 1;
    else hi = mid;
  }
  let i = lo - 1;
  while (i >= 0 && money[i].start >= from && money[i].end > to) i--;
  if (i < 0 || money[i].start < from) return { actual: null, planned: null };
  const last = money[i];
  const before = i > 0 && money[i - 1].start >= from ? money[i - 1] : null;
  if (before && isPair(text, before, last)) return { actual: before, planned: last };
  return { actual: last, planned: null };
}

/**
 * An achieved/planned pair in brackets right after the attainment:
 * `đạt 9,6% kế hoạch vốn năm 2023 (14,3/149,2 tỷ đồng)`. `money` ordered by start.
 */
function bracketedPair(
  text: string,
  money: readonly MoneyRecord[],
  end: number,
): { actual: MoneyRecord; planned: MoneyRecord } | null {
  let lo = 0;
  let hi = money.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (money[mid].start < end) lo = mid + 1;
    else hi = mid;
  }
  const actual = money[lo];
  const planned = money[lo + 1];
  if (!actual || !planned || !OPEN_BRACKET.test(text.slice(end, actual.start))) return null;
  if (!isPair(text, actual, planned) || !CLOSE_BRACKET.test(text.slice(planned.end, planned.end + 3))) return null;
  return { actual, planned };
}

/**
 * The amounts of a plan attainment [start, end) whose indicator clause starts
 * at `clauseStart`: a bracketed pair right after it, else the amounts of the
 * clause before it. Shared with the linker.
 */
export function attainmentAmounts(
  text: string,
  money: readonly MoneyRecord[],
  clauseStart: number,
  start: number,
  end: number,
): { actual: MoneyRecord | null; planned: MoneyRecord | null } {
  return bracketedPair(text, money, end) ?? clauseAmounts(text, money, clauseStart, start);
}

/** `chỉ tiêu giao quân` names what was measured; `chỉ tiêu Tỉnh ủy giao` does not. */
function indicatorInPlan(plan: string): string | null {
  const rest = TARGET_HEAD.exec(plan)?.groups?.rest;
  if (!rest || ASSIGNER.test(rest)) return null;
  return rest;
}

/**
 * `hoàn thành 100% kế hoạch tiêm chủng mở rộng` after another item's figure:
 * the plan's object names what was measured, unless it only qualifies the plan
 * (`kế hoạch vốn được phân bổ`, `kế hoạch năm`, `KH tỉnh giao`).
 */
function objectOfPlan(plan: string): string | null {
  const rest = PLAN_HEAD.exec(plan)?.groups?.rest;
  if (!rest || PLAN_QUALIFIER.test(rest) || PLAN_ACRONYM.test(rest) || ASSIGNER.test(rest)) return null;
  return rest;
}

/** How far after the plan phrase a list item's object may run. */
const MAX_OBJECT = 200;
/** Where the clause mark before `pos` is (`;`, `,`, a sentence end, a line), or -1: not between digits. */
function clauseMarkBefore(text: string, pos: number): number {
  const floor = Math.max(0, pos - WINDOW);
  for (let i = pos - 1; i >= floor; i--) {
    const c = text[i];
    if (c === ';' || c === '\n' || c === ':' || ((c === ',' || c === '.') && !/\d/u.test(text[i + 1] ?? ''))) return i;
    if (!/[\s\-–+•*]/u.test(c)) return -2; // a word before the verb in its clause
  }
  return floor === 0 ? -1 : -2;
}

/**
 * `..., đạt 100% KH; hoàn thành 100% chỉ tiêu kế hoạch xây dựng 2 xã đạt chuẩn
 * nông thôn mới trong năm 2024`: a list item that opens with the plan verb
 * (after `;`, a sentence start, or a comma closing the previous attainment)
 * names what it measured after `chỉ tiêu`/`kế hoạch`; when a count follows the
 * plan phrase, the object runs on to the end of the clause, cut at its period.
 * `rawPlan` is the plan phrase as written, starting at `planStart`.
 */
function listItemObject(text: string, start: number, planStart: number, rawPlan: string, previousEnd: number): string | null {
  const mark = clauseMarkBefore(text, start);
  if (mark === -2) return null;
  if (mark >= 0 && text[mark] === ',' && !(previousEnd >= 0 && /^[\s)]*$/u.test(text.slice(previousEnd, mark)))) return null;
  const head = PLAN_OBJECT.exec(rawPlan);
  const rest = head?.groups?.rest;
  if (!head || !rest || PLAN_QUALIFIER.test(rest) || PLAN_ACRONYM.test(rest) || ASSIGNER.test(rest)) return null;
  const from = planStart + rawPlan.length - rest.length;
  let to = planStart + rawPlan.length;
  if (/^ *\d/u.test(text.slice(to, to + 4))) {
    const limit = Math.min(text.length, to + MAX_OBJECT);
    while (to < limit) {
      const c = text[to];
      if (c === ';' || c === '\n' || c === '(' || c === ':' || c === '.' || c === ',') {
        if (!((c === '.' || c === ',') && /\d/u.test(text[to - 1] ?? '') && /\d/u.test(text[to + 1] ?? ''))) break;
      }
      to++;
    }
  }
  return phraseIn(text, from, to);
}

const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * The plan's object when it names the indicator better than the clause: the
 * figure's own segment names nothing (`..., hoàn thành 100% kế hoạch tiêm
 * chủng`) and the object says more than the earlier phrase (`Thu ngân sách
 * ..., đạt 110% kế hoạch thu` keeps `Thu ngân sách`).
 */
function planObjectOver(plan: string, subject: Subject, done: boolean): string | null {
  if (subject.own && !done) return null;
  const object = objectOfPlan(plan);
  if (!object || !subject.phrase) return object;
  return newerThan(object, subject);
}

const PERIOD_WORD = new Set<string>(OBJECT_PERIOD_WORDS);

/**
 * `object`, unless the subject already names all of it but its period
 * (`Thu ngân sách ...; hoàn thành 100% kế hoạch thu`, `... kế hoạch thu năm 2025`).
 */
function newerThan(object: string | null, subject: Subject): string | null {
  if (!object || !subject.phrase) return object;
  const known = new Set(words(subject.phrase));
  return words(object).every((w) => known.has(w) || PERIOD_WORD.has(w) || /^\d+$/u.test(w)) ? null : object;
}

/** Every plan attainment, from the percent records and the money records of the text. */
export function findPlanAttainments(
  text: string,
  percents: readonly PercentRecord[],
  money: readonly MoneyRecord[],
): PlanAttainmentRecord[] {
  const out: PlanAttainmentRecord[] = [];
  const amounts = byStart(money);
  for (const p of percents) {
    const figure = FIGURE_AT_END.exec(p.text);
    if (!figure) continue; // the first figure of a pair or range
    PLAN_AFTER.lastIndex = p.end;
    const after = PLAN_AFTER.exec(text);
    if (!after?.groups?.plan) continue;
    const numberStart = p.start + figure.index;
    if (PAIR_BEFORE.test(text.slice(Math.max(0, numberStart - 3), numberStart))) continue;
    const figureStart = p.approx ? Math.min(p.start, numberStart) : numberStart;

    const window = text.slice(Math.max(0, figureStart - WINDOW), figureStart);
    const verb = VERB_BEFORE.exec(window);
    const previous = out[out.length - 1];
    let relation: PlanRelation;
    let start: number;
    if (verb?.groups?.verb) {
      relation = PLAN_VERBS[wordKey(verb.groups.verb)] ?? 'of_plan';
      start = figureStart - window.length + verb.index;
    } else {
      const chained = previous && CHAIN_GAP.test(text.slice(previous.end, numberStart));
      if (!chained && !CHAIN_BEFORE.test(window)) continue; // `100% kế hoạch được triển khai`
      relation = chained ? previous.relation : 'of_plan';
      start = numberStart;
    }
    // a change verb is part of the percent record (`tăng 3%`); the attainment starts at the verb anyway
    start = Math.min(start, p.change ? p.start : start);
    const end = after.index + after[0].length;
    const plan = collapseSpaces(after.groups.plan);

    const subject = findSubject(text, start);
    const rawPlan = after.groups.plan;
    const planStart = after.index + after[0].length - rawPlan.length;
    const { actual, planned } = attainmentAmounts(text, amounts, subject.clauseStart, start, end);
    out.push({
      text: text.slice(start, end),
      start,
      end,
      percent: p.value,
      indicator:
        newerThan(listItemObject(text, start, planStart, rawPlan, previous ? previous.end : -1), subject) ??
        indicatorInPlan(plan) ?? planObjectOver(plan, subject, ACTOR_DONE.test(text.slice(subject.start, start + 12))) ?? subject.phrase,
      plan,
      relation,
      actual: actual ? amount(actual) : null,
      planned: planned ? amount(planned) : null,
      estimate: saysEstimate(text, subject.clauseStart, end),
    });
  }
  return out;
}

export const plan_attainmentsExtractor: Extractor<'plan_attainments'> = {
  kind: 'plan_attainments',
  needs: ['percents', 'money'],
  extract: (context) => findPlanAttainments(context.text, context.records.percents ?? [], context.records.money ?? []),
};
