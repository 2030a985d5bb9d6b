/**
 * Word lists for plan attainments ("đạt 53,59% KH"). Data only; ./patterns.ts
 * compiles them once.
 */
import type { PlanRelation } from '../../types.js';

/** Plan words: what a percentage can be measured against. */
export const PLAN_HEADS = [
  'KH',
  'kế hoạch',
  'dự toán',
  'chỉ tiêu',
  'Nghị quyết',
  'NQ',
  'mục tiêu',
] as const;

/** Links between the percentage and the plan word: `so với KH`, `so KH`. */
export const PLAN_LINKS = ['so với', 'so', 'của'] as const;

/** Verbs before the percentage and how they read it. */
export const PLAN_VERBS: Readonly<Record<string, PlanRelation>> = {
  đạt: 'of_plan',
  'đạt được': 'of_plan',
  bằng: 'of_plan',
  'hoàn thành': 'of_plan',
  vượt: 'over_plan',
  'vượt mức': 'over_plan',
  tăng: 'over_plan',
};

/** Words allowed between the verb and the percentage: `đạt tỷ lệ 95%`, `chỉ đạt trên 50%`. */
export const PLAN_VERB_MODIFIERS = [
  'được',
  'tỷ lệ',
  'tỉ lệ',
  'mức',
  'trên',
  'hơn',
  'gần',
  'khoảng',
  'xấp xỉ',
  'dưới',
  'ước',
] as const;

/**
 * Words that end the plan phrase after its head (`đạt 53,59% KH, tăng 26%`,
 * `đạt 43,39% chỉ tiêu Tỉnh ủy giao và đạt 36,50% ...`). Anything else (up to
 * MAX_PLAN_WORDS) qualifies the plan: `kế hoạch vốn được phân bổ`, `dự toán
 * tỉnh giao`, `chỉ tiêu của Huyện ủy`, `kế hoạch năm 2024`.
 */
export const PLAN_STOP_WORDS = [
  'và',
  'hoặc',
  'tăng',
  'giảm',
  'đạt',
  'bằng',
  'vượt',
  'so',
  'trong',
  'nhưng',
  'song',
  'với',
  'do',
  'nên',
  'còn',
  'là',
  'cùng',
  // `cao hơn cùng kỳ`; `kế hoạch khám sức khỏe cho người cao tuổi` goes on
  'thấp hơn',
  'thấp nhất',
  'cao hơn',
  'cao nhất',
  'trở',
  'chiếm',
  'riêng',
  'ước',
  'hoàn thành',
  // `kế hoạch khám sức khỏe cho người cao tuổi` goes on; `cho thấy`, `cho năm 2024` do not
  'cho thấy',
  'cho năm',
  'cho cả năm',
  'cho giai đoạn',
  'cho nhiệm kỳ',
  'cho biết',
  'cho hay',
  'cho rằng',
  'theo',
  'tuy',
  'mặc',
  'dù',
  'đồng thời',
  'góp',
  'nhờ',
  'khi',
  'sau',
  'trước',
  'đến',
  'tới',
  'từ',
  'để',
  'thì',
  'mà',
  'vì',
  'nhằm',
  'lũy kế',
  'này',
  'đó',
  'gồm',
  'trong đó',
  'như',
] as const;

export const MAX_PLAN_WORDS = 8;

/**
 * `chỉ tiêu X`: when X only says who set the target (`Tỉnh ủy giao`, `của
 * Huyện ủy`, `đề ra`, `năm 2024`), the indicator is in the clause; otherwise X
 * names what was measured (`chỉ tiêu giao quân` → `giao quân`).
 */
export const ASSIGNER_ENDINGS = ['giao', 'đề ra', 'phân bổ', 'ban hành', 'phê duyệt', 'điều chỉnh', 'bổ sung'] as const;
export const ASSIGNER_OPENINGS = [
  'của',
  'được',
  'do',
  'năm',
  'kế hoạch',
  'KH',
  'Nghị quyết',
  'NQ',
  'nghị quyết',
  'Đại hội',
  'đại hội',
  'cả năm',
  'trên',
  'cấp trên',
  'đề ra',
  // a period: `chỉ tiêu giai đoạn 2021-2025`, `chỉ tiêu 6 tháng`
  'giai đoạn',
  'nhiệm kỳ',
  'trung hạn',
  'tháng',
  'quý',
  'hàng năm',
  'hằng năm',
] as const;

/** Before a verbless percentage in a chain: `..., 109% so với dự toán huyện giao`. */
export const CHAIN_OPENERS = [',', ';', '(', ':', 'và', '-', '–'] as const;

/**
 * `kế hoạch X`: X names what was measured (`hoàn thành 100% kế hoạch tiêm
 * chủng mở rộng`) unless it only qualifies the plan: its resource, period,
 * scope or who set it (`kế hoạch vốn được phân bổ`, `kế hoạch năm`, `KH tỉnh
 * giao`; see also ASSIGNER_*). Used only when the figure's own segment names
 * nothing.
 */
export const PLAN_QUALIFIER_OPENINGS = [
  'vốn',
  'năm',
  'tháng',
  'quý',
  'giai đoạn',
  'nhiệm kỳ',
  'trung hạn',
  'hàng năm',
  'hằng năm',
  'tỉnh',
  'huyện',
  'thành phố',
  'thị xã',
  'xã',
  'phường',
  'quận',
  'trung ương',
  'địa phương',
  'HĐND',
  'UBND',
  'giao',
  'đã',
  'đặt ra',
  'điều chỉnh',
  'bổ sung',
] as const;

/**
 * Words of a period at the end of a plan's object (`kế hoạch thu năm 2025`,
 * `kế hoạch thu cả năm`): they add nothing to what was measured, so an object
 * that only adds them to the clause's own words (`Tổng thu tiền sử dụng đất
 * đạt ..., hoàn thành 75% kế hoạch thu năm 2025`) does not replace it.
 */
export const OBJECT_PERIOD_WORDS = ['năm', 'tháng', 'quý', 'cả', 'đầu', 'cuối', 'giai', 'đoạn', 'kỳ'] as const;
