import { MEMBER_STATUSES } from '../../../common/enums.ts';
import { templateWorkbook as workbook } from '../imports/index.ts';
import { COLUMNS, statusLabel } from './member-import.columns.ts';

/** The member import template: the members' sheet and a guide with the accepted statuses. */
export function templateWorkbook(): Promise<Buffer> {
  return workbook({
    sheet: 'Đảng viên',
    columns: COLUMNS,
    lists: [{ title: ['Trạng thái', 'Mã'], rows: MEMBER_STATUSES.map((s) => [statusLabel(s), s]) }],
    notes: [
      'Ngày: dd/mm/yyyy. Ngày quyết định kết nạp ≤ ngày kết nạp (lễ) ≤ ngày công nhận chính thức.',
      'Chi bộ: mã hoặc tên đúng như trong hệ thống, thuộc phạm vi của người nhập.',
      'Nhập tất cả hoặc không nhập dòng nào: chỉ cần một dòng lỗi là cả tệp không được nhập.',
    ],
  });
}
