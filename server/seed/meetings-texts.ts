/**
 * Vietnamese wording for the demo meetings: notes, speeches, conclusions and the tasks they turn into,
 * absence reasons, thematic topics, documents adopted by the executive committee. Placeholders in
 * braces ({month}, {year}, {quarter}) are filled by `fill`.
 */

export const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

export const ABSENCE_REASONS: readonly (readonly [string, number])[] = [
  ['Đi công tác', 6],
  ['Ốm', 2],
  ['Việc gia đình', 2],
  ['Nghỉ phép', 1],
  ['Tham gia đoàn công tác của Ủy ban Thường vụ Quốc hội', 1],
];
export const EXEMPT_REASON = 'Được miễn sinh hoạt đảng';
export const ELSEWHERE_REASON = 'Đang sinh hoạt tạm thời ở đảng bộ khác';

/** Notes of the monthly agenda's items, by position in the rule's template (0-based). */
export const MONTHLY_NOTES: readonly (readonly string[])[] = [
  ['Có mặt {present}/{invited} đồng chí. Đồng chí {secretary} được cử làm thư ký cuộc họp.'],
  [
    'Quán triệt kết luận của Ban Thường vụ Đảng ủy về nhiệm vụ trọng tâm tháng {month}/{year}.',
    'Thông tin tình hình kinh tế - xã hội và kết quả phiên họp của Ủy ban Thường vụ Quốc hội trong tháng.',
    'Phổ biến văn bản mới của Đảng ủy Khối về công tác xây dựng Đảng và công tác kiểm tra, giám sát.',
  ],
  [
    'Chi bộ hoàn thành các nhiệm vụ trọng tâm tháng {month}; 100% đảng viên đóng đảng phí đúng hạn.',
    'Phục vụ tốt các phiên họp trong tháng; một số báo cáo chuyên đề còn chậm so với kế hoạch.',
    'Thực hiện nghiêm nghị quyết kỳ trước; công tác phối hợp giữa các phòng được cải thiện.',
  ],
  [
    'Tập trung chuẩn bị tài liệu phục vụ phiên họp tháng {next}; rà soát tiến độ các nhiệm vụ còn tồn đọng.',
    'Hoàn thành báo cáo sơ kết công việc; chuẩn bị nội dung sinh hoạt chuyên đề quý.',
    'Đẩy mạnh chuyển đổi số trong xử lý văn bản; bảo đảm an toàn, bảo mật thông tin.',
  ],
  ['Có {speeches} ý kiến phát biểu, tập trung vào tiến độ công việc và chất lượng tham mưu.'],
  ['Nghị quyết tháng {month}/{year} được thông qua: {for}/{base} đồng chí tán thành.'],
  ['Biên bản được thông qua tại cuộc họp, không có ý kiến khác.'],
  ['Cuộc họp kết thúc lúc {end}.'],
];

export const SPEECHES: readonly string[] = [
  'Đề nghị tăng cường phối hợp giữa các phòng trong chuẩn bị hồ sơ phục vụ phiên họp.',
  'Báo cáo tiến độ đề án được giao; dự kiến hoàn thành đúng hạn, cần thêm ý kiến của Vụ Pháp luật.',
  'Nêu khó khăn về nhân lực trong thời gian cao điểm của kỳ họp; đề xuất điều phối công việc hợp lý hơn.',
  'Đồng tình với dự thảo nghị quyết; đề nghị bổ sung chỉ tiêu về ứng dụng công nghệ thông tin.',
  'Đề nghị chi ủy quan tâm hơn đến công tác bồi dưỡng quần chúng ưu tú để phát triển đảng viên.',
  'Phản ánh một số văn bản còn chậm luân chuyển; kiến nghị số hóa quy trình trình ký.',
  'Đề xuất tổ chức sinh hoạt chuyên đề về phòng, chống lãng phí trong quý tới.',
  'Nhất trí với đánh giá kết quả tháng; đề nghị làm rõ trách nhiệm với các nhiệm vụ chậm tiến độ.',
  'Chia sẻ kinh nghiệm tổng hợp ý kiến cử tri; đề nghị nhân rộng cách làm trong chi bộ.',
  'Đề nghị đảng viên trẻ tích cực tham gia hoạt động của Đoàn Thanh niên và Công đoàn.',
];

export interface ConclusionText {
  conclusion: string;
  task: string;
  result: string;
}

export const CELL_CONCLUSIONS: readonly ConclusionText[] = [
  { conclusion: 'Hoàn thành báo cáo tổng hợp ý kiến cử tri trước phiên họp tháng {next}.', task: 'Hoàn thành báo cáo tổng hợp ý kiến cử tri tháng {next}', result: 'Báo cáo trình Lãnh đạo Vụ' },
  { conclusion: 'Rà soát, cập nhật danh mục hồ sơ, tài liệu phục vụ kỳ họp.', task: 'Rà soát danh mục hồ sơ, tài liệu phục vụ kỳ họp', result: 'Danh mục được cập nhật trên hệ thống' },
  { conclusion: 'Chuẩn bị nội dung sinh hoạt chuyên đề quý tới.', task: 'Chuẩn bị đề cương sinh hoạt chuyên đề quý', result: 'Đề cương chuyên đề trình chi ủy' },
  { conclusion: 'Đôn đốc đảng viên hoàn thành bản cam kết tu dưỡng, rèn luyện năm {year}.', task: 'Đôn đốc hoàn thành bản cam kết tu dưỡng, rèn luyện năm {year}', result: '100% đảng viên nộp bản cam kết' },
  { conclusion: 'Giới thiệu quần chúng ưu tú tham gia lớp bồi dưỡng nhận thức về Đảng.', task: 'Lập danh sách quần chúng ưu tú đi học lớp nhận thức về Đảng', result: 'Danh sách gửi Văn phòng Đảng ủy' },
  { conclusion: 'Số hóa hồ sơ đảng viên của chi bộ theo hướng dẫn của Đảng ủy.', task: 'Số hóa hồ sơ đảng viên của chi bộ', result: 'Hồ sơ được cập nhật đầy đủ trên phần mềm' },
  { conclusion: 'Tổng hợp kết quả thực hiện nghị quyết tháng, báo cáo Đảng ủy đúng hạn.', task: 'Báo cáo kết quả thực hiện nghị quyết tháng {month}', result: 'Báo cáo gửi Văn phòng Đảng ủy' },
  { conclusion: 'Phối hợp với Công đoàn tổ chức hoạt động tri ân nhân dịp ngày lễ trong tháng.', task: 'Phối hợp tổ chức hoạt động tri ân cùng Công đoàn', result: 'Kế hoạch và kết quả hoạt động' },
];

/** Conclusions that stay words: acknowledgements without a task. */
export const PLAIN_CONCLUSIONS: readonly string[] = [
  'Chi bộ đánh giá cao tinh thần trách nhiệm của đảng viên trong thời gian cao điểm.',
  'Tiếp tục giữ vững đoàn kết nội bộ, thực hiện nghiêm quy chế làm việc.',
  'Các đảng viên thực hiện nghiêm chế độ báo cáo, bảo mật thông tin.',
];

export const THEMATIC_TOPICS: readonly string[] = [
  'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần trách nhiệm',
  'Nâng cao chất lượng tham mưu, phục vụ hoạt động của Quốc hội',
  'Chuyển đổi số trong công tác văn phòng',
  'Phòng, chống tham nhũng, lãng phí, tiêu cực trong cơ quan',
  'Bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác quan điểm sai trái',
  'Phát huy vai trò nêu gương của đảng viên',
  'Công tác phát triển đảng viên trong đoàn viên thanh niên',
  'Văn hóa công vụ và đạo đức công vụ',
];

export const THEMATIC_AGENDA: readonly string[] = [
  'Khai mạc, giới thiệu chuyên đề',
  'Trình bày chuyên đề: {topic}',
  'Thảo luận, liên hệ thực tiễn',
  'Kết luận và biểu quyết kết luận chuyên đề',
];

export const STANDING_AGENDA: readonly string[] = [
  'Kiểm điểm kết quả thực hiện nhiệm vụ tháng {month}/{year}',
  'Cho ý kiến về công tác cán bộ, công tác đảng viên',
  'Thống nhất chương trình công tác tháng {next}',
];

export const BRIEFING_AGENDA: readonly string[] = [
  'Các Vụ, đơn vị báo cáo tình hình thực hiện nhiệm vụ tháng {month}/{year}',
  'Phối hợp giữa công tác đảng và nhiệm vụ chuyên môn',
  'Kết luận của đồng chí chủ trì',
];

export const EXECUTIVE_AGENDA: readonly string[] = [
  'Báo cáo kết quả lãnh đạo thực hiện nhiệm vụ quý {prevQuarter}/{prevYear}',
  'Thảo luận, cho ý kiến các văn bản trình Hội nghị',
  'Biểu quyết thông qua nghị quyết, kết luận của Hội nghị',
];

/** Documents an executive conference adopts: [type abbreviation, title]. */
export function executiveDocuments(quarter: number, year: number): [string, string][] {
  const prevQ = quarter === 1 ? 4 : quarter - 1;
  const prevY = quarter === 1 ? year - 1 : year;
  const docs: [string, string][] = [
    ['NQ', `Nghị quyết về nhiệm vụ trọng tâm quý ${['I', 'II', 'III', 'IV'][quarter - 1]} năm ${year}`],
    ['KL', `Kết luận về kết quả thực hiện nhiệm vụ quý ${['I', 'II', 'III', 'IV'][prevQ - 1]} năm ${prevY}`],
  ];
  if (quarter === 1) {
    docs.push(['BC', `Báo cáo tổng kết công tác xây dựng Đảng năm ${year - 1}`]);
    docs.push(['CTr', `Chương trình kiểm tra, giám sát năm ${year}`]);
  }
  if (quarter === 2) docs.push(['CTr', `Chương trình hành động thực hiện nghị quyết của Đảng ủy cấp trên năm ${year}`]);
  if (quarter === 3) docs.push(['BC', `Báo cáo sơ kết công tác 6 tháng đầu năm ${year}`]);
  if (quarter === 4) docs.push(['QĐ', `Quyết định ban hành Quy chế làm việc sửa đổi của Ban Chấp hành Đảng bộ (năm ${year})`]);
  return docs;
}

export const COMMITTEE_CONCLUSIONS: readonly ConclusionText[] = [
  { conclusion: 'Giao Văn phòng Đảng ủy hướng dẫn các chi bộ triển khai nghị quyết của Hội nghị.', task: 'Hướng dẫn các chi bộ triển khai nghị quyết của Hội nghị', result: 'Văn bản hướng dẫn gửi các chi bộ' },
  { conclusion: 'Ủy ban Kiểm tra xây dựng kế hoạch giám sát chuyên đề, trình Ban Thường vụ.', task: 'Xây dựng kế hoạch giám sát chuyên đề', result: 'Kế hoạch trình Ban Thường vụ' },
  { conclusion: 'Các chi bộ hoàn thành kiện toàn chi ủy theo quy định.', task: 'Rà soát, kiện toàn chi ủy các chi bộ', result: 'Báo cáo kết quả kiện toàn' },
  { conclusion: 'Chuẩn bị tổng kết công tác khen thưởng tổ chức đảng và đảng viên năm {year}.', task: 'Chuẩn bị hồ sơ khen thưởng năm {year}', result: 'Tờ trình khen thưởng' },
];
