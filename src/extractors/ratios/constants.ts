/**
 * Word lists of the ratios extractor (data, no logic).
 */

/**
 * Nouns counted out of a total (`4/9 xã`, `19/19 tiêu chí`, `14/15 cuộc
 * kiểm tra`). The longest one that follows is the record's `unit`. An X/Y
 * that could be a day/month date (`9/9`, `4/9`) is a ratio only when one of
 * these follows it.
 */
export const COUNTED_NOUNS: readonly string[] = [
  // places and administrative units
  'xã', 'phường', 'thị trấn', 'xã, phường', 'xã, phường, thị trấn', 'xã, thị trấn', 'huyện', 'thị xã', 'thành phố',
  'tỉnh', 'quận', 'thôn', 'bản', 'buôn', 'làng', 'ấp', 'bon', 'sóc', 'plei', 'tổ dân phố', 'khu phố',
  'tiểu khu', 'khóm', 'thôn, bản', 'thôn, tổ dân phố', 'địa phương', 'huyện, thị xã', 'huyện, thành phố',
  'xã đặc biệt khó khăn', 'xã vùng cao', 'xã nông thôn mới', 'tỉnh, thành phố', 'tỉnh, thành',
  'huyện, thị xã, thành phố', 'khu dân cư', 'cụm dân cư', 'điểm dân cư',
  // targets
  'tiêu chí', 'chỉ tiêu', 'nhiệm vụ', 'nội dung', 'tiêu chuẩn', 'nhóm chỉ tiêu', 'nhóm tiêu chí',
  'chỉ tiêu chủ yếu', 'chỉ tiêu cơ bản', 'danh hiệu', 'mục tiêu', 'giải pháp', 'kiến nghị', 'văn bản',
  'thủ tục', 'thủ tục hành chính', 'dịch vụ công', 'câu hỏi', 'câu', 'bài', 'môn',
  // party and organisations
  'đảng bộ', 'chi bộ', 'đảng bộ cơ sở', 'chi bộ trực thuộc', 'tổ chức cơ sở đảng', 'tổ chức đảng',
  'tổ chức', 'cơ sở', 'đơn vị', 'cơ quan', 'sở', 'ngành', 'sở, ngành', 'phòng', 'ban', 'hội',
  'đoàn thể', 'doanh nghiệp', 'hợp tác xã', 'tổ hợp tác', 'trường', 'trường học', 'điểm trường',
  'trạm y tế', 'bệnh viện', 'chợ', 'nhà văn hóa', 'thiết chế', 'công trình', 'dự án', 'hạng mục',
  'gói thầu', 'mô hình', 'sản phẩm', 'chương trình', 'đề án', 'tuyến', 'tuyến đường', 'cụm', 'khu',
  'làng nghề', 'hồ', 'đập', 'tổ', 'đội', 'nhóm', 'câu lạc bộ', 'lớp',
  // people and votes
  'phiếu', 'phiếu bầu', 'đại biểu', 'thành viên', 'ủy viên', 'ý kiến', 'hộ', 'hộ gia đình',
  'hộ nghèo', 'đảng viên', 'cán bộ', 'công chức', 'viên chức', 'giáo viên', 'học sinh', 'sinh viên',
  'thí sinh', 'trẻ', 'cháu', 'em', 'bệnh nhân', 'ca', 'mẫu', 'hồ sơ', 'đơn', 'đơn thư', 'vụ', 'vụ việc', 'vụ án',
  'đối tượng', 'tập thể', 'cá nhân', 'gia đình', 'hội viên', 'đoàn viên', 'chiến sĩ', 'cử tri',
  'ứng cử viên', 'người ứng cử', 'quân nhân', 'tân binh', 'thanh niên', 'huy chương', 'giải',
  // inspections and meetings
  'cuộc', 'cuộc kiểm tra', 'cuộc thanh tra', 'cuộc giám sát', 'cuộc họp', 'cuộc kiểm tra, giám sát',
  'đợt', 'đợt kiểm tra', 'lần', 'buổi', 'kỳ họp', 'phiên', 'đoàn', 'đoàn kiểm tra',
];

/**
 * First syllables that do not stand alone: when the noun after X/Y is not in
 * the list above, the unit takes the next syllable too (`chỉ tiên`, a typo
 * of chỉ tiêu, gives `chỉ tiên`).
 */
export const BOUND_SYLLABLES: readonly string[] = [
  'chỉ', 'tiêu', 'đảng', 'chi', 'đơn', 'cơ', 'doanh', 'dự', 'công', 'học', 'thành', 'đại', 'tổ',
  'nhiệm', 'ý', 'thị', 'hợp', 'cán', 'lao', 'gia', 'sản', 'mô', 'mục', 'nội', 'giải', 'chương',
  'thủ', 'văn', 'đề', 'giáo', 'viên', 'bệnh', 'hội', 'đoàn', 'chiến', 'cử', 'ủy', 'trạm', 'nhà',
  'hạng', 'gói', 'hồ', 'đối', 'tập', 'cá', 'thí', 'sinh', 'ứng', 'quân', 'tân', 'thanh', 'phụ',
  'nông', 'người', 'trẻ', 'cuộc', 'đợt', 'kỳ', 'câu', 'tuyến', 'làng', 'khu', 'tiểu', 'ban', 'cửa',
];

/**
 * Words after X/Y that show it is not a count out of a total: units of
 * measure (`5.600/6.000 ha`), money and percentages (pairs of amounts),
 * time, fractions of a quantity (`1/3 diện tích`) and function words
 * (`24/7 cho`).
 */
export const NOT_COUNTED: readonly string[] = [
  'ha', 'héc-ta', 'hecta', 'tấn', 'tạ', 'yến', 'kg', 'km', 'km2', 'm', 'm2', 'm3', 'mét', 'lít',
  'con', 'mw', 'kw', 'kwh', 'tỷ', 'tỉ', 'triệu', 'nghìn', 'ngàn', 'trăm', 'chục', 'đồng', 'đ',
  'usd', 'vnđ', 'vnd', 'giờ', 'phút', 'giây', 'ngày', 'tuần', 'tháng', 'quý', 'năm', 'lượt',
  'số', 'tổng', 'tổng số', 'diện tích', 'dân số', 'phần', 'giá trị', 'khối lượng', 'thời gian',
  'kinh phí', 'vốn', 'lượng', 'sản lượng', 'công suất', 'chiều dài',
  'và', 'của', 'cho', 'là', 'được', 'đã', 'đang', 'sẽ', 'với', 'trong', 'tại', 'theo', 'để', 'thì',
  'mà', 'có', 'không', 'này', 'đó', 'nay', 'vừa', 'qua', 'tới', 'vào', 'đến', 'từ', 'trên',
  'dưới', 'về', 'các', 'những', 'một', 'đạt', 'vượt', 'tăng', 'giảm', 'bằng', 'hoặc', 'hay', 'nhưng',
  'sau', 'trước', 'lúc', 'khi', 'ra', 'lên', 'xuống',
];

/**
 * Words right before X/Y that make it something else: ranks (`xếp thứ
 * 3/12`, `hạng 5/63`), document and address numbers (`số 12/2019`,
 * `Điều 3/…`, `thửa 12/5`), dates (`ngày 3/9`, `sáng 4/9`).
 */
export const NOT_AFTER: readonly string[] = [
  'thứ', 'hạng', 'xếp hạng', 'xếp', 'đứng', 'số', 'điều', 'khoản', 'điểm', 'mục', 'trang', 'tờ',
  'thửa', 'lô', 'km', 'ql', 'quốc lộ', 'tỉnh lộ', 'đường', 'hẻm', 'kiệt', 'ngõ', 'ngách', 'khu phố',
  'quyết định', 'nghị quyết', 'chỉ thị', 'thông tư', 'nghị định', 'công văn', 'tờ trình', 'luật',
  'ngày', 'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'hôm', 'khuya', 'rạng sáng', 'sáng ngày', 'chiều ngày',
  'tối ngày', 'đêm ngày', 'ngày mai', 'hôm nay', 'tỷ số', 'tỉ số', 'tỷ lệ', 'tỉ lệ',
];
