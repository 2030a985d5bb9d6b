/**
 * The officials lexicon: every word list the officials grammar reads, as data,
 * in one place. No logic here; ./phrases.ts compiles these lists once, at
 * module load, into token tries.
 *
 * How a title is read (see ./grammar.ts):
 *
 *     title  = [nguyên] ROLE { MODIFIER | BODY | ORG_HEAD sector-or-name | PLACE_WORD [place name] }
 *     list   = title { (, | - | – | kiêm) title }        term qualifiers (khóa XV, nhiệm kỳ ...) are skipped
 *
 * - ROLES open a title (Bí thư, Phó Chủ tịch, Ủy viên, Tỉnh ủy viên, PBT, UVBTVTU ...).
 * - BODIES follow a role (UBND, Tỉnh ủy, Ban Thường vụ, Trung ương Đảng ...); `placeName`
 *   bodies may be followed directly by a place name (Huyện ủy Đắk Mil, Tỉnh ủy An Giang).
 * - ORG_HEADS (Sở, Ban, Bộ, Phòng, Công ty ...) are followed by a SECTOR (Nội vụ, Tài nguyên
 *   và Môi trường, KT - XH) or by a capitalised name.
 * - PLACE_WORDS (tỉnh, huyện, xã, thành phố ...) are followed by an optional place name.
 *
 * Words are matched per token and case-insensitively ("Phó chủ tịch", "Bí Thư" count), except
 * ABBREVIATIONS, which are matched exactly as written (TU must not match the syllable "tu").
 *
 * To add an abbreviation, add one line to ABBREVIATIONS: its expansion feeds `titles_expanded`
 * and its `as` says where it may stand in a title.
 */

/** Words that open a title: individual ranks and posts. `Phó` variants are listed explicitly. */
export const ROLES: readonly string[] = [
  // Party
  'Tổng Bí thư', 'Bí thư', 'Phó Bí thư', 'Bí thư Thường trực', 'Ủy viên', 'Ủy viên dự khuyết',
  'Tỉnh ủy viên', 'Huyện ủy viên', 'Thành ủy viên', 'Thị ủy viên', 'Quận ủy viên', 'Đảng ủy viên',
  'Chủ nhiệm', 'Phó Chủ nhiệm', 'Trưởng ban', 'Phó Trưởng ban', 'Phó ban', 'Trưởng Tiểu ban',
  'thành viên',
  // State
  'Chủ tịch', 'Phó Chủ tịch', 'Chủ tịch nước', 'Phó Chủ tịch nước', 'Thủ tướng', 'Phó Thủ tướng',
  'Bộ trưởng', 'Thứ trưởng', 'Tổng Thư ký', 'Tổng Kiểm toán', 'Đại biểu Quốc hội', 'Đại sứ',
  'Giám đốc', 'Phó Giám đốc', 'Tổng Giám đốc', 'Phó Tổng Giám đốc', 'Cục trưởng', 'Phó Cục trưởng',
  'Chi cục trưởng', 'Phó Chi cục trưởng', 'Tổng cục trưởng', 'Phó Tổng cục trưởng', 'Vụ trưởng',
  'Phó Vụ trưởng', 'Viện trưởng', 'Phó Viện trưởng', 'Chánh án', 'Phó Chánh án',
  'Chánh Văn phòng', 'Phó Chánh Văn phòng', 'Chánh Thanh tra', 'Phó Chánh Thanh tra',
  'Trưởng phòng', 'Phó Trưởng phòng', 'Trưởng đoàn', 'Phó Trưởng đoàn', 'Trưởng Công an',
  'Phó Trưởng Công an', 'Trưởng thôn', 'Trưởng ấp', 'Trưởng bản', 'Trưởng khu phố',
  'Hiệu trưởng', 'Phó Hiệu trưởng', 'Tổng Biên tập', 'Phó Tổng Biên tập', 'Kế toán trưởng',
  'Người phát ngôn', 'Trưởng Trạm', 'Phó Trưởng Trạm', 'Trạm trưởng', 'Đội trưởng', 'Đội phó',
  'Hạt trưởng', 'Phó Hạt trưởng', 'Trưởng khoa', 'Phó Trưởng khoa', 'Trưởng Chi nhánh',
  'Trưởng Văn phòng', 'Phó Trưởng Văn phòng', 'Thủ trưởng', 'Trưởng Trung tâm', 'Phó phòng',
  'Chủ tịch Hội đồng quản trị', 'Chủ tịch HĐQT', 'Giám đốc điều hành', 'Bí thư Chi bộ',
  'Bí thư Chi đoàn', 'Bí thư Đoàn', 'Thư ký', 'Tổ trưởng', 'Chủ nhiệm Hợp tác xã', 'Trưởng Đài',
  // Armed forces posts (ranks such as Đại tá are honorifics, see RANKS)
  'Chính trị viên', 'Phó Chính trị viên', 'Chỉ huy trưởng', 'Chỉ huy phó', 'Tư lệnh',
  'Phó Tư lệnh', 'Chính ủy', 'Phó Chính ủy', 'Tham mưu trưởng', 'Đồn trưởng',
  // Village and neighbourhood heads
  'Trưởng xóm', 'Trưởng khóm', 'Trưởng khu', 'Trưởng tổ dân phố', 'Tổ trưởng tổ dân phố', 'Trưởng buôn',
  'Trưởng làng', 'Phó Trưởng thôn', 'Phó Trưởng ấp', 'Phó Trưởng khu phố',
  // Companies, schools, courts
  'Chủ tịch Hội đồng thành viên', 'Chủ tịch HĐTV', 'Hiệu phó', 'Chủ nhiệm khoa', 'Trưởng bộ môn',
  'Thẩm phán', 'Kiểm sát viên', 'Điều tra viên', 'Thanh tra viên', 'Phó Trưởng đại diện',
  // Foreign missions and international organisations (see REPRESENTATIVE_ROLES)
  'Trưởng đại diện', 'Trưởng Văn phòng đại diện', 'Tổng Lãnh sự', 'Phó Tổng Lãnh sự', 'Lãnh sự',
  'Phó Đại sứ', 'Đại sứ đặc mệnh toàn quyền', 'Tham tán', 'Tham tán Thương mại', 'Tùy viên Quốc phòng',
  'Giám đốc quốc gia', 'Điều phối viên thường trú', 'Trưởng Cơ quan đại diện',
  'Trưởng đại diện thường trú', 'Lãnh sự danh dự', 'Tổng Lãnh sự danh dự',
];

/**
 * Roles of a foreign mission or an international organisation: the country or organisation
 * they represent and the place they sit in belong to the title ("Tổng Lãnh sự Hàn Quốc tại
 * Đà Nẵng", "Trưởng đại diện JICA tại Hà Nội", "Giám đốc quốc gia của WB tại Việt Nam").
 */
export const REPRESENTATIVE_ROLES: readonly string[] = [
  'Đại sứ', 'Phó Đại sứ', 'Đại sứ đặc mệnh toàn quyền', 'Tổng Lãnh sự', 'Phó Tổng Lãnh sự', 'Lãnh sự',
  'Trưởng đại diện', 'Phó Trưởng đại diện', 'Trưởng Văn phòng đại diện', 'Tham tán', 'Tham tán Thương mại',
  'Tùy viên Quốc phòng', 'Giám đốc quốc gia', 'Điều phối viên thường trú', 'Trưởng Cơ quan đại diện',
  'Trưởng đại diện thường trú', 'Lãnh sự danh dự', 'Tổng Lãnh sự danh dự',
];

/** Roles after which a sector may follow directly ("Trưởng ban Tổ chức", "Trưởng phòng Nội vụ"). */
export const ROLES_TAKING_SECTOR: readonly string[] = [
  'Trưởng ban', 'Phó Trưởng ban', 'Phó ban', 'Trưởng phòng', 'Phó Trưởng phòng', 'Chủ nhiệm',
  'Phó Chủ nhiệm', 'Giám đốc', 'Phó Giám đốc',
];

/**
 * Roles that are only read inside a list of titles after a name, never before a name nor as a
 * group label (they are too common as plain nouns).
 */
export const LIST_ONLY_ROLES: readonly string[] = ['thành viên', 'Người phát ngôn'];

/** Words that qualify a role in place ("Phó Bí thư Thường trực", "Ủy viên dự khuyết"). */
export const MODIFIERS: readonly string[] = ['Thường trực', 'phụ trách', 'Trung ương'];

/** Bodies a role belongs to. */
export const BODIES: readonly string[] = [
  'Ủy ban nhân dân', 'Hội đồng nhân dân', 'Ủy ban Mặt trận Tổ quốc Việt Nam', 'Ủy ban Mặt trận Tổ quốc',
  'Mặt trận Tổ quốc Việt Nam', 'Mặt trận Tổ quốc', 'Ủy ban MTTQ Việt Nam', 'Ủy ban MTTQ',
  'Tỉnh ủy', 'Huyện ủy', 'Thành ủy', 'Thị ủy', 'Quận ủy', 'Đảng ủy', 'Đảng ủy Khối', 'Đảng đoàn',
  'Ban cán sự đảng', 'Chi bộ', 'Đảng bộ', 'Ban Thường vụ', 'Thường vụ', 'Ban Chấp hành',
  'Ban Chấp hành Trung ương Đảng', 'Ban Chấp hành Trung ương', 'Trung ương Đảng', 'Trung ương',
  'Bộ Chính trị', 'Ban Bí thư', 'Ủy ban Kiểm tra', 'Chính phủ', 'Quốc hội', 'Ủy ban Thường vụ Quốc hội',
  'Đoàn đại biểu Quốc hội', 'Đoàn ĐBQH', 'Tỉnh đoàn', 'Huyện đoàn', 'Thành đoàn', 'Việt Nam',
  'Công an', 'Bộ Chỉ huy Quân sự', 'Bộ Chỉ huy Bộ đội Biên phòng', 'Quân khu', 'Thường trực',
  'Tòa án nhân dân', 'Viện Kiểm sát nhân dân', 'Kiểm toán Nhà nước', 'Kho bạc Nhà nước',
  'Hội Nông dân', 'Hội Liên hiệp Phụ nữ', 'Hội Cựu chiến binh', 'Liên đoàn Lao động',
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Đoàn Thanh niên',
];

/** Bodies that may be followed directly by a place name ("Huyện ủy Đắk Mil", "Tỉnh ủy An Giang"). */
export const BODIES_TAKING_PLACE_NAME: readonly string[] = [
  'Tỉnh ủy', 'Huyện ủy', 'Thành ủy', 'Thị ủy', 'Quận ủy', 'Đảng ủy', 'Tỉnh đoàn', 'Huyện đoàn',
  'Thành đoàn',
];

/**
 * Parent bodies: after a committee or department ending in a sector, a comma and one of these
 * belong to the same title ("Trưởng Ban KT - XH, HĐND huyện").
 */
export const PARENT_BODIES: readonly string[] = [
  'Ủy ban nhân dân', 'Hội đồng nhân dân', 'Tỉnh ủy', 'Huyện ủy', 'Thành ủy', 'Thị ủy', 'Quận ủy',
  'Đảng ủy', 'Ủy ban MTTQ Việt Nam', 'Mặt trận Tổ quốc',
];

/** Heads of named organisations: followed by a SECTOR or a capitalised name. */
export const ORG_HEADS: readonly string[] = [
  'Sở', 'Bộ', 'Ban', 'Phòng', 'Cục', 'Chi cục', 'Tổng cục', 'Vụ', 'Viện', 'Trung tâm', 'Ủy ban',
  'Tiểu ban', 'Hội', 'Hội đồng', 'Văn phòng', 'Công ty', 'Tổng công ty', 'Tập đoàn', 'Trường',
  'Bệnh viện', 'Đài', 'Báo', 'Ngân hàng', 'Chi nhánh', 'Đoàn', 'Liên đoàn', 'Hợp tác xã',
  'Ban Quản lý', 'Ban Chỉ đạo', 'Ban Chỉ huy', 'Khối', 'Đồn', 'Cụm', 'Học viện', 'Đại học',
  'Trạm', 'Hạt', 'Đội', 'Chi hội', 'Quỹ', 'Nhà máy', 'Xí nghiệp', 'Khoa', 'Chi đoàn', 'Trạm Y tế',
  'Vườn quốc gia', 'Khu bảo tồn', 'Bảo tàng', 'Thư viện', 'Nhà hát', 'Nhà văn hóa', 'Cảng', 'Cảng vụ',
  'Điện lực', 'Nhà xuất bản', 'Tạp chí', 'Hiệp hội', 'Câu lạc bộ', 'Khu di tích', 'Phòng khám',
  'Công đoàn', 'Liên minh', 'Văn phòng đại diện', 'Phân viện', 'Bệnh xá',
];

/**
 * Organisations whose name is a fixed list of sectors (Sở Tài chính, Bộ Y tế): their name never
 * goes on in ordinary lower-case words. Every other organisation's name may ("Trung tâm Y tế dự
 * phòng", "Ban Quản lý rừng phòng hộ Tân Phú", "Phòng Giáo dục tiểu học"): see CLAUSE_WORDS.
 */
export const CLOSED_NAME_ORGS: readonly string[] = ['Sở', 'Bộ'];

/**
 * Units below a department or firm: after such a unit's name, a comma and its parent
 * organisation belong to the same title ("Trưởng phòng Giáo dục tiểu học, Sở GD&ĐT",
 * "Trưởng Ban KT - XH, HĐND huyện"). Roles that end in one of them (Trưởng phòng, Chánh
 * Văn phòng) name the unit too.
 */
export const SUB_UNITS: readonly string[] = [
  'Phòng', 'Ban', 'Khoa', 'Tổ', 'Đội', 'Trạm', 'Văn phòng', 'Chi cục', 'Tiểu ban', 'Bộ phận',
  'Chi nhánh', 'Chi hội', 'Chi đoàn', 'Phân hiệu', 'Xưởng', 'Phân xưởng', 'Hạt',
];

/** Organisations that may stand after a sub-unit and a comma, as its parent (besides PARENT_BODIES). */
export const PARENT_ORGS: readonly string[] = [
  'Sở', 'Bộ', 'Cục', 'Tổng cục', 'Viện', 'Trường', 'Bệnh viện', 'Trung tâm', 'Công ty', 'Tổng công ty',
  'Tập đoàn', 'Ngân hàng', 'Đài', 'Báo', 'Học viện', 'Đại học', 'Ủy ban', 'Ban Quản lý', 'Chi cục',
  'Công an', 'Bộ Chỉ huy Quân sự', 'Bộ Chỉ huy Bộ đội Biên phòng', 'Văn phòng',
];

/**
 * Words that end an organisation's name written in ordinary lower-case words: the clause's verb
 * (cho biết, phát biểu, trao ...), auxiliaries and adverbs (đã, sẽ, cũng ...), prepositions and
 * conjunctions (tại, cùng, của, với ...), determiners (các, những ...) and time words. A name
 * read on in lower-case words stops before the first of these, before punctuation, a number, a
 * place word or a body, and is given up after MAX_ORG_WORDS lower-case words with no such end.
 * Matched per token, case-insensitively, only on lower-case tokens.
 */
export const CLAUSE_WORDS: readonly string[] = [
  // auxiliaries, adverbs, copulas
  'là', 'thì', 'mà', 'đã', 'đang', 'sẽ', 'vừa', 'cũng', 'còn', 'vẫn', 'đều', 'chỉ', 'được', 'bị',
  'có', 'không', 'chưa', 'chẳng', 'rất', 'hãy', 'cần', 'phải', 'nên', 'luôn', 'đồng thời', 'hiện',
  'từng', 'liền', 'lập tức', 'trực tiếp', 'thường xuyên', 'đặc biệt', 'lại', 'tiếp tục', 'nhanh chóng',
  // prepositions, conjunctions, determiners
  'để', 'với', 'tại', 'cùng', 'của', 'về', 'cho', 'từ', 'đến', 'tới', 'trong', 'ngoài', 'trên',
  'dưới', 'sau', 'trước', 'khi', 'lúc', 'nếu', 'vì', 'do', 'bởi', 'theo', 'qua', 'hay', 'hoặc',
  'nhưng', 'song', 'các', 'những', 'mọi', 'một', 'mỗi', 'này', 'đó', 'ấy', 'kia', 'nhằm', 'đối với',
  'như', 'thuộc', 'gồm', 'cả', 'nhiều', 'vào', 'ra', 'lên', 'xuống', 'nay', 'đây', 'bằng', 'giữa',
  'cạnh', 'bên', 'ngay', 'sau khi', 'trong khi', 'rằng', 'thay mặt', 'nhân dịp', 'trực thuộc',
  // time words
  'hôm', 'ngày', 'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'năm', 'tháng', 'tuần', 'quý', 'dịp',
  // verbs of speech and report
  'cho biết', 'biết', 'phát biểu', 'nói', 'nhấn mạnh', 'khẳng định', 'cho rằng', 'chia sẻ',
  'phản ánh', 'báo cáo', 'đề nghị', 'đề xuất', 'kiến nghị', 'yêu cầu', 'chỉ đạo', 'chủ trì',
  'đồng chủ trì', 'kết luận', 'trình bày', 'giải trình', 'giải thích', 'trả lời', 'thông báo',
  'thông tin thêm', 'thông tin với', 'thông tin về', 'thông tin cho', 'nêu', 'nêu rõ', 'lưu ý',
  'bày tỏ', 'mong muốn', 'hy vọng', 'tin tưởng', 'cam kết', 'khuyến cáo', 'cảnh báo', 'nhận định',
  'nhận xét', 'đánh giá', 'ghi nhận', 'biểu dương', 'khen ngợi', 'cảm ơn', 'chúc mừng', 'quán triệt',
  'phân tích', 'thảo luận', 'trao đổi', 'góp ý', 'tham luận', 'lắng nghe', 'đối thoại', 'tâm sự',
  'kể', 'hỏi', 'đáp', 'tuyên bố', 'công bố', 'thừa nhận', 'xác nhận', 'giới thiệu',
  'tiếp thu', 'tiếp nhận', 'phát động', 'kêu gọi', 'động viên', 'căn dặn', 'dặn dò', 'nhắc nhở',
  'đồng tình', 'đồng ý', 'nhất trí', 'thống nhất', 'ủng hộ', 'lo ngại', 'băn khoăn', 'thẳng thắn',
  'chỉ ra', 'chỉ rõ', 'cho hay', 'bổ sung', 'nhắc lại', 'khái quát', 'tổng kết', 'gợi ý',
  // verbs of acting
  'trao', 'tặng', 'trao tặng', 'dự', 'tham dự', 'tham gia', 'thăm', 'làm việc', 'kiểm tra',
  'khảo sát', 'tiếp', 'đón', 'đón nhận', 'gửi', 'gặp', 'gặp gỡ', 'tiếp xúc', 'khai mạc', 'bế mạc',
  'ký', 'ký kết', 'điều hành', 'hướng dẫn', 'khai trương', 'động thổ', 'khánh thành', 'dâng hương',
  'dâng hoa', 'thắp hương', 'đi', 'về', 'đến thăm', 'xuống', 'lên', 'ban hành', 'quyết định',
  'phê duyệt', 'triển khai', 'tổ chức', 'thực hiện', 'xử lý', 'khắc phục', 'chủ động', 'dẫn đầu',
  'dẫn', 'đồng hành', 'vận động', 'nhận', 'đặt', 'đưa', 'mời', 'xin', 'ra mắt', 'chúc',
  'cắt băng', 'bấm nút', 'chứng kiến', 'đôn đốc',
  'ước tính', 'dự báo', 'dự kiến', 'xác định', 'thừa ủy quyền', 'ủy quyền', 'phụ trách', 'chịu trách nhiệm',
  'đảm nhiệm', 'kiêm nhiệm', 'nghỉ hưu', 'bàn giao', 'tiếp đón', 'trao đổi với', 'nắm',
  'tập trung', 'chuẩn bị', 'lý giải', 'viết', 'gửi thư', 'tham mưu', 'tiến hành', 'rà soát',
  'phối hợp', 'tuần tra', 'đọc', 'điểm lại', 'nhìn lại', 'thông qua', 'gửi lời', 'tri ân',
  'tuyên dương', 'trao thưởng', 'trao giải', 'đạt', 'giành', 'mong', 'muốn', 'thấy', 'cảm thấy',
  'coi', 'xem', 'công nhận', 'ra quân', 'cập nhật', 'cung cấp', 'nắm bắt', 'tham quan', 'thị sát',
  'nghiệm thu', 'nhớ lại', 'kể lại', 'chứng minh', 'dẫn chứng', 'so sánh', 'cho thấy', 'nhận thấy',
  'phân trần', 'trấn an', 'quả quyết', 'mở đầu', 'kết thúc', 'chào mừng', 'sẵn sàng', 'quyết tâm',
  // feelings and manners that open a predicate ("vui mừng cho biết", "hồ hởi khoe")
  'vui mừng', 'phấn khởi', 'xúc động', 'lo lắng', 'bức xúc', 'tự hào', 'hồ hởi', 'trăn trở',
  'kỳ vọng', 'tiết lộ', 'khoe', 'hào hứng', 'thú thật', 'cởi mở', 'tâm đắc', 'vui vẻ', 'ân cần',
];

/** Phrases inside organisations' names that start like a clause word ("Cảng hàng không", "Trung tâm Dịch vụ việc làm"). */
export const ORG_NAME_PHRASES: readonly string[] = [
  'hàng không', 'việc làm', 'dự án', 'dự phòng', 'dự toán', 'dự trữ', 'dự bị', 'phòng không',
  'không gian', 'ngoài công lập', 'một thành viên', 'chương trình',
  // pairs written with a comma inside one name ("Ban Chỉ đạo phòng, chống thiên tai", "Phòng Quản lý thu - Sổ, thẻ")
  'phòng, chống', 'sổ, thẻ',
];

/**
 * Heads of committees named by their purpose ("Ban Chỉ đạo thực hiện chính sách BHXH, BHYT",
 * "Ban Chỉ đạo các Chương trình MTQG"): the purpose, in lower-case words, capitalised words and
 * acronyms, belongs to the title up to a clause word that is not a PURPOSE_WORD, a title part, a
 * personal name or punctuation (a comma only inside "phòng, chống" or between two acronyms).
 */
export const PURPOSE_HEADS: readonly string[] = ['Chỉ đạo', 'BCĐ'];

/** Clause words (CLAUSE_WORDS) that may stand inside a committee's purpose ("thực hiện", "các"). */
export const PURPOSE_WORDS: readonly string[] = [
  'thực hiện', 'triển khai', 'tổ chức', 'các', 'những', 'về', 'đối với', 'xử lý', 'khắc phục',
  'rà soát', 'phối hợp', 'kiểm tra', 'chuẩn bị', 'vận động', 'tổng kết', 'đôn đốc', 'tập trung',
  'phát động', 'cho', 'ban hành', 'tiếp nhận',
];

/** Tokens a committee's purpose may run over at most; a longer run is given up (its end is not known). */
export const MAX_PURPOSE_TOKENS = 24;

/** Lower-case words an organisation's name may run over at most before it must end (see CLAUSE_WORDS). */
export const MAX_ORG_WORDS = 8;

/** Sector names that follow an ORG_HEAD; joined by và, - or –. */
export const SECTORS: readonly string[] = [
  'Tổ chức', 'Tuyên giáo', 'Dân vận', 'Nội chính', 'Kinh tế', 'Ngân sách', 'Văn hóa', 'Xã hội',
  'Pháp chế', 'Dân tộc', 'Kiểm tra', 'Tài chính', 'Kế hoạch', 'Đầu tư', 'Nội vụ', 'Tư pháp',
  'Công Thương', 'Xây dựng', 'Giao thông', 'Vận tải', 'Giao thông vận tải', 'Tài nguyên',
  'Môi trường', 'Nông nghiệp', 'Phát triển nông thôn', 'Lao động', 'Thương binh',
  'Thể thao', 'Du lịch', 'Thông tin', 'Truyền thông', 'Khoa học', 'Công nghệ', 'Giáo dục',
  'Đào tạo', 'Y tế', 'Ngoại vụ', 'Thanh tra', 'Quản lý dự án', 'Quản lý', 'Chỉ huy Quân sự',
  'Quân sự', 'Chỉ đạo', 'An ninh', 'Quốc phòng', 'Thi đua', 'Khen thưởng', 'Thi đua khen thưởng',
  'Tiếp công dân', 'Thuế', 'Hải quan', 'Bảo hiểm xã hội', 'Nông dân', 'Phụ nữ', 'Liên hiệp Phụ nữ',
  'Cựu chiến binh', 'Thanh niên', 'Chữ thập đỏ', 'Đối ngoại', 'Kinh tế - Ngân sách',
  'Kinh tế - Xã hội', 'Văn hóa - Xã hội', 'Pháp chế', 'Tôn giáo', 'Biên phòng', 'Cảnh sát',
  'Tài chính - Kế hoạch', 'Nội chính', 'Bảo vệ chăm sóc sức khỏe cán bộ', 'Điều phối',
  'nông thôn mới', 'Nông thôn mới', 'Tổng hợp', 'Hành chính', 'Nội dung', 'Văn kiện', 'Nhân sự',
  'Kinh tế - Hạ tầng', 'Hạ tầng', 'Đô thị', 'Quản lý đô thị', 'Kiểm sát', 'Dân nguyện',
  'dự án', 'Dự án', 'Đầu tư xây dựng', 'Khu công nghiệp', 'Khu kinh tế', 'Dân số', 'Kế hoạch hóa gia đình',
  'Chính sách xã hội', 'Chính trị - Xã hội', 'Văn hóa - Thông tin', 'Văn hóa, Thể thao và Du lịch',
  'Đa khoa', 'Y học cổ truyền', 'Tiểu học', 'Trung học cơ sở', 'Trung học phổ thông', 'Mầm non',
  'Phổ thông Dân tộc Nội trú', 'Dân tộc Nội trú', 'Chính trị', 'Giáo dục nghề nghiệp',
  'Giáo dục thường xuyên', 'Phát triển quỹ đất', 'Dịch vụ', 'Khuyến nông', 'Nước sạch',
  'Vệ sinh môi trường', 'Kiểm soát bệnh tật', 'Thủy lợi', 'Kiểm lâm', 'Lâm nghiệp', 'Thủy sản',
  'Chăn nuôi', 'Thú y', 'Trồng trọt', 'Bảo vệ thực vật', 'Đăng ký đất đai', 'Công nghiệp',
  'Thương mại', 'Xúc tiến', 'Quản lý thị trường', 'Phục vụ hành chính công', 'Hành chính công', 'Kinh tế - Kỹ thuật',
  'Mặt trận', 'Công đoàn', 'Lao động - Thương binh và Xã hội', 'Kế hoạch và Đầu tư',
];

/** Place words; a capitalised place name may follow ("huyện Đắk Mil", "tỉnh", "TP. Huế"). */
export const PLACE_WORDS: readonly string[] = [
  'tỉnh', 'huyện', 'xã', 'phường', 'thị trấn', 'thị xã', 'thành phố', 'quận', 'thôn', 'ấp', 'bản',
  'buôn', 'làng', 'tổ dân phố', 'khu phố', 'xóm', 'khóm', 'TP', 'TP.', 'Tp.', 'TX', 'TX.',
];

/**
 * Abbreviations, matched exactly as written. `expansion` spells them out in `titles_expanded`;
 * `as` says what they are in a title: a role (opens it; UVBTVTU is a role with its body), a
 * body, a modifier (TT = Thường trực), a sector (after an ORG_HEAD) or a place word. One line per abbreviation.
 */
export type AbbreviationUse = 'role' | 'body' | 'org' | 'sector' | 'place' | 'modifier';
export const ABBREVIATIONS: Readonly<Record<string, { expansion: string; as: AbbreviationUse | AbbreviationUse[] }>> = {
  UBND: { expansion: 'Ủy ban nhân dân', as: 'body' },
  HĐND: { expansion: 'Hội đồng nhân dân', as: 'body' },
  TU: { expansion: 'Tỉnh ủy', as: 'body' },
  HU: { expansion: 'Huyện ủy', as: 'body' },
  ThU: { expansion: 'Thành ủy', as: 'body' },
  TW: { expansion: 'Trung ương', as: 'body' },
  'TƯ': { expansion: 'Trung ương', as: 'body' },
  BTV: { expansion: 'Ban Thường vụ', as: 'body' },
  BCH: { expansion: 'Ban Chấp hành', as: 'body' },
  UBKT: { expansion: 'Ủy ban Kiểm tra', as: 'body' },
  MTTQ: { expansion: 'Mặt trận Tổ quốc', as: 'body' },
  MTTQVN: { expansion: 'Mặt trận Tổ quốc Việt Nam', as: 'body' },
  UBMTTQ: { expansion: 'Ủy ban Mặt trận Tổ quốc', as: 'body' },
  UBMTTQVN: { expansion: 'Ủy ban Mặt trận Tổ quốc Việt Nam', as: 'body' },
  'UB MTTQ': { expansion: 'Ủy ban Mặt trận Tổ quốc', as: 'body' },
  ĐBQH: { expansion: 'đại biểu Quốc hội', as: ['body', 'role'] },
  TAND: { expansion: 'Tòa án nhân dân', as: 'body' },
  VKSND: { expansion: 'Viện Kiểm sát nhân dân', as: 'body' },
  LĐLĐ: { expansion: 'Liên đoàn Lao động', as: 'body' },
  HLHPN: { expansion: 'Hội Liên hiệp Phụ nữ', as: 'body' },
  HND: { expansion: 'Hội Nông dân', as: 'body' },
  HCCB: { expansion: 'Hội Cựu chiến binh', as: 'body' },
  BCĐ: { expansion: 'Ban Chỉ đạo', as: 'org' },
  BQL: { expansion: 'Ban Quản lý', as: 'body' },
  BCHQS: { expansion: 'Ban Chỉ huy Quân sự', as: 'body' },
  CHQS: { expansion: 'Chỉ huy Quân sự', as: 'sector' },
  'KT - XH': { expansion: 'Kinh tế - Xã hội', as: 'sector' },
  'KT-XH': { expansion: 'Kinh tế - Xã hội', as: 'sector' },
  'VH - XH': { expansion: 'Văn hóa - Xã hội', as: 'sector' },
  'VH-XH': { expansion: 'Văn hóa - Xã hội', as: 'sector' },
  'KT - NS': { expansion: 'Kinh tế - Ngân sách', as: 'sector' },
  'QP - AN': { expansion: 'Quốc phòng - An ninh', as: 'sector' },
  'TC - KH': { expansion: 'Tài chính - Kế hoạch', as: 'sector' },
  'TN&MT': { expansion: 'Tài nguyên và Môi trường', as: 'sector' },
  'TNMT': { expansion: 'Tài nguyên và Môi trường', as: 'sector' },
  'KH&ĐT': { expansion: 'Kế hoạch và Đầu tư', as: 'sector' },
  'NN&PTNT': { expansion: 'Nông nghiệp và Phát triển nông thôn', as: 'sector' },
  'LĐ-TB&XH': { expansion: 'Lao động - Thương binh và Xã hội', as: 'sector' },
  'VH-TT&DL': { expansion: 'Văn hóa, Thể thao và Du lịch', as: 'sector' },
  'GD&ĐT': { expansion: 'Giáo dục và Đào tạo', as: 'sector' },
  'GTVT': { expansion: 'Giao thông vận tải', as: 'sector' },
  'TT&TT': { expansion: 'Thông tin và Truyền thông', as: 'sector' },
  'KH&CN': { expansion: 'Khoa học và Công nghệ', as: 'sector' },
  NTM: { expansion: 'nông thôn mới', as: 'sector' },
  PTNT: { expansion: 'Phát triển nông thôn', as: 'sector' },
  'NN và PTNT': { expansion: 'Nông nghiệp và Phát triển nông thôn', as: 'sector' },
  'NN-PTNT': { expansion: 'Nông nghiệp và Phát triển nông thôn', as: 'sector' },
  NNPTNT: { expansion: 'Nông nghiệp và Phát triển nông thôn', as: 'sector' },
  'TN-MT': { expansion: 'Tài nguyên và Môi trường', as: 'sector' },
  'TN và MT': { expansion: 'Tài nguyên và Môi trường', as: 'sector' },
  'KH-ĐT': { expansion: 'Kế hoạch và Đầu tư', as: 'sector' },
  KHĐT: { expansion: 'Kế hoạch và Đầu tư', as: 'sector' },
  'KH và ĐT': { expansion: 'Kế hoạch và Đầu tư', as: 'sector' },
  'GD-ĐT': { expansion: 'Giáo dục và Đào tạo', as: 'sector' },
  GDĐT: { expansion: 'Giáo dục và Đào tạo', as: 'sector' },
  'GD và ĐT': { expansion: 'Giáo dục và Đào tạo', as: 'sector' },
  'KH-CN': { expansion: 'Khoa học và Công nghệ', as: 'sector' },
  KHCN: { expansion: 'Khoa học và Công nghệ', as: 'sector' },
  'LĐTB&XH': { expansion: 'Lao động - Thương binh và Xã hội', as: 'sector' },
  LĐTBXH: { expansion: 'Lao động - Thương binh và Xã hội', as: 'sector' },
  'TT-TT': { expansion: 'Thông tin và Truyền thông', as: 'sector' },
  TTTT: { expansion: 'Thông tin và Truyền thông', as: 'sector' },
  'VHTT&DL': { expansion: 'Văn hóa, Thể thao và Du lịch', as: 'sector' },
  VHTTDL: { expansion: 'Văn hóa, Thể thao và Du lịch', as: 'sector' },
  'VH-TT': { expansion: 'Văn hóa - Thông tin', as: 'sector' },
  VHTT: { expansion: 'Văn hóa - Thông tin', as: 'sector' },
  'TC-KH': { expansion: 'Tài chính - Kế hoạch', as: 'sector' },
  TCKH: { expansion: 'Tài chính - Kế hoạch', as: 'sector' },
  'KT-HT': { expansion: 'Kinh tế - Hạ tầng', as: 'sector' },
  KTHT: { expansion: 'Kinh tế - Hạ tầng', as: 'sector' },
  'QLĐT': { expansion: 'Quản lý đô thị', as: 'sector' },
  'CT-XH': { expansion: 'Chính trị - Xã hội', as: 'sector' },
  BHXH: { expansion: 'Bảo hiểm xã hội', as: 'body' },
  KBNN: { expansion: 'Kho bạc Nhà nước', as: 'body' },
  NHCSXH: { expansion: 'Ngân hàng Chính sách xã hội', as: 'body' },
  HTX: { expansion: 'Hợp tác xã', as: 'org' },
  BĐBP: { expansion: 'Bộ đội Biên phòng', as: 'body' },
  BCHQSHU: { expansion: 'Ban Chỉ huy Quân sự huyện', as: 'body' },
  'Bộ CHQS': { expansion: 'Bộ Chỉ huy Quân sự', as: 'body' },
  TTYT: { expansion: 'Trung tâm Y tế', as: 'body' },
  'HĐQT': { expansion: 'Hội đồng quản trị', as: 'body' },
  TT: { expansion: 'Thường trực', as: 'modifier' },
  PBT: { expansion: 'Phó Bí thư', as: 'role' },
  PCT: { expansion: 'Phó Chủ tịch', as: 'role' },
  TUV: { expansion: 'Tỉnh ủy viên', as: 'role' },
  HUV: { expansion: 'Huyện ủy viên', as: 'role' },
  UVTV: { expansion: 'Ủy viên Ban Thường vụ', as: 'role' },
  UVBTV: { expansion: 'Ủy viên Ban Thường vụ', as: 'role' },
  UVTVTU: { expansion: 'Ủy viên Ban Thường vụ Tỉnh ủy', as: 'role' },
  UVBTVTU: { expansion: 'Ủy viên Ban Thường vụ Tỉnh ủy', as: 'role' },
  UVTVHU: { expansion: 'Ủy viên Ban Thường vụ Huyện ủy', as: 'role' },
  UVBTVHU: { expansion: 'Ủy viên Ban Thường vụ Huyện ủy', as: 'role' },
  UVBTVThU: { expansion: 'Ủy viên Ban Thường vụ Thành ủy', as: 'role' },
  UVBCH: { expansion: 'Ủy viên Ban Chấp hành', as: 'role' },
  UVTW: { expansion: 'Ủy viên Trung ương', as: 'role' },
  UVTƯ: { expansion: 'Ủy viên Trung ương', as: 'role' },
  GĐ: { expansion: 'Giám đốc', as: 'role' },
  PGĐ: { expansion: 'Phó Giám đốc', as: 'role' },
  TP: { expansion: 'thành phố', as: 'place' },
  'TP.': { expansion: 'thành phố', as: 'place' },
  'Tp.': { expansion: 'thành phố', as: 'place' },
  TX: { expansion: 'thị xã', as: 'place' },
};

/**
 * Honorifics before a name. Plural ones open lists and group labels
 * ("các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: A, B; C").
 */
export const HONORIFICS: readonly string[] = [
  'ông', 'bà', 'đồng chí', 'đ/c', 'ngài', 'anh', 'chị', 'cô', 'thầy', 'Kính thưa đồng chí',
  'Thưa đồng chí',
];
export const PLURAL_HONORIFICS: readonly string[] = [
  'các đồng chí', 'các ông, bà', 'các ông bà', 'các ông', 'các bà', 'Kính thưa các đồng chí',
  'các đ/c',
];

/**
 * Military and academic ranks between the honorific and the name ("đồng chí Đại tá Nguyễn Văn A").
 * They are kept with the honorific, not as titles: a rank is not a post.
 */
export const RANKS: readonly string[] = [
  'Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tá', 'Thượng tá', 'Trung tá',
  'Thiếu tá', 'Đại úy', 'Thượng úy', 'Trung úy', 'Thiếu úy', 'GS.TS', 'PGS.TS', 'PGS. TS',
  'GS. TS', 'TS.', 'ThS.', 'TS', 'ThS', 'BS.', 'BS', 'Bác sĩ', 'Luật sư', 'Nhà báo', 'Kỹ sư',
];

/** Verb phrases after a name that introduce the post taken ("tái đắc cử chức Chủ tịch HĐND tỉnh"). */
export const TAKES_POST: readonly string[] = [
  'tái đắc cử chức vụ', 'tái đắc cử chức', 'tái đắc cử', 'đắc cử chức vụ', 'đắc cử chức', 'đắc cử',
  'trúng cử chức vụ', 'trúng cử', 'được bầu giữ chức vụ', 'được bầu giữ chức', 'được bầu làm',
  'được bầu', 'giữ chức vụ', 'giữ chức', 'được bổ nhiệm giữ chức vụ', 'được bổ nhiệm giữ chức',
  'được bổ nhiệm làm', 'được bổ nhiệm', 'được điều động giữ chức vụ', 'được điều động giữ chức',
  'được phân công giữ chức', 'được giao giữ chức',
  'hiện là', 'hiện giữ chức', 'đương nhiệm',
  'tái cử chức vụ', 'tái cử chức', 'tái cử', 'được cử làm', 'được cử giữ chức vụ', 'được cử giữ chức',
  'giữ cương vị', 'được bầu giữ cương vị', 'được bầu bổ sung làm', 'được bầu bổ sung giữ chức', 'được bầu bổ sung',
  'được phân công làm', 'được phân công giữ chức vụ', 'được phân công', 'được giao làm',
  'được chỉ định làm', 'được chỉ định giữ chức vụ', 'được chỉ định giữ chức', 'được chỉ định',
  'được điều động làm', 'được điều động', 'được luân chuyển giữ chức vụ', 'được luân chuyển giữ chức',
  'được luân chuyển làm', 'được giới thiệu bầu giữ chức', 'được bổ nhiệm lại', 'được tái bổ nhiệm',
  'nhận quyết định bổ nhiệm giữ chức vụ', 'nhận quyết định bổ nhiệm giữ chức', 'nhận quyết định bổ nhiệm làm',
  'nhận quyết định bổ nhiệm chức vụ', 'nhận quyết định bổ nhiệm', 'nhận quyết định điều động giữ chức vụ',
  'nhận quyết định điều động giữ chức', 'nhận quyết định điều động làm',
  'nhận quyết định giữ chức vụ', 'nhận quyết định giữ chức', 'nhận nhiệm vụ',
];

/**
 * Words before a title that make it plural: the title belongs to every name that follows,
 * joined by `,` or `và` ("các Phó Chủ tịch UBND tỉnh A và B", "hai Phó Bí thư Huyện ủy A, B").
 */
export const PLURAL_MARKERS: readonly string[] = ['các', 'những', 'hai', 'ba', 'bốn'];

/** The word before an organisation's number, kept in the title ("Đội Quản lý thị trường số 3", "Trường THCS số 2"). */
export const ORG_NUMBER_WORDS: readonly string[] = ['số'];

/** Term qualifiers: skipped, not part of a title ("Chủ tịch HĐND tỉnh khóa XVIII"). */
export const TERM_WORDS: readonly string[] = ['khóa', 'khoá', 'nhiệm kỳ'];

/** Joiners between titles in a list, besides punctuation. */
export const TITLE_JOINERS: readonly string[] = ['kiêm', 'đồng thời là', 'và là'];

/**
 * Family names, and the first syllables of ethnic-minority names. A name met without an
 * honorific (title + name, or a list item) must start with one of these; a token such as
 * K’Muôi or H’Hen (capital, apostrophe, capital) counts too.
 */
export const SURNAMES: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ',
  'Ngô', 'Dương', 'Lý', 'Lưu', 'Đinh', 'Đoàn', 'Trương', 'Trịnh', 'Mai', 'Đào', 'Cao', 'Lâm', 'Hà',
  'Tạ', 'Thái', 'Tô', 'Tôn', 'Quách', 'Lương', 'Phùng', 'Vương', 'Chu', 'Triệu', 'Đàm', 'Khổng',
  'Kiều', 'Lã', 'Lạc', 'Lại', 'Lò', 'Lường', 'Lục', 'Mạc', 'Mạch', 'Nông', 'Ninh', 'Quan', 'Tăng',
  'Thân', 'Thạch', 'Tiêu', 'Từ', 'Vi', 'Viên', 'Âu', 'Bạch', 'Bế', 'Cù', 'Cầm', 'Châu', 'Chế',
  'Diệp', 'Doãn', 'Giang', 'Giáp', 'Hầu', 'Hứa', 'Kha', 'Khúc', 'Kim', 'La', 'Lăng', 'Liêu', 'Lộc',
  'Lữ', 'Mã', 'Mẫn', 'Nghiêm', 'Phí', 'Quản', 'Sầm', 'Sơn', 'Thiều', 'Tống', 'Trình', 'Ưng',
  'Vòng', 'Vàng', 'Giàng', 'Sùng', 'Thào', 'Mùa', 'Lầu', 'Hạng', 'Tẩn', 'Chảo', 'Bàn', 'Đèo',
  'Lùng', 'Ma', 'Nịnh', 'Hàn', 'Khương', 'Mông', 'Tào', 'Uông', 'Lèo', 'Quàng',
  // Hmong, Dao and Thai family names ("Vừ A Páo", "Phàn Văn Lở", "Tòng Thị Phóng")
  'Vừ', 'Hờ', 'Mua', 'Tráng', 'Phàn', 'Lồ', 'Tòng', 'Chẩu', 'Sần', 'Lù', 'Cứ', 'Ly', 'Chang', 'Khà',
  // Ethnic-minority first syllables (Ê Đê, Gia Rai, Cơ Ho, Khmer ...)
  'Ksor', 'Nay', 'Siu', 'Rơ', 'Rah', 'Kpă', 'Điểu', 'Danh', 'Y', 'Rmah', 'Puih', 'Bhling',
  'Alăng', 'Chamaléa', 'Ya', 'Kơ', 'Bùi',
];

/**
 * First syllables of ethnic-minority names (Gia Rai, Ê Đê, Ba Na, Xtiêng ...) that seldom open a
 * place name: after a place word or a body, two syllables opening with one of these are a person
 * ("Phó Chủ tịch UBND huyện Ksor Phước", "Chủ tịch UBND tỉnh Điểu Kré"), where two Kinh
 * syllables would more likely be a district ("huyện Lâm Hà").
 */
export const ETHNIC_NAME_STARTS: readonly string[] = [
  'Ksor', 'Siu', 'Nay', 'Rơ', 'Rah', 'Kpă', 'Điểu', 'Rmah', 'Puih', 'Bhling', 'Kpuih', 'Rcom', 'Ayun',
];

/** Middle names that mark a personal name strongly (used to split "Lâm Đồng Trần Văn Hiệp"). */
export const MIDDLE_NAMES: readonly string[] = [
  'Văn', 'Thị', 'Đức', 'Hữu', 'Ngọc', 'Minh', 'Quốc', 'Thanh',
  // Hmong and Dao middle names ("Giàng A Lử", "Sùng Seo Chứ", "Sùng Mí Páo")
  'A', 'Seo', 'Mí',
];

/** The 63 provinces and centrally run cities: a capitalised run equal to one is a place. */
export const PROVINCES: readonly string[] = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bà Rịa Vũng Tàu', 'Bạc Liêu', 'Bắc Giang', 'Bắc Kạn', 'Bắc Ninh',
  'Bến Tre', 'Bình Dương', 'Bình Định', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Cần Thơ',
  'Đà Nẵng', 'Đắk Lắk', 'Đắk Nông', 'Đăk Lăk', 'Đăk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp',
  'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Nội', 'Hà Tĩnh', 'Hải Dương', 'Hải Phòng', 'Hậu Giang',
  'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lâm Đồng', 'Lạng Sơn',
  'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên',
  'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La',
  'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Thừa Thiên - Huế',
  'Tiền Giang', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái', 'Hồ Chí Minh', 'Huế',
];

/**
 * Former provinces (before 2008, and the merged provinces of 1976-1997): still named in
 * reports, so a run equal to one is a place too.
 */
export const FORMER_PROVINCES: readonly string[] = [
  'Hà Tây', 'Hà Sơn Bình', 'Hà Nam Ninh', 'Nam Hà', 'Hà Bắc', 'Hải Hưng', 'Vĩnh Phú', 'Bắc Thái',
  'Cao Lạng', 'Hoàng Liên Sơn', 'Nghệ Tĩnh', 'Bình Trị Thiên', 'Quảng Nam - Đà Nẵng', 'Nghĩa Bình',
  'Phú Khánh', 'Thuận Hải', 'Gia Lai - Kon Tum', 'Sông Bé', 'Cửu Long', 'Minh Hải', 'Hậu Giang',
];

/**
 * Countries and territories: a capitalised run equal to one is a place ("Đại sứ Hàn Quốc"), never a person.
 */
export const COUNTRIES: readonly string[] = [
  'Việt Nam', 'Lào', 'Campuchia', 'Thái Lan', 'Trung Quốc', 'Nhật Bản', 'Hàn Quốc', 'Triều Tiên',
  'Hoa Kỳ', 'Mỹ', 'Nga', 'Liên bang Nga', 'Pháp', 'Đức', 'Anh', 'Úc', 'Australia', 'Ấn Độ', 'Singapore',
  'Malaysia', 'Indonesia', 'Philippines', 'Myanmar', 'Brunei', 'Đông Timor', 'Timor-Leste', 'Canada',
  'Italy', 'Italia', 'Ý', 'Tây Ban Nha', 'Bồ Đào Nha', 'Hà Lan', 'Bỉ', 'Thụy Điển', 'Thụy Sĩ', 'Na Uy',
  'Phần Lan', 'Đan Mạch', 'Ba Lan', 'Séc', 'Hungary', 'Áo', 'Hy Lạp', 'Ireland', 'Cuba', 'Brazil',
  'Argentina', 'Chile', 'Mexico', 'Israel', 'Ai Cập', 'Nam Phi', 'New Zealand', 'Mông Cổ',
  'Kazakhstan', 'Belarus', 'Ukraine', 'Thổ Nhĩ Kỳ', 'Ả Rập Xê Út', 'Qatar', 'Kuwait', 'Iran', 'Đài Loan',
  'Hồng Kông', 'Liên minh châu Âu', 'châu Âu', 'Hoa Kì', 'Vương quốc Anh',
];

/**
 * Historical figures named by a title out of convention ("Chủ tịch Hồ Chí Minh"), and the
 * people that streets, schools and communes are named after: never an official of the news.
 */
export const HISTORICAL_FIGURES: readonly string[] = [
  'Hồ Chí Minh', 'Tôn Đức Thắng', 'Võ Nguyên Giáp', 'Trần Hưng Đạo', 'Lê Lợi', 'Quang Trung',
  'Nguyễn Huệ', 'Lý Thường Kiệt', 'Hai Bà Trưng', 'Bà Triệu', 'Phan Bội Châu', 'Phan Châu Trinh',
  'Phan Chu Trinh', 'Hoàng Hoa Thám', 'Nguyễn Trãi', 'Nguyễn Du', 'Lê Duẩn', 'Trường Chinh',
  'Phạm Văn Đồng', 'Nguyễn Văn Cừ', 'Trần Phú', 'Lê Hồng Phong', 'Hà Huy Tập', 'Nguyễn Thị Minh Khai',
  'Võ Thị Sáu', 'Lê Thánh Tông', 'Lý Thái Tổ', 'Đinh Tiên Hoàng', 'Nguyễn Tất Thành', 'Kim Đồng',
  'Nguyễn Văn Linh', 'Lê Đức Thọ', 'Nguyễn Chí Thanh', 'Hoàng Văn Thụ', 'Nguyễn Thái Học',
];
