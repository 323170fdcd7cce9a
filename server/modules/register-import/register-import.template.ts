import { templateWorkbook } from '../imports/index.ts';
import { COLUMNS_OF, type RegisterKind, SECRECY_LABELS, URGENCY_LABELS } from './register-import.columns.ts';

const SHEETS: Record<RegisterKind, string> = { incoming: 'Văn bản đến', outgoing: 'Văn bản đi', letters: 'Đơn thư' };
/** The templates' names (http/reply.ts attachment: the Vietnamese words, folded to ASCII for old clients). */
export const FILE_NAMES: Record<RegisterKind, string> = { incoming: 'Mẫu nhập sổ văn bản đến', outgoing: 'Mẫu nhập sổ văn bản đi', letters: 'Mẫu nhập sổ đơn thư' };

/** The template of one register: its columns, the accepted urgencies and secrecy levels, the rules of the import. */
export function registerTemplate(kind: RegisterKind): Promise<Buffer> {
  return templateWorkbook({
    sheet: SHEETS[kind],
    columns: COLUMNS_OF[kind],
    lists: kind === 'letters' ? [] : [
      ...(kind === 'incoming' ? [{ title: ['Độ khẩn', 'Mã'] as [string, string], rows: Object.entries(URGENCY_LABELS).map(([k, v]) => [v, k] as [string, string]) }] : []),
      { title: ['Độ mật', 'Mã'], rows: Object.entries(SECRECY_LABELS).map(([k, v]) => [v, k] as [string, string]) },
    ],
    notes: [
      'Tệp Excel (.xlsx) hoặc CSV (UTF-8), dòng 1 là tiêu đề cột. Ngày: dd/mm/yyyy.',
      ...(kind === 'outgoing' ? ['Văn bản đã ban hành ngoài hệ thống (trước khi dùng hệ thống hoặc trên giấy): được ghi vào sổ văn bản đi và đánh dấu là nhập từ tệp.']
        : ['Số đến: để trống thì hệ thống cấp tiếp theo số cuối của sổ; nếu ghi thì không được trùng số đã có trong sổ.']),
      'Nhập tất cả hoặc không nhập dòng nào: chỉ cần một dòng lỗi là cả tệp không được nhập.',
    ],
  });
}
