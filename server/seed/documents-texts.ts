import type { Rng } from './random.ts';

/**
 * Words of the demo documents: the topics they are about, summaries of issued documents in the usual
 * forms ("Về việc ...", "Kế hoạch ..."), bodies of a few paragraphs, and citizens' letters. Issuing
 * bodies are in documents-senders.ts, summaries of incoming documents in documents-summaries.ts.
 */

export const TOPICS = [
  'công tác xây dựng Đảng', 'công tác kiểm tra, giám sát', 'học tập, quán triệt Nghị quyết Hội nghị Trung ương',
  'công tác phát triển đảng viên', 'thu, nộp, quản lý đảng phí', 'đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên',
  'công tác bảo vệ chính trị nội bộ', 'phòng, chống tham nhũng, tiêu cực', 'thực hành tiết kiệm, chống lãng phí',
  'chuyển đổi số trong cơ quan', 'cải cách hành chính', 'công tác thi đua, khen thưởng', 'công tác dân vận',
  'tổ chức đại hội chi bộ nhiệm kỳ mới', 'sinh hoạt chuyên đề chi bộ', 'công tác cán bộ', 'quy hoạch cán bộ lãnh đạo, quản lý',
  'bồi dưỡng lý luận chính trị', 'học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', 'công tác bảo vệ bí mật nhà nước',
  'phục vụ kỳ họp Quốc hội', 'công tác thông tin, tuyên truyền', 'quản lý hồ sơ đảng viên', 'công tác văn thư, lưu trữ',
  'sắp xếp, tinh gọn tổ chức bộ máy', 'thực hiện chế độ, chính sách đối với cán bộ nghỉ việc theo Nghị định số 178/2024/NĐ-CP',
  'công tác đảng viên nơi cư trú', 'quản lý đảng viên đi nước ngoài', 'kê khai, công khai tài sản, thu nhập',
  'công tác tiếp công dân, giải quyết khiếu nại, tố cáo', 'công tác phòng cháy, chữa cháy', 'bảo đảm an toàn, an ninh mạng',
  'ứng dụng trí tuệ nhân tạo trong công tác tham mưu', 'số hóa hồ sơ, tài liệu lưu trữ', 'quản lý, sử dụng tài sản công',
  'lập dự toán ngân sách', 'quyết toán kinh phí hoạt động', 'công tác đối ngoại nhân dân', 'xây dựng cơ quan văn hóa',
  'phòng, chống dịch bệnh', 'công tác nữ công', 'hoạt động của Đoàn Thanh niên', 'công tác cựu chiến binh',
  'thực hiện quy chế dân chủ ở cơ sở', 'giám sát tối cao của Quốc hội', 'công tác lập pháp', 'lấy ý kiến nhân dân về dự thảo luật',
  'tiếp xúc cử tri của đại biểu Quốc hội', 'công tác dân nguyện', 'đào tạo, bồi dưỡng công chức, viên chức',
  'tuyển dụng, tiếp nhận công chức', 'nâng ngạch, chuyển ngạch công chức', 'đánh giá, xếp loại công chức, viên chức',
  'công tác bình đẳng giới', 'đấu tranh phản bác các quan điểm sai trái, thù địch', 'nghiên cứu, học tập lý luận chính trị',
  'tổ chức đại hội đảng bộ các cấp', 'tổng kết thực hiện Điều lệ Đảng', 'cập nhật cơ sở dữ liệu đảng viên',
  'cấp, phát và quản lý thẻ đảng viên', 'xét tặng Huy hiệu Đảng', 'thi hành kỷ luật trong Đảng', 'công tác quốc phòng, quân sự địa phương',
] as const;

export const EVENTS = [
  'Hội nghị sơ kết công tác 6 tháng đầu năm', 'Hội nghị tổng kết công tác năm', 'Lễ kỷ niệm ngày thành lập Đảng Cộng sản Việt Nam',
  'lớp bồi dưỡng nhận thức về Đảng', 'Hội nghị học tập, quán triệt Nghị quyết', 'buổi tọa đàm chuyên đề', 'Hội nghị giao ban công tác Đảng',
  'Hội nghị cán bộ, công chức, viên chức', 'lễ trao Huy hiệu Đảng',
] as const;

/** What the committee (party) or the Office (administrative) issues: [type key, weight]. */
export const ISSUED_TYPES = {
  party: [['cong_van', 20], ['ke_hoach', 12], ['thong_bao', 12], ['bao_cao', 10], ['quyet_dinh', 12], ['nghi_quyet', 4], ['huong_dan', 4], ['chuong_trinh', 2], ['to_trinh', 3], ['ket_luan', 3]],
  administrative: [['cong_van', 40], ['quyet_dinh', 15], ['thong_bao', 10], ['ke_hoach', 8], ['bao_cao', 8], ['giay_moi', 10], ['to_trinh', 4], ['huong_dan', 2]],
} as const;

export function issuedSummary(rng: Rng, typeName: string, year: number, month: number): string {
  const topic = rng.pick(TOPICS);
  switch (typeName) {
    case 'Kế hoạch': return `Kế hoạch ${rng.pick(['tổ chức', 'triển khai', 'kiểm tra, giám sát', 'thực hiện'])} ${topic} năm ${year}`;
    case 'Báo cáo': return `Báo cáo kết quả ${topic} tháng ${month} năm ${year}`;
    case 'Quyết định': return rng.chance(0.4) ? 'Quyết định kết nạp đảng viên' : `Quyết định về việc ${rng.pick(['thành lập Tổ công tác', 'kiện toàn Ban Chỉ đạo', 'ban hành Quy chế'])} ${topic}`;
    case 'Thông báo': return `Thông báo ${rng.pick(['kết luận của Ban Thường vụ về', 'phân công nhiệm vụ về', 'ý kiến chỉ đạo về'])} ${topic}`;
    case 'Nghị quyết': return `Nghị quyết về ${topic} ${rng.pick(['quý', '6 tháng cuối năm'])} ${year}`;
    case 'Giấy mời': return `Giấy mời dự ${rng.pick(EVENTS)}`;
    case 'Hướng dẫn': return `Hướng dẫn ${topic}`;
    case 'Chương trình': return `Chương trình công tác ${topic} năm ${year}`;
    case 'Tờ trình': return `Tờ trình về ${topic}`;
    case 'Kết luận': return `Kết luận của Ban Thường vụ về ${topic}`;
    default: return `V/v ${rng.pick(['triển khai', 'đôn đốc', 'báo cáo', 'góp ý'])} ${topic}`;
  }
}

/** A few paragraphs, one per line (comments are anchored to lines). */
export function body(rng: Rng, summary: string): string {
  const topic = rng.pick(TOPICS);
  return [
    `Căn cứ Điều lệ Đảng Cộng sản Việt Nam và chương trình công tác năm; thực hiện chỉ đạo của cấp trên về ${topic},`,
    `${summary}, với các nội dung chủ yếu sau:`,
    `1. Mục đích, yêu cầu: nâng cao nhận thức, trách nhiệm của cấp ủy, chi bộ và đảng viên; bảo đảm thiết thực, hiệu quả, đúng quy định.`,
    `2. Nội dung: các chi bộ quán triệt, triển khai thực hiện; ${rng.pick(['báo cáo kết quả về Văn phòng Đảng ủy trước ngày 25 hằng tháng', 'gửi báo cáo định kỳ theo quy định', 'phân công đồng chí cấp ủy viên theo dõi, đôn đốc'])}.`,
    '3. Tổ chức thực hiện: Văn phòng Đảng ủy chủ trì, phối hợp với các đơn vị liên quan theo dõi, tổng hợp, báo cáo Ban Thường vụ.',
  ].join('\n');
}

/** Letters signed by several people together (most are from one person, named by the name generator). */
export const LETTER_COLLECTIVES = [
  'Tập thể cán bộ hưu trí tổ dân phố 12', 'Tập thể cựu chiến binh khu dân cư số 3', 'Nhóm công dân thôn Đông, xã Tiên Du',
  'Tập thể giáo viên Trường Tiểu học Kim Liên', 'Đại diện các hộ dân tổ dân phố 7',
] as const;

export const LETTER_PLACES = [
  'phường Ba Đình, Hà Nội', 'phường Cầu Giấy, Hà Nội', 'xã Đông Anh, Hà Nội', 'phường Hải Châu, Đà Nẵng',
  'phường Bến Thành, TP. Hồ Chí Minh', 'xã Tiên Du, Bắc Ninh', 'phường Hạc Thành, Thanh Hóa', 'phường Hoàn Kiếm, Hà Nội',
  'phường Đống Đa, Hà Nội', 'xã Sóc Sơn, Hà Nội', 'phường Vinh Phú, Nghệ An', 'phường Thuận Hóa, Huế', 'phường Hồng Bàng, Hải Phòng',
  'phường Sài Gòn, TP. Hồ Chí Minh', 'xã Cái Răng, Cần Thơ', 'phường Hạ Long, Quảng Ninh', 'xã Yên Dũng, Bắc Ninh',
] as const;

export const LETTER_TEXTS = {
  complaint: [
    'Khiếu nại quyết định xử lý kỷ luật cán bộ', 'Khiếu nại việc đánh giá, xếp loại công chức năm trước', 'Khiếu nại kết quả xét nâng lương trước thời hạn',
    'Khiếu nại kết quả thi tuyển công chức', 'Khiếu nại việc không giải quyết chế độ nghỉ hưu trước tuổi', 'Khiếu nại quyết định điều động công tác',
    'Khiếu nại việc chậm trả lời đơn lần trước',
  ],
  denunciation: [
    'Tố cáo cán bộ có dấu hiệu vi phạm quy định về kê khai tài sản', 'Tố cáo việc sử dụng xe công sai mục đích', 'Tố cáo hành vi nhũng nhiễu khi giải quyết hồ sơ',
    'Tố cáo sai phạm trong mua sắm tài sản công', 'Tố cáo việc bổ nhiệm cán bộ không đúng quy trình', 'Tố cáo việc lợi dụng chức vụ để trục lợi',
  ],
  recommendation: [
    'Kiến nghị xem xét chế độ, chính sách đối với người có công', 'Kiến nghị cải tiến thủ tục tiếp công dân', 'Kiến nghị sửa đổi quy định về thời gian sinh hoạt đảng',
    'Kiến nghị về chính sách đối với cán bộ nghỉ việc khi sắp xếp tổ chức bộ máy', 'Kiến nghị bổ sung quy định về đảng viên làm kinh tế tư nhân',
    'Kiến nghị xem xét lại việc thu hồi đất', 'Kiến nghị đơn giản hóa hồ sơ chuyển sinh hoạt đảng',
  ],
  reflection: [
    'Phản ánh tình trạng chậm giải quyết hồ sơ', 'Phản ánh thái độ phục vụ của bộ phận một cửa', 'Phản ánh việc tổ chức sinh hoạt chi bộ chưa đúng định kỳ',
    'Phản ánh ô nhiễm môi trường tại khu dân cư', 'Phản ánh việc đảng viên không sinh hoạt nơi cư trú', 'Phản ánh tình trạng lấn chiếm vỉa hè, lòng đường',
    'Phản ánh bất cập trong thủ tục cấp thẻ bảo hiểm y tế',
  ],
} as const;

export const ABOUT_MEMBER_TEXTS = [
  'Phản ánh đảng viên vi phạm quy định những điều đảng viên không được làm',
  'Tố cáo đảng viên không gương mẫu thực hiện nghĩa vụ nơi cư trú',
  'Tố cáo đảng viên có dấu hiệu vi phạm trong công tác cán bộ',
] as const;
