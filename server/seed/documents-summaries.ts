import { EVENTS, TOPICS } from './documents-texts.ts';
import type { Rng } from './random.ts';

/**
 * Summaries (trích yếu) of incoming documents in the forms each type takes: what is asked ("Về việc đề
 * nghị báo cáo ..."), the resolution or law it implements, the session it serves, the period it covers,
 * so that a register of tens of thousands of entries reads like a real one and a search finds a few.
 */

/** Documents of the centre that others implement, with the year they were issued. */
const INSTRUMENTS: readonly (readonly [string, number])[] = [
  ['Nghị quyết số 18-NQ/TW về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả', 2017],
  ['Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia', 2024],
  ['Nghị quyết số 66-NQ/TW về đổi mới công tác xây dựng và thi hành pháp luật', 2025],
  ['Nghị quyết số 68-NQ/TW về phát triển kinh tế tư nhân', 2025],
  ['Nghị quyết số 59-NQ/TW về hội nhập quốc tế trong tình hình mới', 2025],
  ['Quy định số 144-QĐ/TW về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới', 2024],
  ['Chỉ thị số 35-CT/TW về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng', 2024],
  ['Kết luận số 21-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị', 2021],
  ['Quy định số 69-QĐ/TW về kỷ luật tổ chức đảng, đảng viên vi phạm', 2022],
  ['Quy định số 132-QĐ/TW về kiểm điểm và đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị', 2023],
  ['Chỉ thị số 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', 2016],
  ['Nghị quyết số 27-NQ/TW về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam', 2022],
  ['Nghị định số 30/2020/NĐ-CP về công tác văn thư', 2020],
  ['Nghị định số 178/2024/NĐ-CP về chính sách, chế độ đối với cán bộ, công chức, viên chức trong thực hiện sắp xếp tổ chức bộ máy', 2024],
  ['Luật Bảo vệ bí mật nhà nước', 2018],
  ['Luật Thực hành tiết kiệm, chống lãng phí', 2013],
];

const LAWS = [
  'dự án Luật Cán bộ, công chức (sửa đổi)', 'dự án Luật Tổ chức Quốc hội (sửa đổi, bổ sung)', 'dự án Luật Ban hành văn bản quy phạm pháp luật (sửa đổi)',
  'dự án Luật Tổ chức chính quyền địa phương (sửa đổi)', 'dự án Luật Dữ liệu', 'dự án Luật Trí tuệ nhân tạo', 'dự án Luật Thi đua, khen thưởng (sửa đổi)',
  'dự án Luật Giáo dục (sửa đổi, bổ sung)', 'dự án Luật Đất đai (sửa đổi, bổ sung)', 'dự án Luật Ngân sách nhà nước (sửa đổi)',
  'dự án Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân (sửa đổi)', 'dự thảo Quy định về công tác kiểm tra, giám sát và kỷ luật của Đảng',
  'dự thảo Quy chế làm việc của Đảng ủy', 'dự thảo Báo cáo chính trị trình Đại hội', 'dự thảo Đề án vị trí việc làm',
] as const;

const ASKS = [
  'đề nghị báo cáo kết quả', 'đề nghị cung cấp thông tin, số liệu về', 'đôn đốc thực hiện', 'triển khai thực hiện', 'hướng dẫn thực hiện',
  'rà soát, đánh giá', 'đề nghị phối hợp', 'tăng cường', 'chấn chỉnh', 'đề nghị bổ sung hồ sơ về', 'đề nghị cử cán bộ phụ trách',
  'thực hiện chế độ báo cáo định kỳ về', 'tổ chức sơ kết', 'tổ chức tổng kết', 'đăng ký nội dung',
] as const;

const INSPECTIONS = [
  'kiểm tra việc lãnh đạo, chỉ đạo thực hiện', 'giám sát chuyên đề về', 'kiểm tra việc chấp hành Điều lệ Đảng về', 'khảo sát, đánh giá',
  'kiểm tra tài chính đảng về', 'giám sát việc thực hiện',
] as const;

const PREPARATIONS = ['chuẩn bị báo cáo về', 'chuẩn bị tài liệu về', 'góp ý nội dung về', 'cung cấp số liệu về', 'tổng hợp ý kiến cử tri về'] as const;
const PERIODS = ['quý I', 'quý II', 'quý III', 'quý IV', '6 tháng đầu năm', '9 tháng', 'năm', 'tháng'] as const;
const PLACES = ['trong các cơ quan Trung ương', 'trong Đảng bộ', 'tại các chi bộ trực thuộc', 'trong cơ quan', 'đối với đảng viên', 'trong toàn hệ thống'] as const;

const NUMERALS = ['', 'nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'mười một', 'mười hai'];

/** A session of the National Assembly in the year: two a year, the 15th legislature until 2026. */
function session(rng: Rng, year: number): string {
  const [term, first] = year >= 2026 ? ['XVI', (year - 2026) * 2 + 1] : ['XV', (year - 2021) * 2 + 1];
  const n = first + rng.int(0, 1);
  return `Kỳ họp thứ ${NUMERALS[n] ?? n}, Quốc hội khóa ${term}`;
}

const byYear = new Map<number, string[]>();
function instrument(rng: Rng, year: number): string {
  let list = byYear.get(year);
  if (!list) byYear.set(year, (list = INSTRUMENTS.filter(([, y]) => y <= year).map(([t]) => t)));
  return rng.pick(list);
}

/** An event of the year: "Hội nghị tổng kết công tác năm 2026". */
function eventIn(rng: Rng, year: number): string {
  const e = rng.pick(EVENTS);
  return e.endsWith(' năm') ? `${e} ${year}` : `${e} năm ${year}`;
}

function periodOf(rng: Rng, year: number): string {
  const p = rng.pick(PERIODS);
  return p === 'tháng' ? `tháng ${rng.int(1, 12)} năm ${year}` : `${p} ${year}`;
}

const qualifier = (rng: Rng, year: number) =>
  rng.weighted([['', 5], [` ${rng.pick(PLACES)}`, 3], [` năm ${year}`, 2], [` giai đoạn ${year}–${year + 4}`, 1]] as const);

function officialLetter(rng: Rng, topic: string, year: number): string {
  switch (rng.int(0, 9)) {
    case 0: return `V/v góp ý ${rng.pick(LAWS)}`;
    case 1: return `V/v ${rng.pick(PREPARATIONS)} ${topic} phục vụ ${session(rng, year)}`;
    case 2: return `V/v cử cán bộ tham dự ${rng.pick(['lớp bồi dưỡng', 'lớp tập huấn', 'hội nghị', 'đoàn khảo sát', 'tọa đàm'])} về ${topic}`;
    case 3: return `V/v triển khai ${instrument(rng, year)}`;
    case 4: return `V/v ${rng.pick(ASKS)} ${topic} ${periodOf(rng, year)}`;
    default: return `V/v ${rng.pick(ASKS)} ${topic}${qualifier(rng, year)}`;
  }
}

/** A summary (trích yếu) in the form its type takes. */
export function incomingSummary(rng: Rng, typeName: string, year: number): string {
  const topic = rng.pick(TOPICS);
  switch (typeName) {
    case 'Kế hoạch': return rng.chance(0.25) ? `Kế hoạch ${rng.pick(INSPECTIONS)} ${topic} năm ${year}`
      : rng.chance(0.2) ? `Kế hoạch thực hiện ${instrument(rng, year)}`
        : `Kế hoạch ${rng.pick(['triển khai', 'kiểm tra', 'thực hiện', 'tổng kết', 'tuyên truyền', 'tổ chức'])} ${topic}${qualifier(rng, year)}`;
    case 'Hướng dẫn': return rng.chance(0.3) ? `Hướng dẫn thực hiện ${instrument(rng, year)}` : `Hướng dẫn ${topic}${qualifier(rng, year)}`;
    case 'Thông báo': return rng.weighted([
      [`Thông báo kết luận của ${rng.pick(['Thường trực', 'Ban Thường vụ', 'Ủy ban Thường vụ Quốc hội', 'lãnh đạo'])} về ${topic}`, 4],
      [`Thông báo về ${topic}${qualifier(rng, year)}`, 3],
      [rng.chance(0.5) ? `Thông báo lịch làm việc tuần ${rng.int(1, 52)} năm ${year} của lãnh đạo` : `Thông báo lịch công tác tháng ${rng.int(1, 12)}/${year}`, 1],
      [`Thông báo phân công chuẩn bị ${topic} phục vụ ${session(rng, year)}`, 1],
    ] as const);
    case 'Giấy mời': return rng.weighted([
      [`Giấy mời dự Hội nghị ${rng.pick(['quán triệt, triển khai', 'sơ kết', 'tổng kết', 'tập huấn'])} ${topic}`, 4],
      [`Giấy mời dự ${eventIn(rng, year)}`, 3],
      [`Giấy mời dự phiên họp góp ý ${rng.pick(LAWS)}`, 2],
      [`Giấy mời dự Hội nghị trực tuyến quán triệt ${instrument(rng, year)}`, 1],
    ] as const);
    case 'Quyết định': return `Quyết định ${rng.pick([
      'về việc thành lập Đoàn kiểm tra', 'về việc kiện toàn Ban Chỉ đạo', 'ban hành Quy chế', 'thành lập Tổ giúp việc', 'phê duyệt Kế hoạch', 'giao chỉ tiêu',
    ])} ${topic}${qualifier(rng, year)}`;
    case 'Báo cáo': return `Báo cáo ${rng.pick(['kết quả', 'tình hình', 'sơ kết', 'tổng hợp ý kiến về'])} ${topic} ${periodOf(rng, year)}`;
    case 'Kết luận': return `Kết luận ${rng.chance(0.5) ? 'của Bộ Chính trị, Ban Bí thư' : 'của Ban Thường vụ'} về ${topic}`;
    case 'Chỉ thị': return `Chỉ thị về tăng cường ${topic}${qualifier(rng, year)}`;
    case 'Nghị quyết': return `Nghị quyết về ${topic}${qualifier(rng, year)}`;
    case 'Chương trình': return `Chương trình ${rng.pick(['công tác', 'hành động thực hiện', 'kiểm tra, giám sát'])} ${topic} năm ${year}`;
    case 'Quy định': return `Quy định về ${topic}`;
    case 'Công điện': return `Công điện về việc ${rng.pick(['chủ động ứng phó với bão, mưa lũ', 'tăng cường bảo đảm an ninh, trật tự dịp Tết Nguyên đán', 'triển khai khẩn trương'])} ${topic}`;
    case 'Tờ trình': return `Tờ trình về ${topic}`;
    default: return officialLetter(rng, topic, year);
  }
}
