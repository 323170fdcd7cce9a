import type { Catalog, CodesOf } from '../../http/messages.ts';

/** Problem codes of report schedules, periods and submissions. */
export const reportsMessages = {
  'report.template_keys_repeated': { vi: 'Mỗi chỉ tiêu và mỗi phần trong mẫu báo cáo cần một mã riêng.', en: 'Each figure and section of the template needs its own key.' },
  'report.reporter_outside': {
    vi: 'Đơn vị báo cáo phải là đơn vị trực thuộc nơi nhận báo cáo.',
    en: 'Reporting organizations must lie under the recipient.',
  },
  'report.period_kind_mismatch': {
    vi: 'Kỳ báo cáo không phù hợp với loại báo cáo (tháng 1-12, quý 1-4; báo cáo chuyên đề, đột xuất ghi rõ khoảng thời gian).',
    en: 'The period does not fit the kind of report (month 1-12, quarter 1-4; thematic and ad hoc reports give their dates).',
  },
  'report.period_dates': { vi: 'Ngày kết thúc kỳ số liệu phải sau ngày bắt đầu.', en: 'The data period must end after it starts.' },
  'report.period_exists': { vi: 'Kỳ báo cáo {label} đã được mở.', en: 'The period {label} is already open.' },
  'report.not_a_reporter': {
    vi: 'Đơn vị này không thuộc danh sách đơn vị báo cáo của chế độ báo cáo.',
    en: 'This organization is not among the schedule\'s reporting organizations.',
  },
  'report.period_not_open': { vi: 'Kỳ báo cáo đã đóng.', en: 'The reporting period is closed.' },
  'report.figure_unknown': { vi: 'Chỉ tiêu "{key}" không có trong mẫu báo cáo.', en: 'The figure "{key}" is not in the template.' },
  'report.figure_invalid': {
    vi: 'Chỉ tiêu "{label}" phải là {type}.',
    en: 'The figure "{label}" must be of type {type}.',
  },
  'report.section_unknown': { vi: 'Phần "{key}" không có trong mẫu báo cáo.', en: 'The section "{key}" is not in the template.' },
  'report.already_submitted': { vi: 'Báo cáo đã được gửi; chỉ sửa được khi bị trả lại.', en: 'The report was sent; it can change only if returned.' },
  'report.not_submitted': { vi: 'Chỉ xử lý được báo cáo đã gửi.', en: 'Only a sent report can be reviewed.' },
  'report.reason_required': { vi: 'Trả lại báo cáo cần ghi rõ lý do.', en: 'Returning a report needs a reason.' },
  'report.not_the_recipient': { vi: 'Báo cáo tổng hợp do nơi nhận báo cáo lập.', en: 'The consolidated report is made by the recipient.' },
  'report.consolidated_final': { vi: 'Báo cáo tổng hợp đã hoàn thành, không sửa được.', en: 'The consolidated report is final.' },
} as const satisfies Catalog;

declare module '../../http/messages.ts' {
  interface ModuleMessages extends CodesOf<typeof reportsMessages> {}
}
