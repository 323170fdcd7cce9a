import type { Rng } from './random.ts';

/**
 * Words of the demo documents and registers: real issuing bodies of the centre with their abbreviations
 * (the documents and their numbers are fictional), summaries in the usual forms ("Về việc ...",
 * "Kế hoạch ..."), bodies of a few paragraphs, and citizens' letters.
 */

export interface Sender {
  name: string;
  code: string;
  regime: 'party' | 'administrative';
  /** How often it writes, relative to the others. */
  weight: number;
}

export const SENDERS: readonly Sender[] = [
  { name: 'Đảng ủy Khối các cơ quan Trung ương', code: 'ĐUK', regime: 'party', weight: 14 },
  { name: 'Ban Tổ chức Trung ương', code: 'BTCTW', regime: 'party', weight: 6 },
  { name: 'Văn phòng Trung ương Đảng', code: 'VPTW', regime: 'party', weight: 6 },
  { name: 'Ban Tuyên giáo và Dân vận Trung ương', code: 'BTGDVTW', regime: 'party', weight: 4 },
  { name: 'Ủy ban Kiểm tra Trung ương', code: 'UBKTTW', regime: 'party', weight: 3 },
  { name: 'Ban Bí thư', code: 'TW', regime: 'party', weight: 2 },
  { name: 'Ủy ban Kiểm tra Đảng ủy Khối các cơ quan Trung ương', code: 'UBKTĐUK', regime: 'party', weight: 3 },
  { name: 'Ủy ban Thường vụ Quốc hội', code: 'UBTVQH15', regime: 'administrative', weight: 8 },
  { name: 'Tổng Thư ký Quốc hội', code: 'TTKQH', regime: 'administrative', weight: 4 },
  { name: 'Bộ Nội vụ', code: 'BNV', regime: 'administrative', weight: 5 },
  { name: 'Bộ Tài chính', code: 'BTC', regime: 'administrative', weight: 4 },
  { name: 'Văn phòng Chính phủ', code: 'VPCP', regime: 'administrative', weight: 5 },
  { name: 'Kiểm toán nhà nước', code: 'KTNN', regime: 'administrative', weight: 2 },
  { name: 'Hội đồng Dân tộc', code: 'HĐDT15', regime: 'administrative', weight: 2 },
  { name: 'Ủy ban Pháp luật', code: 'UBPL15', regime: 'administrative', weight: 2 },
  { name: 'Công đoàn Viên chức Việt Nam', code: 'CĐVC', regime: 'administrative', weight: 2 },
];

/** [type abbreviation (null: công văn), type name, weight] of what each regime's senders write. */
export const INCOMING_TYPES = {
  party: [['CV', 'Công văn', 30], ['HD', 'Hướng dẫn', 10], ['TB', 'Thông báo', 12], ['KH', 'Kế hoạch', 10], ['QĐ', 'Quyết định', 6], ['KL', 'Kết luận', 3], ['CT', 'Chỉ thị', 2], ['BC', 'Báo cáo', 4]],
  administrative: [[null, 'Công văn', 35], ['TB', 'Thông báo', 10], ['KH', 'Kế hoạch', 8], ['QĐ', 'Quyết định', 8], ['GM', 'Giấy mời', 10], ['NQ', 'Nghị quyết', 3], ['BC', 'Báo cáo', 4]],
} as const satisfies Record<Sender['regime'], readonly (readonly [string | null, string, number])[]>;

export const TOPICS = [
  'công tác xây dựng Đảng', 'công tác kiểm tra, giám sát', 'học tập, quán triệt Nghị quyết Hội nghị Trung ương',
  'công tác phát triển đảng viên', 'thu, nộp, quản lý đảng phí', 'đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên',
  'công tác bảo vệ chính trị nội bộ', 'phòng, chống tham nhũng, tiêu cực', 'thực hành tiết kiệm, chống lãng phí',
  'chuyển đổi số trong cơ quan', 'cải cách hành chính', 'công tác thi đua, khen thưởng', 'công tác dân vận',
  'tổ chức đại hội chi bộ nhiệm kỳ mới', 'sinh hoạt chuyên đề chi bộ', 'công tác cán bộ', 'quy hoạch cán bộ lãnh đạo, quản lý',
  'bồi dưỡng lý luận chính trị', 'học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', 'công tác bảo vệ bí mật nhà nước',
  'phục vụ kỳ họp Quốc hội', 'công tác thông tin, tuyên truyền', 'quản lý hồ sơ đảng viên', 'công tác văn thư, lưu trữ',
] as const;

const EVENTS = [
  'Hội nghị sơ kết công tác 6 tháng đầu năm', 'Hội nghị tổng kết công tác năm', 'Lễ kỷ niệm ngày thành lập Đảng Cộng sản Việt Nam',
  'lớp bồi dưỡng nhận thức về Đảng', 'Hội nghị học tập, quán triệt Nghị quyết', 'buổi tọa đàm chuyên đề', 'Hội nghị giao ban công tác Đảng',
  'Hội nghị cán bộ, công chức, viên chức', 'lễ trao Huy hiệu Đảng',
] as const;

/** A summary (trích yếu) in the form its type takes. */
export function incomingSummary(rng: Rng, typeName: string, year: number): string {
  const topic = rng.pick(TOPICS);
  switch (typeName) {
    case 'Kế hoạch': return `Kế hoạch ${rng.pick(['triển khai', 'kiểm tra', 'thực hiện', 'tổng kết'])} ${topic} năm ${year}`;
    case 'Hướng dẫn': return `Hướng dẫn ${topic}`;
    case 'Thông báo': return rng.chance(0.5) ? `Thông báo kết luận của Thường trực về ${topic}` : `Thông báo về ${topic}`;
    case 'Giấy mời': return `Giấy mời dự ${rng.pick(EVENTS)}`;
    case 'Quyết định': return `Quyết định về ${rng.pick(['việc thành lập Đoàn kiểm tra', 'việc kiện toàn Ban Chỉ đạo', 'việc ban hành Quy chế'])} ${topic}`;
    case 'Báo cáo': return `Báo cáo kết quả ${topic} ${rng.pick(['quý', '6 tháng', '9 tháng', 'năm'])} ${year}`;
    case 'Kết luận': return `Kết luận về ${topic}`;
    case 'Chỉ thị': return `Chỉ thị về tăng cường ${topic}`;
    case 'Nghị quyết': return `Nghị quyết về ${topic}`;
    default: return `Về việc ${rng.pick(['triển khai', 'đôn đốc thực hiện', 'báo cáo', 'góp ý dự thảo văn bản về', 'rà soát'])} ${topic}`;
  }
}

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

export const LETTER_SENDERS = [
  'Nguyễn Văn Hùng', 'Trần Thị Lan', 'Lê Minh Tuấn', 'Phạm Thị Hoa', 'Hoàng Văn Nam', 'Vũ Thị Mai', 'Đặng Quốc Bảo',
  'Bùi Thị Thu', 'Đỗ Văn Long', 'Ngô Thị Hạnh', 'Dương Văn Phúc', 'Lý Thị Ngọc', 'Tập thể cán bộ hưu trí tổ dân phố 12',
] as const;

export const LETTER_PLACES = [
  'phường Ba Đình, Hà Nội', 'phường Cầu Giấy, Hà Nội', 'xã Đông Anh, Hà Nội', 'phường Hải Châu, Đà Nẵng',
  'phường Bến Thành, TP. Hồ Chí Minh', 'xã Tiên Du, Bắc Ninh', 'phường Hạc Thành, Thanh Hóa',
] as const;

export const LETTER_TEXTS = {
  complaint: ['Khiếu nại quyết định xử lý kỷ luật cán bộ', 'Khiếu nại việc đánh giá, xếp loại công chức năm trước', 'Khiếu nại kết quả xét nâng lương trước thời hạn'],
  denunciation: ['Tố cáo cán bộ có dấu hiệu vi phạm quy định về kê khai tài sản', 'Tố cáo việc sử dụng xe công sai mục đích', 'Tố cáo hành vi nhũng nhiễu khi giải quyết hồ sơ'],
  recommendation: ['Kiến nghị xem xét chế độ, chính sách đối với người có công', 'Kiến nghị cải tiến thủ tục tiếp công dân', 'Kiến nghị sửa đổi quy định về thời gian sinh hoạt đảng'],
  reflection: ['Phản ánh tình trạng chậm giải quyết hồ sơ', 'Phản ánh thái độ phục vụ của bộ phận một cửa', 'Phản ánh việc tổ chức sinh hoạt chi bộ chưa đúng định kỳ'],
} as const;

export const ABOUT_MEMBER_TEXTS = [
  'Phản ánh đảng viên vi phạm quy định những điều đảng viên không được làm',
  'Tố cáo đảng viên không gương mẫu thực hiện nghĩa vụ nơi cư trú',
  'Tố cáo đảng viên có dấu hiệu vi phạm trong công tác cán bộ',
] as const;
