/**
 * Word lists for finding the indicator a figure is about (`subject` of a
 * percent, `indicator` of a plan attainment, of a money amount). Data only;
 * ./subject.ts compiles them once.
 *
 * Reports state an indicator as a noun phrase at the start of a clause, then
 * fillers, a period, the verb and the amount:
 *   `Thu cân đối ngân sách Nhà nước trên địa bàn 6 tháng ước đạt 21.000 triệu đồng`
 *   `kết quả giải ngân vốn đầu tư công đến ngày 30/5/2024 đạt 11,9% KH`
 * The indicator is what is left of the clause once it is cut at the first
 * filler/verb/period/amount and trimmed of leading fillers.
 */

/** Estimate words: always cut, and mark the clause as an estimate. */
export const ESTIMATE_WORDS = ['ước', 'ước tính', 'ước thực hiện', 'ước đạt', 'dự ước', 'dự tính', 'dự kiến'] as const;

/** Words that make `ước` part of a noun (`quy ước`, `hương ước`), not an estimate. */
export const ESTIMATE_NOUN_PREFIXES = ['quy', 'hương', 'hiệp', 'công', 'điều', 'mơ'] as const;

/**
 * Verbs that introduce a figure. They cut the clause only when a figure (or
 * the end of the clause) follows, possibly after FIGURE_VERB_MODIFIERS, so that
 * `32 xã đạt chuẩn` or `đảng viên là người dân tộc thiểu số` stay whole.
 */
export const FIGURE_VERBS = [
  'đạt',
  'đạt được',
  'bằng',
  'chiếm',
  'là',
  'vượt',
  'hoàn thành',
  'thực hiện',
  'tăng',
  'tăng trưởng',
  'giảm',
  'lên tới',
  'lên đến',
] as const;

export const FIGURE_VERB_MODIFIERS = [
  'được',
  'đạt',
  'là',
  'tỷ lệ',
  'tỉ lệ',
  'mức',
  'trên',
  'hơn',
  'gần',
  'khoảng',
  'dưới',
  'xấp xỉ',
  'bình quân',
  'hàng năm',
  'hằng năm',
  'thêm',
  'còn',
  'xuống',
  'lên',
  'đến',
  'tới',
  'vượt',
  'mới',
  'chỉ',
] as const;

/**
 * An age after a number is part of the noun it qualifies, never an amount or
 * a period: `trẻ dưới 1 tuổi`, `trẻ dưới 24 tháng tuổi`, `người từ 60 tuổi trở lên`.
 */
export const AGE_UNITS = ['tuổi', 'tháng tuổi'] as const;

/** Qualifiers before an amount: `trên 1.750 lao động` cuts the clause. */
export const AMOUNT_QUALIFIERS = ['trên', 'hơn', 'gần', 'khoảng', 'dưới', 'xấp xỉ', 'ít nhất', 'tối thiểu'] as const;

/** Scale and currency words after a number that make it an amount of money. */
export const AMOUNT_UNITS = [
  'nghìn tỷ',
  'ngàn tỷ',
  'nghìn tỉ',
  'ngàn tỉ',
  'tỷ',
  'tỉ',
  'triệu',
  'nghìn',
  'ngàn',
  'đồng',
  'USD',
  'VNĐ',
  'VND',
  'đ',
  'trđ',
  'tr.đ',
  'tr',
] as const;

/** Prepositions that may start a time expression (`đến ngày 30/5`, `trong 6 tháng`). */
export const TIME_PREPOSITIONS = ['tính đến', 'tính tới', 'đến', 'tới', 'trong', 'từ', 'vào', 'sau', 'của', 'hết'] as const;

/** Heads of a time expression after `đến`/`tới`: `đến nay`, `đến cuối tháng 7`. */
export const UNTIL_HEADS = ['nay', 'hết', 'cuối', 'đầu', 'giữa', 'ngày', 'tháng', 'năm', 'quý', 'thời điểm'] as const;

/**
 * Crops and plantings reported per season: after them `cả năm` names the
 * all-season total (`sản lượng lúa cả năm`, `diện tích gieo trồng cả năm`),
 * part of the indicator, not the reporting period.
 */
/** Words after which `hàng năm` names a kind of crop (`cây hàng năm`), not a period. */
export const PERIOD_BLOCKERS = ['cây'] as const;

/** Words before `1 <unit>` that make it a rate (`trên 1 vạn dân`, `trên 1 ha`), not an amount. */
export const PER_UNIT_LINKS = ['trên'] as const;

/** The price basis of a value (`theo giá so sánh 2010`): ends the indicator. */
export const PRICE_BASES = ['theo giá so sánh', 'theo giá hiện hành', 'theo giá'] as const;

export const SEASONAL_CROPS = ['lúa', 'lương thực', 'ngô', 'cây hàng năm', 'rau màu', 'gieo trồng', 'gieo cấy'] as const;

/** Periods that cut a clause wherever they stand (plus `năm 2022`, `tháng 7`, `6 tháng`, `30/8`). */
export const PERIOD_WORDS = [
  // `cả nhiệm kỳ`, `cả giai đoạn`: the whole term; `cả` alone would be left behind
  'cả nhiệm kỳ',
  'cả giai đoạn',
  'nhiệm kỳ qua',
  'nhiệm kỳ này',
  'giai đoạn qua',
  'giai đoạn này',
  'nhiệm kỳ',
  'giai đoạn',
  'hàng năm',
  'hằng năm',
  'mỗi năm',
  'cả năm',
  'năm nay',
  'năm qua',
  'năm trước',
  'đầu năm',
  'cuối năm',
  'giữa năm',
  'thời gian qua',
  'tháng này',
  'tháng trước',
  'tháng qua',
  'quý này',
  'kỳ báo cáo',
  'cùng kỳ',
  'từ đầu năm',
  'lũy kế',
  'quý I',
  'quý II',
  'quý III',
  'quý IV',
  // `Số phòng học được xây mới trong năm đạt ...`, `vốn thu hút trong kỳ`
  'trong năm',
  'trong kỳ',
  'trong tháng',
  'trong quý',
] as const;

/** Words and phrases that open a clause without naming anything (stripped from the front). */
export const LEADING_FILLERS = [
  'trong đó',
  'theo đó',
  'cụ thể là',
  'cụ thể',
  'kết quả là',
  'kết quả',
  'riêng',
  'về',
  'đến nay',
  'hiện nay',
  'nhìn chung',
  'ngoài ra',
  'bên cạnh đó',
  'đặc biệt là',
  'đặc biệt',
  'nổi bật là',
  'nổi bật',
  'như',
  'với',
  'và',
  'còn',
  'đã',
  'cũng',
  'đều',
  'ước',
  'mới',
  'thì',
  'do đó',
  'vì vậy',
  'nhờ đó',
  'qua đó',
  'tuy nhiên',
  'song',
  'nhưng',
  'mặt khác',
  'đồng thời',
  'bao gồm',
  'gồm',
  'trong khi',
  'khi',
  'tổng hợp',
  'tính chung',
  'tính riêng',
  'chỉ tiêu',
  'như vậy',
  // a target verb: `phấn đấu giải ngân đạt trên 95%` is about the disbursement
  'phấn đấu',
  // actors: `toàn huyện tuyển chọn 215 thanh niên nhập ngũ` is about the recruits
  'toàn huyện',
  'toàn tỉnh',
  'toàn thành phố',
  'toàn thị xã',
  'toàn ngành',
  'toàn quốc',
  'cả nước',
  'toàn xã',
  'toàn phường',
  'toàn quận',
  'toàn Đảng bộ',
  'toàn Đảng',
  'toàn lực lượng',
] as const;

/**
 * Nouns that name a measured quantity: a clause opening with one of them
 * before `đã` is the indicator, not an actor (`nguồn vốn sự nghiệp đã giải
 * ngân 45 tỷ đồng`, unlike `toàn huyện đã giải ngân 120 tỷ đồng`).
 */
export const MEASURED_HEADS = [
  'vốn',
  'nguồn vốn',
  'tổng',
  'số',
  'tỷ lệ',
  'tỉ lệ',
  'giá trị',
  'kim ngạch',
  'sản lượng',
  'diện tích',
  'doanh thu',
  'thu',
  'chi',
  'lượng',
  'mức',
] as const;

/**
 * Causative verbs before a count: `chi 5 tỷ đồng cho đào tạo nghề, giúp 640
 * lao động có việc làm` measures the workers who found a job; what comes
 * before the verb and its count is not the indicator.
 */
export const CAUSATIVE_VERBS = ['giúp', 'giúp cho', 'giúp được'] as const;

/**
 * Verbs of recognition: after an actor and `đã`, `công nhận 32 xã đạt chuẩn`
 * counts the communes (indicator `xã đạt chuẩn`), whereas a verb of action
 * keeps its count: `đã kết nạp 1.250 đảng viên`, `đã bê tông hóa 320 km đường`.
 */
export const RECOGNITION_VERBS = ['công nhận', 'được công nhận', 'có', 'có thêm'] as const;

/**
 * Words that introduce examples of what the clause opened with: `một số
 * khoản thu còn thấp như thu phí, lệ phí mới đạt 58%` measures the examples.
 * The indicator restarts after them (see EXAMPLE_BLOCKERS).
 */
export const EXAMPLE_LINKS = ['như', 'nhất là'] as const;
/** Words before `như` that make it `almost`/`as well as` (`gần như`, `cũng như`), not `such as`. */
export const EXAMPLE_BLOCKERS = ['gần', 'hầu', 'dường', 'cũng', 'giống', 'tương tự'] as const;
/** Words after `như` that make it `thus`/`as follows` (`như vậy`, `như sau`). */
export const EXAMPLE_ENDINGS = ['vậy', 'sau', 'trên', 'thế', 'nhau', 'cũ', 'kế hoạch', 'dự kiến', 'cùng kỳ'] as const;

/** Verbs that introduce a count at the start of a clause: `có 1.820 lao động được giải quyết việc làm`. */
export const COUNT_OPENERS = ['có', 'có thêm', 'với', 'gồm', 'thêm'] as const;

/**
 * The scope of a figure, written after the indicator: `tỷ lệ bao phủ bảo hiểm
 * y tế toàn thành phố đạt 95,2%`, `số lượt khám, chữa bệnh toàn tỉnh 1.936.500 lượt`.
 */
export const SCOPES = ['toàn tỉnh', 'toàn huyện', 'toàn thành phố', 'toàn thị xã', 'toàn xã', 'toàn ngành', 'toàn quốc', 'cả nước'] as const;

/** Function words that cannot end an indicator (stripped from the back). */
export const TRAILING_FILLERS = [
  'cho',
  'của',
  'là',
  'được',
  'với',
  'và',
  'ở',
  'tại',
  'trong',
  'thì',
  'có',
  'đạt',
  'còn',
  'từ',
  'đến',
  'tới',
  'lên',
  'xuống',
  'so',
  'khoảng',
  'ước',
  'thực hiện',
  'mức',
  'tỷ lệ',
  'như',
  // a qualifier right before the figure: `sử dụng nước sạch hơn 94%`
  'hơn',
  'trên',
  'gần',
  'dưới',
  'xấp xỉ',
  // a catch-all after the measured noun: `sản lượng thủy sản các loại đạt ...`
  'các loại',
  // a scope after the indicator: `tỷ lệ bao phủ bảo hiểm y tế toàn thành phố đạt 95,2%`
  ...SCOPES,
] as const;

/**
 * `trở lên`, `trở xuống` are fixed phrases (`hoàn thành tốt nhiệm vụ trở
 * lên`): a trailing `lên`/`xuống` after these is kept.
 */
export const FIXED_BEFORE_TRAILING = ['trở'] as const;

/**
 * Verbs of the figure that may end the naming part of a clause: `vốn ngân
 * sách tỉnh quản lý giải ngân đạt 68,2%`, `Tổng chi ngân sách địa phương
 * quyết toán 33.085 tỷ đồng` measure the capital, the spending. Stripped from
 * the back (with a following `được`) when the clause ends at its figure,
 * unless the verb completes a head noun (PREDICATE_HEADS) or is the whole
 * indicator (`giải ngân đạt 100% kế hoạch vốn`).
 */
export const TRAILING_PREDICATES = ['giải ngân', 'quyết toán', 'thanh toán'] as const;
/**
 * Verbs of the figure stripped from the back only when the clause opens with a
 * measured head (MEASURED_HEADS): `Nguồn vốn xã hội hóa huy động được 12 tỷ
 * đồng`, `Tổng vốn đăng ký thu hút đạt ...` measure the capital; `Các địa
 * phương huy động được 40 tỷ đồng` is about the mobilising.
 */
export const MEASURED_PREDICATES = ['huy động', 'thu hút'] as const;

/**
 * Head nouns a verb right after them completes (`giá trị thực hiện`, `khối
 * lượng thực hiện`): the verb is not cut as the figure's verb nor stripped as a filler.
 */
export const VERBAL_NOUN_HEADS = ['giá trị', 'khối lượng'] as const;
/** The verbs VERBAL_NOUN_HEADS keep. */
export const VERBAL_NOUN_VERBS = ['thực hiện'] as const;

/**
 * Who a figure belongs to, after `của` (case-sensitive; a capitalised name is
 * one too: `của Ban Quản lý dự án`, `của Cục Thuế`): `Tỷ lệ giải ngân của các
 * chủ đầu tư đạt 70%` measures the disbursement. Cut off an indicator of two
 * or more words. A bare unit stays (`Đàn bò sữa của tỉnh`).
 */
export const OWNER_PLURALS = ['các', 'những'] as const;
export const OWNER_NOUNS = [
  'doanh nghiệp',
  'đơn vị',
  'chủ đầu tư',
  'nhà đầu tư',
  'địa phương',
  'sở',
  'ngành',
  'sở, ngành',
  'cơ quan',
  'huyện',
  'thị xã',
  'thành phố',
  'quận',
  'hợp tác xã',
  'tổ chức',
  'ngân hàng',
  'công ty',
  'tổ chức tín dụng',
  'ban quản lý',
  'cơ sở',
] as const;
/**
 * `tổng thu ngân sách nhà nước do Cục Thuế quản lý`: `do <actor> <verb>` after
 * an indicator of three or more words is cut off; a bare head keeps it (`vốn do
 * các huyện quản lý`).
 */
export const MANAGING_VERBS = ['quản lý', 'thực hiện', 'phụ trách', 'làm chủ đầu tư', 'triển khai'] as const;
/** Words naming travellers: `lượng khách du lịch đến huyện` measures the visitors (`đến <place>` is cut). */
export const VISITOR_WORDS = ['khách', 'du khách'] as const;
/** Places a visitor flow goes to (`đến huyện`, `đến địa phương`), besides a capitalised name. */
export const DESTINATIONS = ['địa phương', 'địa bàn', 'các điểm du lịch', 'các khu du lịch'] as const;
/**
 * `..., nâng tổng số hợp tác xã lên 48`: a clause updating a running total is
 * not the indicator of a figure after it; the walk goes on to the clause before.
 */
export const TOTAL_UPDATES = ['nâng tổng số', 'nâng tổng', 'đưa tổng số', 'nâng số'] as const;
/**
 * `Hai chỉ tiêu chưa đạt là tỷ lệ hộ nghèo ...`: a clause naming targets
 * (META_SUBJECTS) then `là` and a measured head restarts after `là`.
 */
export const META_SUBJECTS = ['chỉ tiêu', 'mục tiêu', 'nhiệm vụ'] as const;
/** Head nouns a trailing verb completes: `giá trị giải ngân`, `tổng số vốn (đã) giải ngân`, `tỷ lệ giải ngân`. */
export const PREDICATE_HEADS = [
  'giá trị',
  'khối lượng',
  'kết quả',
  'tỷ lệ',
  'tỉ lệ',
  'tiến độ',
  'số',
  'tổng số',
  'số lượng',
  'lượng',
  'tổng',
  'vốn',
  'tiền',
  'kinh phí',
  'việc',
  'công tác',
  'mức',
] as const;

/**
 * Adverbs that stand before a verb (`thu ngân sách mới đạt`, `chỉ đạt`): stripped
 * only right before the cut, so that `việc làm mới cho` keeps its adjective.
 */
export const TRAILING_ADVERBS = ['đã', 'đều', 'cũng', 'chỉ', 'mới', 'vẫn', 'chưa', 'lại', 'sẽ', 'đang'] as const;

/** Words that make a trailing adverb part of a noun: `chứng chỉ`, `địa chỉ`, `còn lại`. */
export const ADVERB_COMPOUND_HEADS = ['chứng', 'địa', 'còn'] as const;

/**
 * Words after which `mới` is the adjective "new", part of the indicator
 * (`nông thôn mới`, `thành lập mới`, `việc làm mới`), not the adverb "only"
 * (`thu ngân sách mới đạt 41%`).
 */
export const NEW_COLLOCATES = [
  'nông thôn',
  'thành lập',
  'trồng',
  'đảng viên',
  'việc làm',
  'tuyển',
  'đăng ký',
  'cấp',
  'mở',
  'xây',
  'hội viên',
] as const;

/**
 * Head nouns that only say "the work of": `Công tác tuyển quân hoàn thành 100%
 * chỉ tiêu` measures `tuyển quân`. Stripped from the front of an indicator,
 * kept when the indicator is a comma list of verbs (`công tác giao, nhận quân`).
 */
export const WORK_HEADS = ['công tác'] as const;

/**
 * Words that open an adverbial phrase (`Theo báo cáo`, `Tại hội nghị`), never
 * an item of a list of indicators (`nông, lâm nghiệp và thủy sản`).
 */
export const ADVERBIAL_OPENERS = [
  'theo',
  'tại',
  'trong',
  'qua',
  'sau',
  'trước',
  'để',
  'khi',
  'nhờ',
  'do',
  'vì',
  'từ',
  'đến',
  'tới',
  'ngoài',
  'bên cạnh',
  'dưới',
  'trên',
  'với',
  'về',
  'ở',
  'nhằm',
  'so với',
  'cùng với',
] as const;

/**
 * Predicates that make a comma segment a clause of its own, not the first
 * item of a list: `Thu ngân sách gặp nhiều khó khăn, tiền sử dụng đất chỉ đạt 40%`.
 */
export const LIST_BREAKERS = ['tăng', 'giảm', 'chiếm', 'vượt', 'gặp', 'còn', 'chưa', 'không', 'ổn định', 'phát triển', 'khó khăn', 'thấp', 'cao'] as const;

/**
 * Topic markers opening a sentence: `Đối với nguồn vốn ODA chuyển từ năm
 * trước sang, đến nay mới giải ngân 20 tỷ đồng`, `Riêng vốn sự nghiệp, ...`,
 * `Về thu tiền sử dụng đất, ...`. When the clause after the comma names only
 * its action (TOPIC_ACTIONS), the topic is what was measured.
 */
export const TOPIC_MARKERS = ['đối với', 'riêng', 'về'] as const;
export const TOPIC_ACTIONS = ['giải ngân', 'thu', 'chi', 'huy động', 'cho vay', 'quyết toán', 'thanh toán', 'thực hiện'] as const;
/** The tail of a topic telling where the money came from: `chuyển từ năm trước sang`, `chuyển sang`. */
export const TOPIC_TAILS = ['chuyển từ', 'chuyển sang'] as const;

/**
 * Verbs written as a comma pair sharing one object: `Tuyển sinh, đào tạo
 * nghề`, `Tư vấn, giới thiệu việc làm`, `Cấp, đổi thẻ bảo hiểm y tế`. A clause
 * opening with one of them alone, before an item opening with another, starts the list.
 */
export const PAIRED_VERBS = [
  'tuyển sinh',
  'tuyển mới',
  'tuyển dụng',
  'đào tạo',
  'dạy nghề',
  'bồi dưỡng',
  'tập huấn',
  'tư vấn',
  'giới thiệu',
  'sản xuất',
  'kinh doanh',
  'cấp',
  'cấp mới',
  'đổi',
  'cấp đổi',
  'kiểm tra',
  'giám sát',
  'thanh tra',
  'thu gom',
  'vận chuyển',
  'xử lý',
  'xây dựng',
  'cải tạo',
  'nâng cấp',
  'sửa chữa',
  'duy tu',
  'trồng',
  'chăm sóc',
  'khoanh nuôi',
  'bảo vệ',
] as const;

/** Words that join the last item of a list: `thuế, phí và lệ phí`. */
export const LIST_JOINERS = ['và', 'hoặc'] as const;

/**
 * A clause that names a second, measured noun after `với`: in `thu hút 212 dự
 * án với tổng số vốn đăng ký là 1.618 tỷ` the amount measures `tổng số vốn
 * đăng ký`. The indicator restarts after the link when one of these heads follows.
 */
export const RESTART_LINKS = ['với', 'có'] as const;
export const RESTART_HEADS = ['tổng', 'số', 'giá trị', 'kinh phí', 'mức', 'nguồn vốn', 'vốn'] as const;
/** Heads that after `có` describe the noun before it (`doanh nghiệp có vốn đầu tư nước ngoài`): no restart. */
export const OWNED_HEADS = ['vốn', 'nguồn vốn'] as const;

/**
 * Reported speech: `Giám đốc Sở Tài chính cho biết năm 2023 toàn tỉnh thu
 * ngân sách 5.120 tỷ đồng`. The indicator starts after the reporting verb.
 * These verbs are never part of an indicator and restart it wherever they stand.
 */
export const REPORTING_VERBS = [
  'cho biết',
  'cho hay',
  'cho thấy',
  'nêu rõ',
  'khẳng định',
  'nhấn mạnh',
  'cho rằng',
  'nhận định',
  'thông tin cho biết',
  'báo cáo cho thấy',
] as const;

/**
 * Reporting words that are also nouns (`công nghệ thông tin`, `báo cáo tài
 * chính`): they restart the indicator only when a period or an actor follows
 * (`theo báo cáo năm 2023 toàn tỉnh ...`, `thông tin 6 tháng đầu năm ...`).
 */
export const WEAK_REPORTING_VERBS = ['thông tin', 'báo cáo', 'thông báo', 'theo báo cáo', 'đánh giá', 'chia sẻ'] as const;

/**
 * Administrative units: `huyện Krông Bông`, `TP Cần Thơ`, `UBND tỉnh`. At the
 * front of a clause, a unit with its proper name (or a bare unit followed by a
 * verb) is the actor, not the indicator: `huyện thu ngân sách 215 tỷ đồng`.
 */
export const ADMIN_UNITS = ['tỉnh', 'huyện', 'thành phố', 'TP', 'TP.', 'thị xã', 'quận', 'thị trấn', 'xã', 'phường'] as const;

/**
 * Units that may stand bare as the actor (`năm 2024 huyện thu ngân sách ...`).
 * `xã`, `phường` are absent: `xã đạt chuẩn nông thôn mới` counts communes.
 */
export const BARE_ACTOR_UNITS = ['tỉnh', 'huyện', 'thành phố', 'thị xã', 'quận'] as const;

/** Words after a bare unit that make it part of a noun: `Huyện ủy`, `tỉnh lộ`, `huyện đạt chuẩn`. */
export const BARE_ACTOR_BLOCKERS = ['ủy', 'lộ', 'đoàn', 'đội', 'đạt', 'nghèo', 'miền núi', 'biên giới', 'giao'] as const;

/** Bodies that act: `Đảng bộ huyện`, `UBKT các cấp`, `chính quyền các cấp`. */
export const ACTOR_BODIES = [
  'Đảng bộ',
  'chính quyền',
  'cấp ủy',
  'Ủy ban nhân dân',
  'Hội đồng nhân dân',
  'Tỉnh ủy',
  'Huyện ủy',
  'Thành ủy',
  'Thị ủy',
  'Quận ủy',
  'Đảng ủy',
  'Tỉnh đoàn',
  'Huyện đoàn',
  'Thành đoàn',
  'Hội Nông dân',
  'Hội Liên hiệp Phụ nữ',
  'Hội Cựu chiến binh',
  'Mặt trận Tổ quốc',
] as const;

/**
 * First words of an organisation's name (`Sở Tài chính`, `Quỹ Hỗ trợ nông
 * dân`): a run of capitalised words led by one of these is not a place name.
 */
export const ORGANISATION_HEADS = [
  'Sở',
  'Ban',
  'Bộ',
  'Cục',
  'Chi',
  'Phòng',
  'Quỹ',
  'Hội',
  'Trung',
  'Tổng',
  'Công',
  'Ngân',
  'Viện',
  'Trường',
  'Bệnh',
  'Ủy',
  'Đoàn',
  'Liên',
  'Mặt',
  'Kho',
  'Văn',
  'Tòa',
  'Hợp',
  'Đài',
  'Cảng',
  'Khu',
  'Nhà',
  'Học',
  'Đại',
  'Tập',
  'Đảng',
  'Chương',
  'Chính',
  'Nghị',
  'Kế',
  'Quyết',
  'Chỉ',
] as const;

/**
 * Capitalised first syllables of a compound whose second syllable is written
 * small (`Chương trình`, `Dự án`): a word of a name's title, never the last
 * word of a place name (`Vốn Chương trình mục tiêu quốc gia` is not the place `Vốn Chương`).
 */
export const NAME_COMPOUNDS = ['Chương trình', 'Dự án', 'Đề án', 'Kế hoạch', 'Nghị quyết', 'Quyết định', 'Chỉ thị', 'Công trình', 'Quy hoạch'] as const;

/**
 * The name of an organisation that acts (`Ban Quản lý dự án ... tỉnh`, `Sở Giao
 * thông vận tải`, `Chi cục Thuế khu vực`): one of these heads, then a
 * capitalised word (the acronyms need none). Before one of ORGANISATION_VERBS
 * at the end of the clause, the organisation is the actor and the verb names
 * what was measured (`... giải ngân 95 tỷ đồng, đạt 58% kế hoạch`: `giải ngân`).
 */
export const ORGANISATION_NAME_HEADS = [
  'Ban',
  'Sở',
  'Cục',
  'Chi cục',
  'Phòng',
  'Trung tâm',
  'Ủy ban',
  'Công ty',
  'Tổng công ty',
  'Tập đoàn',
  'Quỹ',
  'Ngân hàng',
  'Kho bạc',
  'Bệnh viện',
  'Văn phòng',
  'Chi nhánh',
  'Viện',
  'Trường',
] as const;
export const ORGANISATION_ACRONYMS = ['BQL', 'BQLDA', 'UBND'] as const;
export const ORGANISATION_VERBS = [
  'giải ngân',
  'giải ngân cho vay',
  'cho vay',
  'thanh toán',
  'quyết toán',
  'thu',
  'thu nộp',
  'huy động',
  'thu hút',
  'tuyển sinh',
  'tuyển dụng',
] as const;

/**
 * Classifiers of a count of visits (`đón 850.000 lượt khách`): after a verb,
 * the counted noun from the classifier on names what was measured (`lượt khách`).
 */
export const VISIT_CLASSIFIERS = ['lượt'] as const;

/**
 * A plan's own unit counted with `X/Y` and nothing after it (`tuyển dụng được
 * 486/720 chỉ tiêu, đạt ...`): the count says how much of the plan was done,
 * what was measured is the verb before it (`12/12 chỉ tiêu thi đua` still names one).
 */
export const PLAN_COUNT_NOUNS = ['chỉ tiêu'] as const;

/**
 * Verbs converting a counted object into something else: in `chuyển đổi 300
 * ha đất trồng lúa kém hiệu quả sang trồng cam, bưởi` what follows DESTINATION_LINKS
 * (and the comma list it opens) is where it went, not what was measured.
 */
export const CONVERSION_VERBS = ['chuyển đổi', 'chuyển dịch', 'chuyển'] as const;
export const DESTINATION_LINKS = ['sang'] as const;

/**
 * Physical units: a count in one of them ending a clause is the value, not
 * part of the indicator (`trồng rừng tập trung được 850 ha`), whereas a
 * counted object after a verb stays in it (`kết nạp 47 đảng viên mới`,
 * `trồng mới 3.500 ha rừng`: the object is named after the unit).
 */
export const MEASURE_UNITS = [
  'ha',
  'héc-ta',
  'hecta',
  'tấn',
  'tạ',
  'kg',
  'km',
  'm',
  'm2',
  'm3',
  'm²',
  'm³',
  'lít',
  'con',
  'MW',
  'kW',
  'kWh',
] as const;

/**
 * Words right before a count at the end of a clause that make it the value:
 * `giải quyết việc làm cho 45.210 lao động` (the jobs, for so many workers),
 * `trồng rừng được 850 ha`, `số lượt khám, chữa bệnh toàn tỉnh 1.936.500 lượt`
 * (a scope: the count of the whole province).
 */
export const VALUE_COUNT_LEADS = ['cho', 'là', 'với', 'đạt', ...SCOPES] as const;

/** Heads of a clause that counts: `Số lao động được giải quyết việc làm 1.500 người` (the count is its value). */
export const COUNT_HEADS = ['số', 'tổng số', 'số lượng'] as const;

/**
 * Nouns a count head names before the counted action: `Tổng số lượt khám,
 * chữa bệnh`, `số ca sàng lọc, phát hiện`. A count head and one of these lead
 * the first item of a comma list like `công tác` (WORK_HEADS) does.
 */
export const COUNT_CLASSIFIERS = ['lượt', 'ca', 'người', 'hộ', 'lần'] as const;

/**
 * A counted phrase after an `X/Y` count ends at these (`7/12 cuộc kiểm tra,
 * giám sát theo chương trình năm`, `27/30 công trình trọng điểm của tỉnh`).
 */
export const COUNTED_ENDS = ['theo', 'của', 'tại', 'thuộc', 'trong', 'trên địa bàn', 'với', 'so với'] as const;

/** Words before `X/Y` that make it a date, not a count: `ngày 15/6`, `tháng 6/2024`. */
export const DATE_LEADS = ['ngày', 'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'tháng', 'quý', 'năm', 'đến', 'tới', 'từ', 'hết', 'trước', 'sau', 'số'] as const;
