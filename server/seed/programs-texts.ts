/**
 * Vietnamese texts of the demo work programs, tasks and reports: what a Party committee of an agency
 * plans, assigns and reports on. `{unit}`, `{month}`, `{year}` and `{quarter}` are filled per row.
 */

export interface TaskText {
  title: string;
  result: string;
}

/** Tasks a cell or the committee carries out in a month. */
export const TASK_TEXTS: readonly TaskText[] = [
  { title: 'Tổ chức sinh hoạt chi bộ thường kỳ tháng {month} của {unit}', result: 'Biên bản và nghị quyết sinh hoạt chi bộ tháng {month}' },
  { title: 'Tổ chức sinh hoạt chuyên đề "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh" quý {quarter}/{year}', result: 'Chuyên đề được thảo luận, có biên bản và kế hoạch làm theo' },
  { title: 'Quán triệt Nghị quyết Hội nghị Trung ương cho đảng viên {unit}', result: '100% đảng viên được học tập, có bài thu hoạch' },
  { title: 'Xây dựng kế hoạch kiểm tra, giám sát năm {year} của {unit}', result: 'Kế hoạch kiểm tra, giám sát được cấp ủy thông qua' },
  { title: 'Rà soát, cập nhật hồ sơ đảng viên và dữ liệu đảng viên {unit}', result: 'Hồ sơ đảng viên đầy đủ, khớp với cơ sở dữ liệu' },
  { title: 'Thu, nộp đảng phí tháng {month} của {unit}', result: 'Đảng phí thu đủ, nộp đúng hạn về Đảng ủy' },
  { title: 'Bồi dưỡng, giới thiệu quần chúng ưu tú để kết nạp Đảng tại {unit}', result: 'Hồ sơ đề nghị kết nạp được hoàn thiện' },
  { title: 'Báo cáo kết quả thực hiện chương trình công tác tháng {month} của {unit}', result: 'Báo cáo gửi Văn phòng Đảng ủy đúng hạn' },
  { title: 'Nắm tình hình tư tưởng cán bộ, đảng viên {unit}', result: 'Báo cáo tình hình tư tưởng gửi Ban Tuyên giáo Đảng ủy' },
  { title: 'Chuẩn bị nội dung phục vụ kỳ họp Quốc hội của {unit}', result: 'Tài liệu phục vụ kỳ họp hoàn thành đúng tiến độ' },
  { title: 'Triển khai Chỉ thị về phòng, chống tham nhũng, tiêu cực tại {unit}', result: 'Kế hoạch triển khai và báo cáo kết quả' },
  { title: 'Kiểm tra việc thực hiện nhiệm vụ đảng viên tại {unit}', result: 'Thông báo kết luận kiểm tra' },
  { title: 'Phát động phong trào thi đua chào mừng ngày lễ lớn tháng {month}', result: 'Kế hoạch thi đua và danh sách đăng ký' },
  { title: 'Tổng hợp ý kiến góp ý dự thảo văn kiện của {unit}', result: 'Bản tổng hợp ý kiến gửi Văn phòng Đảng ủy' },
  { title: 'Tổ chức đối thoại giữa cấp ủy với đảng viên, người lao động {unit}', result: 'Biên bản đối thoại, các kiến nghị được giải quyết' },
  { title: 'Đánh giá, xếp loại chất lượng đảng viên năm {year} tại {unit}', result: 'Kết quả đánh giá, xếp loại được báo cáo Đảng ủy' },
  { title: 'Cập nhật Sổ tay đảng viên điện tử cho đảng viên {unit}', result: '100% đảng viên sử dụng Sổ tay đảng viên điện tử' },
  { title: 'Hướng dẫn đảng viên thực hiện quy định về những điều đảng viên không được làm', result: 'Đảng viên ký cam kết thực hiện' },
  { title: 'Xây dựng báo cáo sơ kết 6 tháng đầu năm {year} của {unit}', result: 'Báo cáo sơ kết được chi ủy thông qua' },
  { title: 'Chuẩn bị tổng kết công tác xây dựng Đảng năm {year} của {unit}', result: 'Dự thảo báo cáo tổng kết năm' },
];

export const RESCHEDULE_REASONS: readonly string[] = [
  'Trùng lịch phục vụ kỳ họp Quốc hội, đề nghị lùi thời hạn',
  'Chờ văn bản hướng dẫn của Đảng ủy Khối',
  'Dịch bệnh, phải hoãn tổ chức hội nghị tập trung',
  'Đồng chí phụ trách đi công tác nước ngoài',
  'Cần bổ sung ý kiến của các đơn vị phối hợp',
  'Điều chỉnh theo chương trình công tác của Thường trực Đảng ủy',
];

export const PROGRESS_NOTES: readonly string[] = [
  'Đã xây dựng đề cương, đang lấy ý kiến chi ủy',
  'Đã hoàn thành dự thảo, đang chỉnh sửa theo góp ý',
  'Đã triển khai đến các tổ đảng',
  'Đã tổng hợp số liệu, đang viết báo cáo',
  'Đã làm việc với các đơn vị phối hợp',
  'Đang hoàn thiện hồ sơ, tài liệu',
];

export const CANCEL_REASONS: readonly string[] = [
  'Nội dung đã được lồng ghép vào nhiệm vụ khác',
  'Theo kết luận của Ban Thường vụ, không tiếp tục thực hiện',
];

/** Items of the committee's programs (term, year, month). */
export const PROGRAM_ITEMS: readonly TaskText[] = [
  { title: 'Lãnh đạo thực hiện nhiệm vụ chính trị của cơ quan năm {year}', result: 'Hoàn thành các chỉ tiêu chương trình công tác' },
  { title: 'Tổ chức học tập, quán triệt các nghị quyết, chỉ thị của Trung ương', result: 'Hội nghị quán triệt cho toàn Đảng bộ' },
  { title: 'Kiện toàn cấp ủy, chi ủy các chi bộ trực thuộc', result: 'Quyết định chuẩn y kiện toàn' },
  { title: 'Kiểm tra, giám sát theo chương trình của Ủy ban Kiểm tra Đảng ủy', result: 'Thông báo kết luận kiểm tra, giám sát' },
  { title: 'Công tác phát triển đảng viên, kết nạp quần chúng ưu tú', result: 'Kết nạp đảng viên mới theo chỉ tiêu' },
  { title: 'Sơ kết, tổng kết công tác xây dựng Đảng', result: 'Báo cáo sơ kết, tổng kết' },
  { title: 'Đẩy mạnh chuyển đổi số trong hoạt động của Đảng bộ', result: 'Hệ thống văn phòng số vận hành ổn định' },
  { title: 'Công tác thi đua, khen thưởng và biểu dương điển hình', result: 'Danh sách khen thưởng được Ban Thường vụ xét duyệt' },
  { title: 'Lãnh đạo các đoàn thể chính trị - xã hội trong cơ quan', result: 'Các đoàn thể hoàn thành nhiệm vụ năm' },
  { title: 'Công tác bảo vệ chính trị nội bộ', result: 'Rà soát lý lịch, báo cáo bảo vệ chính trị nội bộ' },
  { title: 'Công tác dân vận và thực hiện quy chế dân chủ ở cơ sở', result: 'Hội nghị cán bộ, công chức tổ chức đúng quy định' },
  { title: 'Chuẩn bị Đại hội chi bộ, Đại hội Đảng bộ nhiệm kỳ mới', result: 'Văn kiện, nhân sự đại hội được chuẩn bị đầy đủ' },
];

export const REPORT_SECTIONS_TEXT: Record<string, readonly string[]> = {
  ket_qua: [
    'Chi bộ duy trì sinh hoạt định kỳ đúng quy định; lãnh đạo đơn vị hoàn thành tốt nhiệm vụ chuyên môn phục vụ Quốc hội.',
    'Chi bộ đã triển khai đầy đủ các văn bản của Đảng ủy; đảng viên gương mẫu thực hiện nhiệm vụ được giao.',
    'Hoàn thành các nhiệm vụ trọng tâm trong chương trình công tác; một số nhiệm vụ lùi thời hạn do trùng lịch kỳ họp.',
  ],
  tu_tuong: [
    'Tư tưởng cán bộ, đảng viên ổn định, tin tưởng vào sự lãnh đạo của Đảng.',
    'Đảng viên quan tâm đến việc sắp xếp tổ chức bộ máy, tư tưởng nhìn chung ổn định.',
  ],
  phuong_huong: [
    'Tiếp tục thực hiện chương trình công tác; chuẩn bị nội dung sinh hoạt chuyên đề.',
    'Tập trung hoàn thành các nhiệm vụ còn tồn đọng; chuẩn bị sơ kết, tổng kết.',
  ],
  kien_nghi: ['Đề nghị Đảng ủy sớm ban hành hướng dẫn đánh giá, xếp loại năm nay.', '', ''],
};
