/**
 * Finding the indicator a figure is about: the `subject` of a percent, the
 * `indicator` of a plan attainment, and (in the linker) of a money amount.
 *
 * A report clause names its indicator first and its figures after:
 *   `Giá trị ngành dịch vụ ước đạt 304 tỷ đồng, đạt 53,59% KH, tăng 26% ...`
 * From the figure we walk back through the comma-separated segments of the
 * sentence (stopping at a sentence end; `;`, `:` and an open `(` are crossed
 * only while nothing has been found), and take the first segment that still
 * names something once it is cut at its first filler, period, verb or amount
 * (`ước`, `6 tháng`, `đạt 21.000`, `trên 1.750`, `(`) and trimmed of leading
 * and trailing function words. A clause may open with its period (`đến ngày
 * 15/5 mới giải ngân 17,7 tỷ đồng`): a period with only fillers before it is
 * skipped. In `A 21.450 tỷ đồng và B 512,3 triệu USD` the figure is about B.
 * A comma list of short items (`Thu thuế, phí và lệ phí`, `nông, lâm, ngư
 * nghiệp`) is one indicator (listStart). A dot between letters (`tr.đ`,
 * `TP.HCM`) is not a sentence end.
 *
 * Who reports and who acts are not the indicator: the clause restarts after a
 * reporting verb (`Giám đốc Sở ... cho biết năm 2023 ...`), and an actor at its
 * front is stripped like a filler (`toàn Đảng bộ`, `huyện Krông Bông`, `UBKT
 * các cấp`, a place name `Nghệ An`). A count ending the clause is cut off when
 * it is the value (`trồng rừng được 850 ha`) and kept when it is the object of
 * the verb (`kết nạp 47 đảng viên`). When the last figure of the comma clause
 * is an `X/Y` count, what it counts is the indicator (countedSubject:
 * `hoàn thành 7/12 cuộc kiểm tra, giám sát ..., đạt 58% kế hoạch`). Each step
 * looks at a bounded window, so the work per figure is bounded whatever the input.
 */
import { WORD_END, WORD_START, alternation } from '../../lexicon/regex.js';
import {
  ACTOR_BODIES,
  ADMIN_UNITS,
  ADVERBIAL_OPENERS,
  ADVERB_COMPOUND_HEADS,
  AGE_UNITS,
  AMOUNT_QUALIFIERS,
  AMOUNT_UNITS,
  BARE_ACTOR_BLOCKERS,
  BARE_ACTOR_UNITS,
  CAUSATIVE_VERBS,
  CONVERSION_VERBS,
  DESTINATION_LINKS,
  COUNTED_ENDS,
  COUNT_CLASSIFIERS,
  COUNT_HEADS,
  COUNT_OPENERS,
  DATE_LEADS,
  ESTIMATE_NOUN_PREFIXES,
  ESTIMATE_WORDS,
  EXAMPLE_BLOCKERS,
  EXAMPLE_ENDINGS,
  EXAMPLE_LINKS,
  FIGURE_VERBS,
  FIGURE_VERB_MODIFIERS,
  FIXED_BEFORE_TRAILING,
  LEADING_FILLERS,
  LIST_BREAKERS,
  MANAGING_VERBS,
  MEASURED_PREDICATES,
  META_SUBJECTS,
  OWNER_NOUNS,
  OWNER_PLURALS,
  DESTINATIONS,
  TOTAL_UPDATES,
  VERBAL_NOUN_HEADS,
  VERBAL_NOUN_VERBS,
  VISITOR_WORDS,
  LIST_JOINERS,
  MEASURED_HEADS,
  MEASURE_UNITS,
  NAME_COMPOUNDS,
  ORGANISATION_ACRONYMS,
  ORGANISATION_NAME_HEADS,
  ORGANISATION_VERBS,
  PLAN_COUNT_NOUNS,
  VISIT_CLASSIFIERS,
  NEW_COLLOCATES,
  OWNED_HEADS,
  ORGANISATION_HEADS,
  PERIOD_BLOCKERS,
  PERIOD_WORDS,
  PAIRED_VERBS,
  PER_UNIT_LINKS,
  PRICE_BASES,
  PREDICATE_HEADS,
  RECOGNITION_VERBS,
  REPORTING_VERBS,
  RESTART_HEADS,
  RESTART_LINKS,
  SEASONAL_CROPS,
  TIME_PREPOSITIONS,
  TOPIC_ACTIONS,
  TOPIC_MARKERS,
  TOPIC_TAILS,
  TRAILING_ADVERBS,
  TRAILING_FILLERS,
  TRAILING_PREDICATES,
  UNTIL_HEADS,
  VALUE_COUNT_LEADS,
  WEAK_REPORTING_VERBS,
  WORK_HEADS,
} from './subject-words.js';
import { GROWTH_RATE_NOUNS } from './constants.js';
import { NOT_COUNTED } from '../ratios/constants.js';
import { LOWER_LETTER, ODD_LETTER, UPPER_LETTER, classOf, codeTest, hasLetter, isDigitCode, isLetterCode, isSpaceCode } from '../../lexicon/chars.js';
import { AnyOpening, EarlyWordGate, FirstWordGate, LastWordGate, WordStartScan, collapseSpaces, type ScanPart } from './word-scan.js';

/** How far back (UTF-16 units) a clause is searched for its indicator. */
const MAX_LOOKBACK = 400;
/** Longest indicator kept, in words; longer candidates are clauses, not names. */
const MAX_WORDS = 20;
/** How many comma segments back an indicator is looked for. */
const MAX_SEGMENTS = 8;
/** Trailing fillers are short: only this many last characters are examined for them. */
const TAIL = 48;

const ESTIMATE_SOURCE = `${WORD_START}(?<!${WORD_START}(?:${ESTIMATE_NOUN_PREFIXES.join('|')}) )${alternation(ESTIMATE_WORDS)}${WORD_END}`;

/** `ước` as an estimate word (not `quy ước`). */
export const ESTIMATE = new RegExp(ESTIMATE_SOURCE, 'iu');

const DIGIT_AHEAD = '(?= *(?:\\d|$))';
/** `giá trị thực hiện`: a verb completing its head noun (VERBAL_NOUN_HEADS), neither the figure's verb nor a filler. */
const NOT_VERBAL_NOUN = `(?!(?<=${WORD_START}${alternation(VERBAL_NOUN_HEADS)} +)${alternation(VERBAL_NOUN_VERBS)}${WORD_END})`;
/** Not a rate: `trên 1 vạn dân`, `trên 1 ha` name a per-unit measure (`trên 1 triệu` is an amount). */
const NOT_PER_UNIT = `(?!(?<=${WORD_START}${alternation(PER_UNIT_LINKS)} +)1 +(?!${alternation(AMOUNT_UNITS)}${WORD_END})\\p{L})`;
/** Not an age: `dưới 1 tuổi`, `24 tháng tuổi` qualify a noun (AGE_UNITS). */
const NOT_AGE = `(?!\\d+ +${alternation(AGE_UNITS)}${WORD_END})`;
/** A day or month number, optionally with month and year: `15`, `15/5`, `30/6/2024`. */
const DAY_MONTH = '\\d{1,2}(?:/\\d{1,4}){0,2}(?![\\p{N}.,/])';

/**
 * A period: `đến ngày 30/5/2024`, `đến nay`, `6 tháng`, `5 năm`, `năm 2022`, `tháng 7`, `hàng năm`, `15/5`.
 * Every alternative opens at a word start: users write one WORD_START before the group (V8 builds
 * each `[\p{L}\p{N}]` class anew, a few M instructions per copy per compilation; docs/profile-warmup.md).
 */
const PERIOD_BODY = [
  `(?:tính +)?(?:đến|tới) +${alternation(UNTIL_HEADS)}${WORD_END}(?: +${DAY_MONTH})?`,
  `(?:${alternation(TIME_PREPOSITIONS)} +)?(?:${NOT_AGE}\\d+ +(?:tháng|năm)(?: +qua${WORD_END})?|năm +\\d{4}|tháng +\\d{1,2}|(?<!${WORD_START}${alternation(PERIOD_BLOCKERS)} +)${alternation(PERIOD_WORDS.filter((w) => w !== 'cả năm'))}|(?<!${WORD_START}${alternation(SEASONAL_CROPS)} +)cả +năm)${WORD_END}(?:/\\d{4}(?!\\p{N})| +(?:19|20)\\d\\d(?![\\p{N}.,/%]))?`,
  `(?:tính +)?(?:đến|tới|từ|ngày) +${NOT_AGE}(?:\\d{4}(?![\\p{N}.,/])|${DAY_MONTH})`,
].join('|');

/** The words a period (PERIOD_BODY) may open with, when it does not open with a number. */
const PERIOD_OPENERS = ['tính', 'đến', 'tới', 'từ', 'ngày', 'năm', 'tháng', ...TIME_PREPOSITIONS, ...PERIOD_WORDS];

/**
 * Everything that ends the naming part of a clause; the earliest match wins.
 * Each part says where it may start (`opens` words, a `digit`, a `bracket`):
 * the scan (WordStartScan) tries only the parts that may match at each word.
 */
const CUT_PARTS: readonly ScanPart[] = [
  { source: '\\(', bracket: true },
  { source: ESTIMATE_SOURCE, opens: ESTIMATE_WORDS },
  // a verb introducing a figure: `đạt 304 tỷ`, `giảm bình quân hàng năm 14,82%`, `đạt` at the end
  {
    source: `${WORD_START}(?<!${alternation(GROWTH_RATE_NOUNS)} )${NOT_VERBAL_NOUN}${alternation(FIGURE_VERBS)}(?: +${alternation(FIGURE_VERB_MODIFIERS)}${WORD_END})*${DIGIT_AHEAD}`,
    opens: FIGURE_VERBS,
  },
  // periods (group `period`: a clause may open with one, see nameIn): `đến ngày 30/5/2024`,
  // `đến nay`, `6 tháng`, `5 năm`, `năm 2022`, `tháng 7`, `hàng năm`, `15/5`
  { source: `${WORD_START}(?<period>${PERIOD_BODY})`, opens: PERIOD_OPENERS, digit: true },
  // the first figure of an achieved/planned pair: `42.999/28.000 tỷ đồng`; a bare `15/5` or `4/9`;
  // not a pair of quantities with their object (`trồng mới 820/900 ha cây ăn quả`: kept, like `24,5 km đường`)
  { source: `(?<![\\p{L}\\p{N}.,/])\\d[\\d.,]* ?/ ?(?:\\d|$)(?![\\d.,]* +${alternation(MEASURE_UNITS)}${WORD_END} +\\p{L})`, digit: true },
  { source: `(?<![\\p{L}\\p{N}])\\d{1,2}/\\d{1,2}(?!\\d)(?! +${alternation(MEASURE_UNITS)}${WORD_END} +\\p{L})`, digit: true },
  // amounts: `trên 1.750`, `304 tỷ đồng`, `26%`
  { source: `${WORD_START}${alternation(AMOUNT_QUALIFIERS)} +${NOT_AGE}${NOT_PER_UNIT}\\d`, opens: AMOUNT_QUALIFIERS },
  { source: `(?<![\\p{L}\\p{N}])\\d[\\d.,]* *(?:${alternation(AMOUNT_UNITS)}${WORD_END}|%)`, digit: true },
  { source: `${WORD_START}so +(?:với|sánh)${WORD_END}`, opens: ['so'] },
  // the price basis of a value: `Giá trị sản xuất công nghiệp theo giá so sánh 2010`
  { source: `${WORD_START}${alternation(PRICE_BASES)}${WORD_END}`, opens: PRICE_BASES },
  // a count with its unit at the end of the clause: `trồng rừng được 850 ha`, `số hộ thoát nghèo 320 hộ`
  // (group `tail`: kept in the indicator when it counts a verb's object, see isValueCount)
  { source: `(?<tail>(?<![\\p{L}\\p{N}.,/])${NOT_AGE}\\d[\\d.,]* +(?<unit>\\p{L}+)(?<named> +\\p{L}+)? *$)`, digit: true },
];
const CUT = new WordStartScan(CUT_PARTS, 'iu');

/** Punctuation and spaces before an indicator. */
const LEADING_MARK = `[-+•*–—…\\s,.“”"«»']`;
const LEADING = new FirstWordGate(
  new RegExp(
    `^(?:${LEADING_MARK}+|${alternation(LEADING_FILLERS)}${WORD_END}[\\s,:]*|${alternation(COUNT_OPENERS)} +\\d[\\d.,]* +)`,
    'iu',
  ),
  [...LEADING_FILLERS, ...COUNT_OPENERS],
  codeTest(new RegExp(LEADING_MARK, 'u')),
);
/** Punctuation and spaces that cannot end an indicator. */
const TRAILING_MARK = `[-+•*–—…\\s,.:/“”"«»']`;
const isTrailingMark = codeTest(new RegExp(TRAILING_MARK, 'u'));
const TRAILING_WORD = new LastWordGate(
  new RegExp(`${WORD_START}(?<!${WORD_START}${alternation(FIXED_BEFORE_TRAILING)} +)${NOT_VERBAL_NOUN}${alternation(TRAILING_FILLERS)}$`, 'iuy'),
  TRAILING_FILLERS,
  () => false,
);
/**
 * Where what is to be stripped from the end of `s` starts, looking no further
 * back than `from`: the run of punctuation and spaces that ends it, else a
 * function word (TRAILING_WORD, read on s[from..]); -1 when there is neither.
 */
function trailingStart(s: string, from: number): number {
  let i = s.length;
  while (i > from && isTrailingMark(s.charCodeAt(i - 1))) i--;
  if (i < s.length) return i;
  const word = TRAILING_WORD.execFrom(s, from);
  return word ? from + word.index : -1;
}
/** A cut at a verb of achievement (not `là`): an adverb right before it belongs to the verb. */
const ACHIEVEMENT_VERB = new RegExp(`^(?!là${WORD_END})${alternation(FIGURE_VERBS)}${WORD_END}`, 'iu');
const TRAILING_ADVERB = new LastWordGate(
  new RegExp(
    `${WORD_START}(?:(?<!${WORD_START}${alternation(NEW_COLLOCATES)} +)mới|(?<!${WORD_START}${alternation(ADVERB_COMPOUND_HEADS)} +)${alternation(TRAILING_ADVERBS.filter((w) => w !== 'mới'))})[\\s,]*$`,
    'iuy',
  ),
  TRAILING_ADVERBS,
  (code) => code === 0x2c || isSpaceCode(code),
);
/** One of `verbs` (and `được`) ending the clause, not right after a head noun that makes it part of the name (PREDICATE_HEADS). */
function trailingPredicateGate(verbs: readonly string[]): LastWordGate {
  return new LastWordGate(
    new RegExp(
      `${WORD_START}(?<!${WORD_START}${alternation(PREDICATE_HEADS)} +(?:(?:đã|được) +)?)${alternation(verbs)}(?: +được)?[\\s,]*$`,
      'iuy',
    ),
    [...verbs, 'được'],
    (code) => code === 0x2c || isSpaceCode(code),
  );
}
/** `vốn ngân sách tỉnh quản lý giải ngân (được)`: the verb of the figure (not `giá trị giải ngân`, `số vốn đã giải ngân`). */
const TRAILING_PREDICATE = trailingPredicateGate(TRAILING_PREDICATES);
/** `Nguồn vốn xã hội hóa huy động được`: a verb of the figure stripped after a measured head only (MEASURED_PREDICATES). */
const MEASURED_PREDICATE = trailingPredicateGate(MEASURED_PREDICATES);
/** A cut at an amount (`450 ha`, `trên 1.750`), after `đã <verb>` (see nameIn). */
const AMOUNT_CUT = new RegExp(`^(?:\\d|${alternation(AMOUNT_QUALIFIERS)} )`, 'iu');
/** One verb (one or two syllables, not passive) between `đã` and its amount: `đã tái canh 900 ha`. */
const SHORT_VERB = /^(?!được(?![\p{L}\p{N}]))\p{L}+(?: \p{L}+)? *$/iu;
/** A head noun a verb after `đã` completes: `Số vốn đã giải ngân`. */
const PREDICATE_HEAD_END = new RegExp(`${WORD_START}${alternation(PREDICATE_HEADS)} *$`, 'iu');
/** `của <owner>`: who the figure belongs to (case-sensitive: a capitalised name). */
const OWNER = new RegExp(
  `(?<![\\p{L}\\p{N}])của +(?=\\p{Lu}|${alternation(OWNER_PLURALS)} +${alternation(OWNER_NOUNS)}${WORD_END})`,
  'u',
);
/** `do <actor> quản lý` ending the phrase. */
const MANAGED_END = new RegExp(`${WORD_START}${alternation(MANAGING_VERBS)} *$`, 'iu');
const MANAGED_BY = new RegExp(`(?<![\\p{L}\\p{N}])do +(?=\\p{L})`, 'iu');
/** A visitor noun (VISITOR_WORDS) and the place they go to, ending the phrase: `khách du lịch đến huyện`. */
const VISITOR = new RegExp(`${WORD_START}${alternation(VISITOR_WORDS)}${WORD_END}`, 'iu');
/** `thị xã quản lý giải ngân ...`: a comma segment that opens with the end of a `do <actors> <verb>` list. */
const MANAGED_LIST_END = new EarlyWordGate(new RegExp(`^ *(?:\\p{L}+ +){0,3}${alternation(MANAGING_VERBS)}${WORD_END}`, 'iu'), MANAGING_VERBS, 3);
/** `vốn do các huyện`: a segment ending with `do` and a few words (the first actors of the list). */
const MANAGED_LIST_START = new RegExp(`${WORD_START}do(?: +\\p{L}+){1,4} *$`, 'iu');
/** `thị xã`: a middle item of that list, a few words. */
const MANAGED_LIST_ITEM = /^ *(?:\p{L}+ *){1,3}$/u;
/** `nâng tổng số ... lên 48`: a running total (TOTAL_UPDATES), not the indicator. */
const TOTAL_UPDATE = new RegExp(`^${alternation(TOTAL_UPDATES)}${WORD_END}`, 'iu');
/** `Hai chỉ tiêu chưa đạt là tỷ lệ hộ nghèo`: after `là`, a measured head (the target was a meta subject). */
const META_IS = new WordStartScan([{ source: `${WORD_START}là +(?=${alternation(MEASURED_HEADS)}${WORD_END})`, opens: ['là'] }], 'iu');
/** `và tỷ lệ đô thị hóa`: the last item of a list of targets (a measured head after `và`). */
const LAST_ITEM = new WordStartScan([{ source: `${WORD_START}và +(?=${alternation(MEASURED_HEADS)}${WORD_END})`, opens: ['và'] }], 'iu');
const META_SUBJECT = new RegExp(`${WORD_START}${alternation(META_SUBJECTS)}${WORD_END}`, 'iu');
const BULLET = /^(?:\d+(?:\.\d+)*[.)](?!\d)|[a-zđ]\))\s*/u;
/** BULLET.exec(s), run only when `s` opens with a digit or its second character is `)`. */
const bulletAt = (s: string) =>
  // the length checks keep charCodeAt in bounds (V8 recompiles a function after its first read past the end)
  (s.length > 0 && isDigitCode(s.charCodeAt(0))) || (s.length > 1 && s.charCodeAt(1) === 0x29) ? BULLET.exec(s) : null;

/** `toàn tỉnh đã công nhận 32 xã đạt chuẩn`: the actor before `đã` is not the indicator. */
const ACTOR_PAST = new WordStartScan(
  [
    { source: `${WORD_START}đã${WORD_END} *`, opens: ['đã'] },
    // `..., giúp 640 lao động có việc làm`: the count after a causative verb, then what it counts
    { source: `${WORD_START}${alternation(CAUSATIVE_VERBS)} +(?=\\d)`, opens: CAUSATIVE_VERBS },
  ],
  'iu',
);

/** `như thu phí, lệ phí`: the examples named after `như` (not `gần như`, `như vậy`). */
const EXAMPLE = new WordStartScan(
  [
    {
      source: `${WORD_START}(?<!${WORD_START}${alternation(EXAMPLE_BLOCKERS)} +)${alternation(EXAMPLE_LINKS)}(?! +${alternation(EXAMPLE_ENDINGS)}${WORD_END}) +(?=\\p{L})`,
      opens: EXAMPLE_LINKS,
    },
  ],
  'u', // case-sensitive: `huyện Như Xuân` is a name
);
/** `nguồn vốn sự nghiệp đã giải ngân`: what stands before `đã` is measured, not an actor. */
const MEASURED_HEAD = new RegExp(`^${alternation(MEASURED_HEADS)}${WORD_END}`, 'iu');
/** After the actor: a verb, a count, then what was counted (`công nhận 32 xã đạt chuẩn`). */
const COUNTED = new RegExp('^[\\p{L} ]*?(?<![\\p{L}\\p{N}])\\d+(?:\\.\\d{3})* +(?=\\p{L})', 'u');
/** After `đã`: a verb of recognition, a count, then what was counted (`công nhận 32 xã đạt chuẩn`). */
const RECOGNISED_COUNT = new RegExp(`^${alternation(RECOGNITION_VERBS)} +\\d+(?:\\.\\d{3})* +(?=\\p{L})`, 'iu');

/** `... với tổng kinh phí`: the last such link restarts the indicator. */
const RESTART = new WordStartScan(
  [
    {
      source: `${WORD_START}${alternation(RESTART_LINKS)} +(?=${alternation(RESTART_HEADS)}${WORD_END})(?!(?<=${WORD_START}có +)${alternation(OWNED_HEADS)}${WORD_END})`,
      opens: RESTART_LINKS,
    },
  ],
  'iu',
);

/** An organisation's name opening a phrase (case-sensitive): `Ban Quản lý`, `Chi cục Thuế`, `BQL dự án`. */
const ORGANISATION = new RegExp(
  `^(?:${alternation(ORGANISATION_NAME_HEADS)} +\\p{Lu}|${alternation(ORGANISATION_ACRONYMS)}(?![\\p{L}\\p{N}]))`,
  'u',
);
/** `... chi nhánh huyện có doanh số cho vay`: the organisation has what was measured (a noun of two words or more). */
const ORGANISATION_HAS = new RegExp(`${WORD_START}có +(?=\\p{Ll}+ +\\p{L})`, 'u');
/** The organisation's verb ending the phrase: `... tỉnh giải ngân (được)`. */
const ORGANISATION_VERB = new RegExp(`${WORD_START}${alternation(ORGANISATION_VERBS)}(?= *(?:được *)?$)`, 'iu');
/** After an amount: its qualifier, number and units (`trên 1,2 triệu`, `1.300 tỷ đồng`), then a word. */
const AMOUNT_THEN_WORD = new RegExp(
  `^(?:${alternation(AMOUNT_QUALIFIERS)} +)?\\d[\\d.,]*(?: *${alternation(AMOUNT_UNITS)}${WORD_END})* +(?!${alternation(AMOUNT_UNITS)}${WORD_END})(?=\\p{L})`,
  'iu',
);
/** `đón 850.000 lượt khách`: a verb, a count of visits, what was visited. */
const VISIT_COUNT = new RegExp(`^(?:\\p{L}+ +){1,2}\\d[\\d.,]* +(?=${alternation(VISIT_CLASSIFIERS)} +\\p{L})`, 'iu');
/** Longest noun phrase after an amount taken for a lone verb (`thu được 1.200 tỷ đồng tiền sử dụng đất`). */
const MAX_AFTER_AMOUNT_WORDS = 8;

/** `có 41 dự án`: what a subject has, counted (before a RESTART link). */
const HAS_COUNT = new RegExp(`${WORD_START}có +\\d`, 'iu');

/** `chuyển đổi 300 ha`: a conversion of a counted object. */
const CONVERTED_COUNT = new RegExp(`${WORD_START}${alternation(CONVERSION_VERBS)} +(?:được +)?\\d`, 'iu');
/** `sang trồng cam`: the destination of a conversion (the last link of the phrase). */
const DESTINATION_LINK = new RegExp(`${WORD_START}${alternation(DESTINATION_LINKS)} +(?=\\p{L})`, 'iu');
/** Where a conversion's destination starts in `s` (`... sang trồng cam`), or -1. */
function destinationAt(s: string): number {
  if (!s.includes('sang')) return -1;
  const converted = CONVERTED_COUNT.exec(s);
  if (!converted) return -1;
  const link = DESTINATION_LINK.exec(s.slice(converted.index));
  return link ? converted.index + link.index : -1;
}

/** `Công tác tuyển quân`: a head noun that only says "the work of". */
const WORK_HEAD = new RegExp(`^${alternation(WORK_HEADS)} +(?=\\p{L})`, 'iu');

/**
 * `... 21.450 tỷ đồng và 46 dự án FDI với vốn đăng ký 512,3 triệu USD`,
 * `thu hút 4 tỷ USD vốn FDI và giải ngân trên 95%`: an amount (and up to three
 * words naming it) followed by `và` closes one item; the figure belongs to the next.
 */
const AMOUNT_THEN_AND = new WordStartScan(
  [
    {
      source: `(?<![\\p{L}\\p{N}.,])\\d[\\d.,]* *(?:${alternation(AMOUNT_UNITS)}${WORD_END}|%)(?: +(?:đồng|USD|VNĐ|VND)${WORD_END})?(?: +\\p{L}+){0,3} +và +`,
      digit: true,
    },
  ],
  'iu',
);

/** A closing bracket then `và` and a word (see computeCandidate). */
const FIGURE_BRACKET_AND = /\)[ ,]*và +(?=\p{L})/gu;

/** Words with their first letter in either case (for the case-sensitive ACTOR pattern). */
const eitherCase = (words: readonly string[]) =>
  alternation(words.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1), w.charAt(0).toLowerCase() + w.slice(1)]));

/**
 * Reported speech: the indicator restarts after `cho biết`, `nêu rõ`, ... (group
 * `strong`), or after `thông tin`, `báo cáo`, ... (group `weak`) when a period or
 * an actor follows (REPORTED_AHEAD).
 */
const REPORTING = new WordStartScan(
  [
    {
      source: `${WORD_START}(?:(?<strong>${alternation(REPORTING_VERBS)})|(?<weak>${alternation(WEAK_REPORTING_VERBS)}))(?: +rằng)?${WORD_END}[\\s,:]*`,
      opens: [...REPORTING_VERBS, ...WEAK_REPORTING_VERBS],
    },
  ],
  'iu',
);
const REPORTED_AHEAD = new RegExp(`${WORD_START}(?:${PERIOD_BODY}|(?:toàn|cả) +\\p{L})`, 'iuy');

const NAME_WORD = "\\p{Lu}\\p{L}*(?:['’]\\p{L}+)*"; // `Cư M'gar`
/** A proper name: `Krông Bông`, `Bà Rịa - Vũng Tàu`. */
const NAME = `${NAME_WORD}(?: +(?:[-–] +)?${NAME_WORD})*`;
const ACRONYM = '\\p{Lu}{2,}';
/** A word of a place name: capital then small letters (`Vốn ODA` is not a place). */
const TITLE_WORD = '\\p{Lu}\\p{Ll}*(?![\\p{L}\\p{N}])';
const ADMIN = `${eitherCase(ADMIN_UNITS)}(?![\\p{L}\\p{N}.])`;
const NEXT_WORD = '(?= +[\\p{Ll}\\d])';
/** Not the first syllable of a compound written `Chương trình` (NAME_COMPOUNDS). */
const NOT_COMPOUND = `(?!${alternation(NAME_COMPOUNDS)}${WORD_END})`;
const DESTINATION_END = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:đến|tới) +(?:${ADMIN}(?: +${NAME})?|${NAME}|${alternation(DESTINATIONS)}) *$`,
  'u',
);

/**
 * The actor at the front of a clause (case-sensitive: proper names are
 * capitalised): `huyện Krông Bông`, `UBND tỉnh Gia Lai`, `UBND thành phố`,
 * `UBKT các cấp`, `Đảng bộ huyện`, a bare `huyện` before a verb, or a place
 * name of two or more capitalised words (`Nghệ An`, `Bà Rịa - Vũng Tàu`) that
 * does not open an organisation's name (`Sở Tài chính`). Always followed by a
 * lower-case word or a number, which stays.
 */
const ACTOR = new RegExp(
  `^(?:${[
    `(?:${ACRONYM} +)?${ADMIN} +${NAME}${NEXT_WORD}`,
    `${ACRONYM} +${ADMIN}(?= +\\p{Ll})`,
    `(?:\\p{L}+ +){1,3}các +cấp(?= +\\p{Ll})`,
    `${eitherCase(ACTOR_BODIES)}(?: +${ADMIN})?(?: +${NAME})?(?= +\\p{Ll})`,
    `${eitherCase(BARE_ACTOR_UNITS)}(?! +${alternation(BARE_ACTOR_BLOCKERS)}${WORD_END})(?= +\\p{Ll})`,
    `(?!${alternation(ORGANISATION_HEADS)}${WORD_END})${TITLE_WORD}(?: +(?:[-–] +)?${NOT_COMPOUND}${TITLE_WORD})+${NEXT_WORD}`,
  ].join('|')}) *`,
  'u',
);
/**
 * The first syllables (letters only, first letter in either case) an ACTOR
 * may open with, besides an acronym (`UBND tỉnh`), a run of capitalised words
 * (`Nghệ An`) and `… các cấp`.
 */
const ACTOR_OPENERS = new Set(
  [...ADMIN_UNITS, ...ACTOR_BODIES, ...BARE_ACTOR_UNITS].flatMap((w) => {
    const first = /^\p{L}+/u.exec(w)?.[0] ?? '';
    return [first.charAt(0).toLowerCase() + first.slice(1), first.charAt(0).toUpperCase() + first.slice(1)];
  }),
);
const isDash = (code: number) => code === 0x2d || code === 0x2013;
/** `\p{Lu}`, or a letter the tables do not sort (ODD_LETTER). */
const mayBeCapital = (code: number) => {
  const c = classOf(code);
  return c === UPPER_LETTER || c === ODD_LETTER;
};
/** ACTOR.exec(s), not run when s cannot open with an actor (an array read or two per letter of the first word). */
function actorAt(s: string): RegExpExecArray | null {
  if (s.length === 0) return null; // (no charCodeAt past the end: V8 would recompile this after the first)
  const opening = classOf(s.charCodeAt(0));
  if ((opening === LOWER_LETTER || opening === UPPER_LETTER) && !s.includes('các')) {
    let end = 1;
    while (end < s.length && isLetterCode(s.charCodeAt(end))) end++;
    if (!ACTOR_OPENERS.has(s.slice(0, end))) {
      if (opening === LOWER_LETTER) return null;
      // a capital: an acronym, or the first of two capitalised words (`Nghệ An`, `Bà Rịa - Vũng Tàu`)
      if (!(end > 1 && mayBeCapital(s.charCodeAt(1)))) {
        let next = end;
        while (s.charCodeAt(next) === 0x20) next++;
        if (next > end && isDash(s.charCodeAt(next)) && s.charCodeAt(next + 1) === 0x20) {
          next++;
          while (s.charCodeAt(next) === 0x20) next++;
        }
        if (next === end || !mayBeCapital(s.charCodeAt(next))) return null;
      }
    }
  }
  return ACTOR.exec(s);
}

const MEASURE_UNIT = new RegExp(`^${alternation(MEASURE_UNITS)}$`, 'iu');
const COUNT_CLASSIFIER = new RegExp(`^${alternation(COUNT_CLASSIFIERS)}$`, 'iu');
/** `đã`/`được` before a count: the count is the object of a verb. */
const DONE_MARK = new RegExp(`${WORD_START}(?:đã|được)${WORD_END}`, 'iu');
const COUNT_HEAD = new RegExp(`^${alternation(COUNT_HEADS)}${WORD_END}`, 'iu');
const VALUE_COUNT_LEAD = new RegExp(`${WORD_START}${alternation(VALUE_COUNT_LEADS)} *$`, 'iu');

/**
 * `X/Y noun`: a count of things (`7/12 cuộc kiểm tra`, `15/18 xã`), not a date
 * (`ngày 15/6`), a document number, an amount pair (`312/540 tỷ đồng`), an
 * achieved/planned quantity (`1.200/1.500 ha`, `12.000/15.000 tấn`: the words
 * the ratios kind does not count, NOT_COUNTED) or a percent pair. Groups: num, den.
 */
const RATIO_COUNT = new RegExp(
  `(?<![\\p{L}\\p{N}.,/])(?<!${WORD_START}${alternation(DATE_LEADS)} +)(?<num>\\d+(?:\\.\\d{3})*)/(?<den>\\d+(?:\\.\\d{3})*)(?![\\p{N}.,/%]) +(?!${alternation([...AMOUNT_UNITS, ...NOT_COUNTED])}${WORD_END})(?!${alternation(PLAN_COUNT_NOUNS)}${WORD_END} *(?:[,;.:)]|$))(?=\\p{L})`,
  'iuy',
);
/** Where a counted phrase ends: `theo`, `của`, ... or a clause mark. */
const COUNTED_END = new RegExp(`${WORD_START}${alternation(COUNTED_ENDS)}${WORD_END}|[;:(]`, 'iu');
/** What may follow a counted phrase up to the figure: a qualifier with no further comma item. */
const COUNTED_TAIL = /^[^,;]*[\s,]*$/u;
const YEAR = /^(?:19|20)\d\d$/u;
const NON_WORD = /[^\p{L}\p{N}]+/u;

/** `Tổng số lượt khám, chữa bệnh`: a count head and its classifier lead a list's first item. */
const LIST_HEAD = new RegExp(`^${alternation(COUNT_HEADS)} +${alternation(COUNT_CLASSIFIERS)} +(?=\\p{L})`, 'iu');
/** A list item without its head (`công tác`, `số lượt`), for its length. */
const itemCore = (s: string) => s.slice(LIST_HEAD.exec(s)?.[0].length ?? 0);

const ADVERBIAL = new RegExp(`^${alternation(ADVERBIAL_OPENERS)}${WORD_END}`, 'iu');
const LIST_JOINER = new RegExp(`${WORD_START}${alternation(LIST_JOINERS)}${WORD_END}`, 'iu');
/** Longest item (in words) of a comma list joined by `và`; without `và`, items are this short. */
const MAX_ITEM_WORDS = 5;
const MAX_BARE_ITEM_WORDS = 3;
/** Longest last item of a bare list led by a measured head (`xử lý rác thải sinh hoạt ở đô thị`). */
const MAX_MEASURED_LAST_WORDS = 10;
/** Words of a clause that says how something went (`Thu ngân sách gặp khó khăn, ...`): not a list item. */
const LIST_BREAKER = new RegExp(`${WORD_START}${alternation(LIST_BREAKERS)}${WORD_END}`, 'iu');
/** The first word of `s`, lower-cased. */
const firstWord = (s: string) => (/^\S+/u.exec(s)?.[0] ?? '').toLowerCase();
/** Longest first item (head and acronym) of a list of acronyms: `Tổng số thu BHXH, BHYT, BHTN`. */
const MAX_HEADED_ITEM_WORDS = 8;
/** An acronym opening / ending / being a list item (`BHYT trên địa bàn`, `Tổng số thu BHXH`, `BHTN`). */
const ACRONYM_FIRST = /^\p{Lu}{2,}(?![\p{L}\p{N}])/u;
const ACRONYM_LAST = /(?<![\p{L}\p{N}])\p{Lu}{2,}$/u;
const ACRONYM_ONLY = /^\p{Lu}{2,}$/u;
/** How many items before the nearest one a list may have. */
const MAX_LIST_ITEMS = 5;

const PAIRED_VERB_ALONE = new RegExp(`^\\s*${alternation(PAIRED_VERBS)}\\s*$`, 'iu');
const PAIRED_VERB_FIRST = new RegExp(`^${alternation(PAIRED_VERBS)}${WORD_END}`, 'iu');

/**
 * `Tuyển sinh, đào tạo nghề đạt 4.500 người`: the item `nearest` of segment
 * `k` opens with a paired verb and the sentence (or `;` clause) opens with
 * another, alone in its segment: where the pair starts, or -1.
 */
function pairedVerbStart(index: TextIndex, segments: Segment[], k: number, nearest: Candidate): number {
  const { text } = index;
  const first = segments[k + 1];
  if (segments[k].opener !== 'soft' || !first || first.opener === 'soft' || !nearest.front) return -1;
  const segment = text.slice(first.start, first.end);
  if (!PAIRED_VERB_ALONE.test(segment) || !PAIRED_VERB_FIRST.test(text.slice(nearest.start, nearest.end))) return -1;
  return first.start + (segment.length - segment.trimStart().length);
}

const TOPIC_MARKER = new RegExp(`^\\s*${alternation(TOPIC_MARKERS)} +(?=\\p{L})`, 'iu');
const TOPIC_ACTION = new RegExp(`^${alternation(TOPIC_ACTIONS)}$`, 'iu');
const TOPIC_TAIL = new RegExp(`${WORD_START}${alternation(TOPIC_TAILS)}${WORD_END}`, 'iu');

/**
 * `Đối với nguồn vốn ODA chuyển từ năm trước sang, đến nay mới giải ngân 20
 * tỷ đồng`: segment `k` names only its action (`giải ngân`) and the sentence
 * opens with a topic in segment k + 1; the topic (cut at TOPIC_TAILS) is the
 * indicator, or null.
 */
function topicBefore(index: TextIndex, segments: Segment[], k: number, found: Candidate): Subject | null {
  const { text } = index;
  const topic = segments[k + 1];
  if (segments[k].opener !== 'soft' || !topic || topic.opener === 'soft') return null;
  if (!TOPIC_ACTION.test(text.slice(found.start, found.end))) return null;
  const marker = TOPIC_MARKER.exec(text.slice(topic.start, topic.end));
  if (!marker) return null;
  const from = topic.start + marker[0].length;
  const tail = TOPIC_TAIL.exec(text.slice(from, topic.end));
  const named = candidate(index, from, tail ? from + tail.index : topic.end);
  if (!named) return null;
  return { phrase: collapseSpaces(text.slice(named.start, named.end)), start: named.start, clauseStart: topic.start, own: false };
}
/** The number of runs of whitespace in `s` (`s.split(/\s+/).length - 1`). */
function spaceRuns(s: string): number {
  let runs = 0;
  let inSpace = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpaceCode(s.charCodeAt(i));
    if (space && !inSpace) runs++;
    inSpace = space;
  }
  return runs;
}
/** The number of words (runs of non-whitespace) in `s`. */
function wordCount(s: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const word = !isSpaceCode(s.charCodeAt(i));
    if (word && !inWord) words++;
    inWord = word;
  }
  return words;
}

export interface Subject {
  /** The indicator as written (a slice of the text), or null. */
  phrase: string | null;
  /** UTF-16 start of the indicator in the text (or of the clause searched when none). */
  start: number;
  /** Start of the clause segment the indicator was found in: amounts after it belong to it. */
  clauseStart: number;
  /**
   * The indicator stands in the figure's own comma segment (or is what an
   * `X/Y` count in its clause counts); false when it was found further back.
   */
  own: boolean;
}

interface Segment {
  start: number;
  end: number;
  /** The boundary at `start`: `,` (soft), `;` `:` `(` (crossable), or a sentence start. */
  opener: 'soft' | 'cross' | 'stop';
}

const isDigit = isDigitCode;
const isLetter = isLetterCode;
const codeAt = (text: string, i: number) => (i >= 0 && i < text.length ? text.charCodeAt(i) : 32);

/** Characters that may bound a segment: line breaks, brackets, sentence and clause punctuation. */
const PUNCTUATION = new Uint8Array(0x10000);
for (const ch of '\n\r().!?…,;:') PUNCTUATION[ch.charCodeAt(0)] = 1;
/** The punctuation is indexed by blocks of 2^PUNCTUATION_BLOCK_BITS characters. */
const PUNCTUATION_BLOCK_BITS = 8;

/**
 * Per-text state, reused by every figure of the same text: the positions of
 * the punctuation, found once per block of 256 characters (lazily, only the
 * blocks that the window before a figure reaches), so that the backward
 * walk skips words at no cost, and the answers already computed for segments
 * and for figures.
 */
class TextIndex {
  /** By block: the positions of PUNCTUATION characters in it, ascending (undefined: not read yet). */
  private readonly blocks: (number[] | undefined)[] = [];
  readonly candidates = new Map<number, Candidate | null>();
  /** findSubject's answers, by `pos * 2 + crossClauses` (plan attainments and the linker ask again). */
  readonly subjects = new Map<number, Subject>();
  constructor(readonly text: string) {}

  /** The last punctuation character before `pos` and at or after `floor`, or -1. */
  before(pos: number, floor: number): number {
    const end = Math.min(pos, this.text.length);
    for (let b = (end - 1) >> PUNCTUATION_BLOCK_BITS; b >= 0 && b >= floor >> PUNCTUATION_BLOCK_BITS; b--) {
      const block = this.blocks[b] ?? this.read(b);
      // the last position < end, by binary search
      let lo = 0;
      let hi = block.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (block[mid] < end) lo = mid + 1;
        else hi = mid;
      }
      if (lo > 0) return block[lo - 1] >= floor ? block[lo - 1] : -1;
    }
    return -1;
  }

  private read(b: number): number[] {
    const { text } = this;
    const block: number[] = [];
    const to = Math.min(text.length, (b + 1) << PUNCTUATION_BLOCK_BITS);
    for (let i = b << PUNCTUATION_BLOCK_BITS; i < to; i++) if (PUNCTUATION[text.charCodeAt(i)] === 1) block.push(i);
    this.blocks[b] = block;
    return block;
  }
}

/** Past this many entries, a per-text cache starts again (hostile texts with thousands of figures). */
const CACHE_LIMIT = 4096;

let lastIndex: TextIndex | null = null;
function indexOf(text: string): TextIndex {
  if (lastIndex === null || lastIndex.text !== text) lastIndex = new TextIndex(text);
  return lastIndex;
}

/** The comma-separated segments of the sentence before `pos`, nearest first. */
function segmentsBefore(index: TextIndex, pos: number): Segment[] {
  const { text } = index;
  const floor = Math.max(0, pos - MAX_LOOKBACK);
  const segments: Segment[] = [];
  let end = pos;
  let depth = 0;
  for (let i = index.before(pos, floor); i >= 0; i = index.before(i, floor)) {
    if (segments.length > MAX_SEGMENTS) return segments;
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      segments.push({ start: i + 1, end, opener: 'stop' });
      return segments;
    }
    if (c === 0x29 /* ) */) {
      depth++;
      continue;
    }
    if (depth > 0) {
      if (c === 0x28 /* ( */) depth--;
      continue;
    }
    const betweenDigits = isDigit(codeAt(text, i - 1)) && isDigit(codeAt(text, i + 1));
    if (c === 0x2e /* . */ || c === 0x21 || c === 0x3f || c === 0x2026) {
      if (c === 0x2e && (isDigit(codeAt(text, i + 1)) || codeAt(text, i - 1) === 0x2e)) continue; // 2.522, 1.1, ...
      if (c === 0x2e && isLetter(codeAt(text, i - 1)) && isLetter(codeAt(text, i + 1))) continue; // tr.đ, TP.HCM
      segments.push({ start: i + 1, end, opener: 'stop' });
      return segments;
    }
    if (betweenDigits) continue; // 21,31 or 13:30
    segments.push({ start: i + 1, end, opener: c === 0x2c /* , */ ? 'soft' : 'cross' });
    end = i;
  }
  segments.push({ start: floor, end, opener: 'stop' });
  return segments;
}

interface Candidate {
  start: number;
  end: number;
  /** Nothing but spaces and punctuation was cut off the front (fillers, an actor, a period). */
  front: boolean;
  /** Nothing but spaces and punctuation was cut off the back (a verb, an amount, fillers). */
  back: boolean;
  /** Where a stripped head noun (`công tác`) began, or -1. */
  headStart: number;
  /** It starts right after an example link (`như thu phí`): a list may start there. */
  example?: boolean;
  /** It updates a running total (`nâng tổng số ... lên 48`): used only when no clause before it names something. */
  update?: boolean;
}

/**
 * The naming part of one segment [start, end), or null. `atVerb`: the segment
 * ends right before the verb of the figure (`thu ngân sách mới | đạt 41%`).
 */
function candidate(index: TextIndex, start: number, end: number, atVerb = false): Candidate | null {
  // Figures in one sentence share their earlier segments: remember each segment's answer.
  const cache = index.candidates;
  if (cache.size > CACHE_LIMIT) cache.clear();
  const key = start * 2048 + Math.min(end - start, 1023) * 2 + (atVerb ? 1 : 0);
  const known = cache.get(key);
  if (known !== undefined) return known;
  const found = computeCandidate(index.text, start, end, atVerb);
  cache.set(key, found);
  return found;
}

function computeCandidate(text: string, start: number, end: number, atVerb: boolean): Candidate | null {
  // `A 21.450 tỷ đồng và B 512,3 triệu USD`: the nearer item B, when it names something.
  const segment = text.slice(start, end);
  let item = -1;
  if (segment.includes(' và ')) {
    for (let m = AMOUNT_THEN_AND.first(segment); m; m = AMOUNT_THEN_AND.first(segment, m.index + m[0].length)) item = m.index + m[0].length;
  }
  // `thu ngân sách (đạt 88%) và giải ngân vốn đầu tư công, mới đạt 91%`: A has its figure in brackets, the figure is about B
  if (item < 0 && segment.includes(')')) {
    FIGURE_BRACKET_AND.lastIndex = 0;
    for (let m = FIGURE_BRACKET_AND.exec(segment); m; m = FIGURE_BRACKET_AND.exec(segment)) {
      const open = segment.lastIndexOf('(', m.index);
      if (open >= 0 && /\d/u.test(segment.slice(open, m.index))) item = m.index + m[0].length;
    }
  }
  if (item > 0) {
    const found = nameIn(text, start + item, end, atVerb);
    if (found) return { ...found, front: false };
  }
  return nameIn(text, start, end, atVerb);
}

/** Length of the fillers, bullets and punctuation at the front of `s`. */
function leadingLength(s: string): number {
  let length = 0;
  for (let guard = 0; guard < 8; guard++) {
    const rest = s.slice(length);
    const lead = LEADING.exec(rest) ?? actorAt(rest) ?? bulletAt(rest);
    if (!lead || lead[0].length === 0) break;
    length += lead[0].length;
  }
  return length;
}

/** Whether `s` is nothing but punctuation and fillers (`trong đó`, `riêng`): LEADING alone. */
function fillersOnly(s: string): boolean {
  let length = 0;
  for (let guard = 0; guard < 8 && length < s.length; guard++) {
    const lead = LEADING.exec(s.slice(length));
    if (!lead || lead[0].length === 0) break;
    length += lead[0].length;
  }
  return length === s.length;
}

/** Where the reported part of a segment starts (after `... cho biết`), or 0. */
function reportedStart(s: string): number {
  let found = 0;
  for (let m = REPORTING.first(s); m; m = REPORTING.first(s, m.index + m[0].length)) {
    const after = m.index + m[0].length;
    if (m.groups?.weak !== undefined) {
      REPORTED_AHEAD.lastIndex = after;
      if (!REPORTED_AHEAD.test(s)) continue;
    }
    if (hasLetter(s.slice(after))) found = after;
  }
  return found;
}

/**
 * Whether a count at the end of a clause is its value (`trồng rừng được 850
 * ha`, `giải quyết việc làm cho 45.210 lao động`, `số hộ thoát nghèo 320 hộ`:
 * a physical unit, a preposition before it, a clause headed by `số`, or the
 * counted noun named before it) rather than the object of its verb (`kết nạp 47 đảng viên`).
 */
function isValueCount(prefix: string, unit: string, namedAfter: boolean): boolean {
  if ((MEASURE_UNIT.test(unit) && !namedAfter) || VALUE_COUNT_LEAD.test(prefix.slice(-TAIL))) return true;
  // `trong đó khách nội địa 95.000 lượt`: a bare classifier after a verbless phrase (not `đã hỗ trợ 300 hộ`)
  if (!namedAfter && COUNT_CLASSIFIER.test(unit) && !DONE_MARK.test(prefix)) return true;
  const named = prefix.slice(leadingLength(prefix)).toLowerCase();
  return COUNT_HEAD.test(named) || named.split(NON_WORD).includes(unit.toLowerCase());
}

/**
 * The length of `s` without who the figure belongs to or where it goes:
 * `Tỷ lệ giải ngân của Ban Quản lý dự án` (an owner after two or more words),
 * `tổng thu ngân sách nhà nước do Cục Thuế quản lý` (a manager after three or
 * more), `lượng khách du lịch đến huyện` (a destination after visitors).
 */
function ownedLength(s: string): number {
  // each pattern runs only when its link word is in `s` (a substring search)
  const owner = s.includes('của') ? OWNER.exec(s) : null;
  if (owner && wordCount(s.slice(0, owner.index)) >= 2) return owner.index;
  if (s.includes('do') && MANAGED_END.test(s.slice(-TAIL))) {
    const by = MANAGED_BY.exec(s);
    if (by && wordCount(s.slice(0, by.index)) >= 3) return by.index;
  }
  const from = Math.max(0, s.length - TAIL);
  const tail = s.slice(from);
  if (!tail.includes('đến') && !tail.includes('tới')) return s.length;
  const destination = DESTINATION_END.exec(tail);
  if (destination && VISITOR.test(s.slice(0, from + destination.index))) return from + destination.index;
  return s.length;
}

/** One pattern run per segment says whether REPORTING, RESTART, EXAMPLE or ACTOR_PAST may match in it (or in a part of it). */
const OPENERS = new AnyOpening([REPORTING, RESTART, EXAMPLE, ACTOR_PAST]);

function nameIn(text: string, start: number, end: number, atVerb: boolean): Candidate | null {
  let s = text.slice(start, end);
  const openers = OPENERS.test(s);
  let offset = start;
  let front = true;
  let back = true;
  // `Giám đốc Sở ... cho biết năm 2023 toàn tỉnh thu ngân sách ...`: what was reported.
  const reported = openers ? reportedStart(s) : 0;
  if (reported > 0) {
    offset += reported;
    s = s.slice(reported);
    front = false;
  }
  // A clause may open with its period (`đến ngày 15/5 mới giải ngân 17,7 tỷ đồng`):
  // a period with nothing but fillers before it is skipped, and the cut looked for after it.
  let skip = 0;
  let cut: RegExpExecArray | null = null;
  for (let guard = 0; guard < 6; guard++) {
    const rest = s.slice(skip);
    cut = CUT.first(rest);
    if (cut?.groups?.tail !== undefined && !isValueCount(rest.slice(0, cut.index), cut.groups.unit, cut.groups.named !== undefined)) cut = null;
    if (!cut || cut.groups?.period === undefined) break;
    const before = rest.slice(0, cut.index);
    if (hasLetter(before) && leadingLength(before) < before.length) break;
    skip += cut.index + cut[0].length;
    cut = null;
  }
  let adverbs = atVerb;
  // where an amount cut the phrase, for a lone verb before it (`thành phố đón 2,5 triệu lượt khách`)
  let amountAt = -1;
  if (cut) {
    if (AMOUNT_CUT.test(cut[0])) amountAt = offset + skip + cut.index;
    s = s.slice(0, skip + cut.index);
    back = false;
    adverbs = ACHIEVEMENT_VERB.test(cut[0]);
  }
  if (skip > 0) {
    if (hasLetter(s.slice(0, skip))) front = false;
    offset += skip;
    s = s.slice(skip);
  }
  const destination = destinationAt(s);
  if (destination > 0) {
    s = s.slice(0, destination);
    back = false;
  }

  let restart = -1;
  for (let m = openers ? RESTART.first(s) : null; m; m = RESTART.first(s, m.index + m[0].length)) restart = m.index + m[0].length;
  // `Đầu tư trong nước có 41 dự án với vốn đăng ký 8.500 tỷ đồng`: the subject that has the counted
  // projects names what was measured; the restart is for clauses without one (`toàn huyện có ...`, `thu hút ...`)
  if (restart > 0) {
    const has = HAS_COUNT.exec(s.slice(0, restart));
    if (has) {
      const lead = leadingLength(s);
      if (lead < has.index && hasLetter(s.slice(lead, has.index))) {
        s = s.slice(0, has.index);
        restart = -1;
        back = false;
      }
    }
  }
  let example = false;
  for (let m = openers ? EXAMPLE.first(s) : null; m; m = EXAMPLE.first(s, m.index + m[0].length)) {
    if (m.index + m[0].length > restart) {
      restart = m.index + m[0].length;
      example = true;
    }
  }
  // `Hai chỉ tiêu chưa đạt là tỷ lệ hộ nghèo`: the targets were named, the indicator follows `là`
  for (let m = META_IS.first(s); m; m = META_IS.first(s, m.index + m[0].length)) {
    const after = m.index + m[0].length;
    if (after > restart && META_SUBJECT.test(s.slice(0, m.index))) {
      restart = after;
      example = false;
      // `là tỷ lệ hộ nghèo và tỷ lệ đô thị hóa, mới đạt 95%`: the targets are listed, the figure is about the last
      for (let j = LAST_ITEM.first(s, after); j; j = LAST_ITEM.first(s, j.index + j[0].length)) restart = j.index + j[0].length;
    }
  }
  if (restart > 0) {
    offset += restart;
    s = s.slice(restart);
    front = false;
  }
  const actor = openers ? ACTOR_PAST.first(s) : null;
  const actorFront = actor ? s.slice(leadingLength(s.slice(0, actor.index))) : '';
  const measured = actor && MEASURED_HEAD.test(actorFront) && !ORGANISATION.test(actorFront);
  // `Diện tích trồng cà phê đã tái canh 900 ha`: what was measured stands before `đã <verb> <amount>`
  // (not `Số vốn đã giải ngân`: the verb completes its head; not `Số hộ đã thoát nghèo`: too short to name it)
  if (actor && measured && cut && /^đã/iu.test(actor[0]) && AMOUNT_CUT.test(cut[0])) {
    const before = s.slice(0, actor.index);
    if (SHORT_VERB.test(s.slice(actor.index + actor[0].length)) && wordCount(before.slice(leadingLength(before))) >= 3 && !PREDICATE_HEAD_END.test(before)) {
      s = before;
      back = false;
    }
  }
  if (actor && !measured) {
    let rest = actor.index + actor[0].length;
    // after `đã`, a verb of action keeps its count (`đã kết nạp 1.250 đảng viên`); `công nhận 32 xã đạt chuẩn` counts the communes
    const counted = (actor[0].startsWith('đã') ? RECOGNISED_COUNT : COUNTED).exec(s.slice(rest));
    if (counted) rest += counted[0].length;
    if (hasLetter(s.slice(rest))) {
      offset += rest;
      s = s.slice(rest);
      front = false;
    }
  }
  const lead = leadingLength(s);
  if (hasLetter(s.slice(0, lead))) front = false;
  offset += lead;
  s = s.slice(lead);
  // `Ban Quản lý dự án ... tỉnh giải ngân 95 tỷ đồng`: the organisation acts, its verb names what was measured
  // `Ngân hàng Chính sách xã hội chi nhánh huyện có doanh số cho vay 300 tỷ đồng`: what it has was measured
  if (ORGANISATION.test(s)) {
    const from = Math.max(0, s.length - TAIL);
    const has = ORGANISATION_HAS.exec(s);
    const verb = has ? null : ORGANISATION_VERB.exec(s.slice(from));
    if (has) {
      offset += has.index + has[0].length;
      s = s.slice(has.index + has[0].length);
      front = false;
    } else if (verb && from + verb.index > 0) {
      offset += from + verb.index;
      s = s.slice(from + verb.index);
      front = false;
    }
  }
  // `huyện Bắc Hà đón 850.000 lượt khách`: the visits counted, not the verb
  if (!front) {
    const visits = VISIT_COUNT.exec(s);
    if (visits) {
      offset += visits[0].length;
      s = s.slice(visits[0].length);
    }
  }
  // `..., nâng tổng số hợp tác xã lên 48 hợp tác xã, đạt ...`: a running total, the indicator only when nothing before names one
  const update = TOTAL_UPDATE.test(s);
  let headStart = -1;
  const head = WORK_HEAD.exec(s);
  if (head) {
    headStart = offset;
    offset += head[0].length;
    s = s.slice(head[0].length);
  }
  for (let guard = 0; guard < 8; guard++) {
    const from = Math.max(0, s.length - TAIL);
    const adverb = adverbs ? TRAILING_ADVERB.execFrom(s, from) : null;
    // `vốn ngân sách tỉnh quản lý giải ngân | đạt 68%`: the verb of the figure, then its adverbs
    const verb =
      adverb || !(cut || atVerb)
        ? null
        : (TRAILING_PREDICATE.execFrom(s, from) ?? (MEASURED_HEAD.test(s) ? MEASURED_PREDICATE.execFrom(s, from) : null));
    const strip = adverb ?? (verb && hasLetter(s.slice(0, from + verb.index)) ? verb : null);
    if (!strip) break;
    s = s.slice(0, from + strip.index);
    back = false;
    adverbs = true;
  }
  const owned = ownedLength(s);
  if (owned < s.length) {
    s = s.slice(0, owned);
    back = false;
  }
  for (let guard = 0; guard < 8; guard++) {
    const start = trailingStart(s, Math.max(0, s.length - TAIL));
    if (start < 0) break;
    if (!isTrailingMark(s.charCodeAt(s.length - 1))) back = false; // a word, not punctuation
    s = s.slice(0, start);
  }
  if (!hasLetter(s)) return null;
  if (spaceRuns(s) + 1 > MAX_WORDS) return null;
  // `thành phố đón 2,5 triệu lượt khách`: an actor and a lone verb before the amount; what it counts names the measure
  if (amountAt >= 0 && !front && wordCount(s) <= 2) {
    const counted = afterAmount(text, amountAt, end);
    if (counted) return { start: counted.start, end: counted.end, front: false, back: false, headStart: -1, example, update };
  }
  return { start: offset, end: offset + s.length, front, back, headStart, example, update };
}

/** The noun phrase after the amount at text[at, end) (to the end of the segment), or null. */
function afterAmount(text: string, at: number, end: number): { start: number; end: number } | null {
  const rest = text.slice(at, end);
  const amount = AMOUNT_THEN_WORD.exec(rest);
  if (!amount) return null;
  let phrase = rest.slice(amount[0].length);
  for (let guard = 0; guard < 8; guard++) {
    const start = trailingStart(phrase, Math.max(0, phrase.length - TAIL));
    if (start < 0) break;
    phrase = phrase.slice(0, start);
  }
  if (!hasLetter(phrase) || wordCount(phrase) > MAX_AFTER_AMOUNT_WORDS) return null;
  return { start: at + amount[0].length, end: at + amount[0].length + phrase.length };
}

/**
 * Where a list of indicators that ends with `nearest` (segment k) begins, or
 * null when `nearest` is not the last item of a list. Items are separated by
 * commas, each a whole segment: `Thu thuế, phí và lệ phí`, `nông, lâm nghiệp
 * và thủy sản`, `công tác giao, nhận quân`. Without a `và`, items are short,
 * one of them is a single word (the shared-head shape `nông, lâm, ngư nghiệp`,
 * `giao, nhận quân`) and the list fills its clause (it starts after `;`, `:`, a
 * sentence start, a filler like `trong đó` or an adverbial like `Theo báo
 * cáo`), so that `Mưa kéo dài, sản lượng giảm` is not read as a list.
 */
function listStart(index: TextIndex, segments: Segment[], k: number, nearest: Candidate): number | null {
  const { text } = index;
  const last = text.slice(nearest.start, nearest.end);
  const joined = LIST_JOINER.test(last);
  const limit = joined ? MAX_ITEM_WORDS : MAX_BARE_ITEM_WORDS;
  // a longer last item only in a list of acronyms (`BHXH, BHYT trên địa bàn`)
  const longLast = !joined && wordCount(last) > limit;
  // a long last item only in a list led by a measured head (`Tỷ lệ thu gom, xử lý rác thải sinh hoạt`)
  if (longLast && !ACRONYM_FIRST.test(last) && wordCount(last) > MAX_MEASURED_LAST_WORDS) return null;
  const lastHead = MEASURED_HEAD.test(last) ? firstWord(last) : null;
  // `Thu tiền sử dụng đất, tiền thuê đất`: the items after a measured head share it (measuredHead)
  let measuredHead: string | null = null;
  let longItem = false;
  let farthest: Candidate | null = null;
  let closed = false;
  let oneWord = false;
  // `như thu phí, lệ phí`: the list starts after the example link
  let example = false;
  // `Tổng số thu BHXH, BHYT, BHTN`: acronyms sharing the head written with the first one
  let acronyms = ACRONYM_FIRST.test(last);
  let headed = false;
  for (let j = k + 1; j <= k + MAX_LIST_ITEMS; j++) {
    if (segments[j - 1].opener !== 'soft') {
      closed = true;
      break;
    }
    if (j >= segments.length) break;
    const item = candidate(index, segments[j].start, segments[j].end);
    if (!item) {
      closed = true; // a segment of fillers only: `Trong đó, ...`
      break;
    }
    const phrase = text.slice(item.headStart >= 0 ? item.headStart : item.start, item.end);
    if (ADVERBIAL.test(phrase)) {
      closed = true;
      break;
    }
    const core = text.slice(item.start, item.end);
    if (measuredHead !== null && firstWord(core) !== measuredHead) break;
    if (!joined && item.back && MEASURED_HEAD.test(core) && !LIST_BREAKER.test(core) && (lastHead === null || lastHead === firstWord(core))) {
      farthest = item;
      measuredHead = firstWord(core);
      // `Về công tác chi trả, 6 tháng toàn tỉnh chi các chế độ BHXH, BHYT`: an item opening with a period or actor starts the list
      if (!item.front) break;
      continue;
    }
    // `trong đó thu thuế, phí, lệ phí`: a list starts after the fillers opening its clause
    if (!item.front && item.back && item.headStart < 0 && fillersOnly(text.slice(segments[j].start, item.start)) && wordCount(core) <= limit) {
      if (wordCount(core) === 1) oneWord = true;
      farthest = item;
      closed = true;
      break;
    }
    if (item.example && item.back && wordCount(core) <= MAX_ITEM_WORDS) {
      farthest = item;
      example = true;
      break;
    }
    if (acronyms && item.front && item.back && ACRONYM_LAST.test(core) && wordCount(core) > 1 && wordCount(core) <= MAX_HEADED_ITEM_WORDS) {
      farthest = item;
      headed = true;
      break;
    }
    if (!item.front || !item.back || wordCount(itemCore(phrase)) > Math.max(limit, MAX_ITEM_WORDS)) break;
    if (wordCount(itemCore(phrase)) > limit) longItem = true;
    if (wordCount(itemCore(core)) === 1) oneWord = true;
    if (!ACRONYM_ONLY.test(core)) acronyms = false;
    farthest = item;
  }
  if (farthest && measuredHead !== null) return farthest.start;
  if (!farthest || longItem || (longLast && !headed) || (!joined && !example && !headed && !(closed && oneWord))) return null;
  return farthest.headStart >= 0 ? farthest.headStart : farthest.start;
}

/**
 * The indicator named by the clause in which a figure starting at `pos`
 * stands (pos = the verb or number of the figure). With `crossClauses` false
 * the search stays inside the `;`/`:`/`(` clause of the figure (used for
 * amounts, which in lists often come before what they measure).
 */
export function findSubject(text: string, pos: number, crossClauses = true): Subject {
  const index = indexOf(text);
  const cache = index.subjects;
  if (cache.size > CACHE_LIMIT) cache.clear();
  const key = pos * 2 + (crossClauses ? 1 : 0);
  let found = cache.get(key);
  if (found === undefined) {
    found = subjectAt(index, pos, crossClauses);
    cache.set(key, found);
  }
  return found;
}

/**
 * `vốn do các huyện, thị xã quản lý giải ngân 40 tỷ đồng`: the figure's segment
 * opens with the end of a `do <actors> <verb>` phrase whose actors are a comma
 * list; the index of the segment the phrase starts in (joined to segment `k`,
 * the figure's or the nearest naming one, by subjectAt), or 0.
 */
function managedListStart(text: string, segments: Segment[], k: number): number {
  if (segments[k].opener !== 'soft' || !MANAGED_LIST_END.test(text.slice(segments[k].start, segments[k].end))) return 0;
  for (let j = k + 1; j <= k + 3 && j < segments.length; j++) {
    const segment = text.slice(segments[j].start, segments[j].end);
    if (MANAGED_LIST_START.test(segment.slice(-TAIL))) return j;
    if (segments[j].opener !== 'soft' || !MANAGED_LIST_ITEM.test(segment)) return 0;
  }
  return 0;
}

/** findSubject, computed (not cached). */
function subjectAt(index: TextIndex, pos: number, crossClauses: boolean): Subject {
  const { text } = index;
  let segments = segmentsBefore(index, pos);
  // the figure's segment, or the first before it that names something (`..., đạt 50% KH`)
  let own0 = 0;
  while (own0 < 2 && own0 + 1 < segments.length && !hasLetter(text.slice(segments[own0].start, segments[own0].end))) own0++;
  const managed = managedListStart(text, segments, own0);
  if (managed > 0) segments = [...segments.slice(0, own0), { ...segments[managed], end: segments[own0].end }, ...segments.slice(managed + 1)];
  const atVerb = ACHIEVEMENT_VERB.test(text.slice(pos, pos + 20));
  const own = candidate(index, segments[0].start, segments[0].end, atVerb);
  const counted = countedSubject(index, segments, pos, own === null);
  if (counted) return counted;
  let update: Subject | null = null;
  for (let k = 0; k < Math.min(segments.length, MAX_SEGMENTS); k++) {
    const seg = segments[k];
    const found = k === 0 ? own : candidate(index, seg.start, seg.end);
    if (found?.update && update === null) {
      update = { phrase: collapseSpaces(text.slice(found.start, found.end)), start: found.start, clauseStart: seg.start, own: k === 0 };
    } else if (found && !found.update) {
      const topic = topicBefore(index, segments, k, found);
      if (topic) return topic;
      const converted = found.front && found.back && seg.opener === 'soft' ? convertedBefore(index, segments, k) : null;
      if (converted) return converted;
      const list = found.front && seg.opener === 'soft' ? listStart(index, segments, k, found) : null;
      const paired = list === null && found.front ? pairedVerbStart(index, segments, k, found) : -1;
      const start = list ?? (paired >= 0 ? paired : found.start);
      return { phrase: collapseSpaces(text.slice(start, found.end)), start, clauseStart: seg.start, own: k === 0 };
    }
    if (seg.opener === 'stop' || (seg.opener === 'cross' && !crossClauses)) break;
  }
  return update ?? { phrase: null, start: pos, clauseStart: pos, own: false };
}

/**
 * `chuyển đổi 300 ha đất trồng lúa sang trồng cam, bưởi, đạt 105% KH`: segment
 * `k` (`bưởi`) and the short ones before it continue the destination list of a
 * conversion; what was converted, before `sang`, is the indicator.
 */
function convertedBefore(index: TextIndex, segments: Segment[], k: number): Subject | null {
  const { text } = index;
  for (let j = k + 1; j <= k + MAX_LIST_ITEMS && j < segments.length; j++) {
    const segment = text.slice(segments[j].start, segments[j].end);
    if (destinationAt(segment) > 0) {
      const found = candidate(index, segments[j].start, segments[j].end);
      if (!found) return null;
      return { phrase: collapseSpaces(text.slice(found.start, found.end)), start: found.start, clauseStart: segments[j].start, own: false };
    }
    if (segments[j].opener !== 'soft' || wordCount(segment) > MAX_ITEM_WORDS) return null;
  }
  return null;
}

/**
 * `hoàn thành 7/12 cuộc kiểm tra, giám sát theo chương trình năm, đạt 58% kế
 * hoạch`, `có 15/18 xã đạt chuẩn nông thôn mới, đạt 83% kế hoạch`: when the
 * last figure of the figure's comma clause is an `X/Y` count, what it counts is
 * the indicator: the phrase after the count up to `theo`/`của`/a period (a
 * short comma list joins: `kiểm tra, giám sát`). Not when the figure's own
 * segment names something else (`ownEmpty` false, unless the count is in it),
 * nor when the counted noun was already named before the count (`Số xã đạt
 * chuẩn là 15/18 xã`: the count is the value). Bounded: one window of at most
 * MAX_LOOKBACK characters.
 */
function countedSubject(index: TextIndex, segments: Segment[], pos: number, ownEmpty: boolean): Subject | null {
  const { text } = index;
  let m = 0;
  while (m + 1 < Math.min(segments.length, MAX_SEGMENTS) && segments[m].opener === 'soft') m++;
  const from = segments[m].start;
  const window = text.slice(from, pos);
  if (!window.includes('/')) return null;
  // the last `X/Y noun` count: from the last slash back, each tried with the sticky pattern
  let ratio: RegExpExecArray | null = null;
  for (let slash = window.lastIndexOf('/'); slash > 0 && !ratio; slash = window.lastIndexOf('/', slash - 1)) {
    let numberStart = slash;
    while (numberStart > 0 && (isDigit(window.charCodeAt(numberStart - 1)) || window.charCodeAt(numberStart - 1) === 0x2e)) numberStart--;
    if (numberStart === slash) continue;
    RATIO_COUNT.lastIndex = numberStart;
    ratio = RATIO_COUNT.exec(window);
  }
  if (!ratio?.groups) return null;
  const { num, den } = ratio.groups;
  if (YEAR.test(den) || Number(num.replace(/\./g, '')) > Number(den.replace(/\./g, ''))) return null;
  const countStart = from + ratio.index;
  if (!ownEmpty && countStart < segments[0].start) return null;
  let j = 0;
  while (segments[j].start > countStart) j++;
  const after = from + ratio.index + ratio[0].length;
  // up to the figure's own segment (which names nothing), or to the figure
  const tail = text.slice(after, countStart < segments[0].start ? segments[0].start : pos);
  // the phrase ends at `theo`/`của`/a clause mark, at a period or at the figure's verb;
  // any other cut (an amount, another figure) means the count is not what the figure is about
  let end = tail.length;
  const stop = COUNTED_END.exec(tail);
  if (stop) end = stop.index;
  const cut = CUT.first(tail.slice(0, end));
  if (cut) {
    if (cut.groups?.period === undefined && hasLetter(tail.slice(cut.index + cut[0].length, end))) return null;
    end = cut.index;
  }
  if (!COUNTED_TAIL.test(tail.slice(end))) return null;
  const items = tail.slice(0, end).split(',');
  const head = items[0].trim();
  if (!head || wordCount(head) > MAX_WORDS) return null;
  for (let i = 1; i < items.length; i++) {
    const words = wordCount(items[i]);
    if (words > MAX_BARE_ITEM_WORDS || (words === 0 && i < items.length - 1)) return null;
  }
  // `Số xã đạt chuẩn nông thôn mới là 15/18 xã`: the noun was named before; the count is its value.
  const before = text.slice(segments[j].start, countStart).toLowerCase().split(NON_WORD);
  if (before.includes(head.split(/\s+/)[0].toLowerCase())) return null;
  let phrase = tail.slice(0, end);
  for (let guard = 0; guard < 8; guard++) {
    const start = trailingStart(phrase, Math.max(0, phrase.length - TAIL));
    if (start < 0) break;
    phrase = phrase.slice(0, start);
  }
  if (!hasLetter(phrase)) return null;
  return { phrase: collapseSpaces(phrase), start: after, clauseStart: segments[j].start, own: true };
}

/**
 * The naming part of text[from, to) read as one clause (cut at its period,
 * amount or verb, trimmed like an indicator), or null: the object a plan
 * phrase names (`chỉ tiêu kế hoạch xây dựng 2 xã đạt chuẩn ... trong năm 2024`).
 */
export function phraseIn(text: string, from: number, to: number): string | null {
  const found = nameIn(text, from, to, false);
  return found ? collapseSpaces(text.slice(found.start, found.end)) : null;
}

/** Whether text[from, to) says the figures are estimates (`ước`). */
export function saysEstimate(text: string, from: number, to: number): boolean {
  ESTIMATE.lastIndex = 0;
  return ESTIMATE.test(text.slice(from, to));
}
