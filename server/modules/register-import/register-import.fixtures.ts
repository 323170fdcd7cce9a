import ExcelJS from 'exceljs';
import { csvLine } from '../imports/index.ts';
import { COLUMNS_OF, type RegisterKind } from './register-import.columns.ts';

/**
 * Register files of one month as an office receives and sends them (fictional), for tests, the browser
 * journey and the bench: rows spread over every day of the month, so that a calendar month and a
 * 15th-to-14th window count different rows.
 */

export type FileRow = Record<string, string | number | null>;
export const AUGUST_2023 = { incoming: 30_087, outgoing: 2_232, letters: 1_357 } as const;

const SENDERS = ['Ban Tổ chức Trung ương', 'Ban Tuyên giáo Trung ương', 'Văn phòng Trung ương Đảng', 'Ủy ban Kiểm tra Trung ương', 'Đảng ủy Khối', 'Tỉnh ủy Bình Định', 'Sở Nội vụ', 'Bộ Tài chính'];
const OUT_TYPES = [['Báo cáo', 'BC'], ['Công văn', 'CV'], ['Thông báo', 'TB'], ['Kế hoạch', 'KH']] as const;
const LETTER_KINDS = ['Khiếu nại', 'Tố cáo', 'Kiến nghị', 'Phản ánh'] as const;
const pad = (n: number) => String(n).padStart(2, '0');

/** The day of row i in the month (1..days), as dd/mm/yyyy, and its day number. */
function dayOf(i: number, year: number, month: number) {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const d = 1 + (i % days);
  return { d, text: `${pad(d)}/${pad(month)}/${year}` };
}

export function monthRows(kind: RegisterKind, count: number, year = 2023, month = 8, tag = ''): FileRow[] {
  return Array.from({ length: count }, (_, i): FileRow => {
    const { d, text } = dayOf(i, year, month);
    if (kind === 'incoming') {
      const earlier = dayOf(Math.max(0, d - 3), year, month).text;
      return { receivedOn: text, sender: SENDERS[i % SENDERS.length] ?? '', symbol: `${i + 1}${tag}-CV/${year}`, documentDate: earlier, typeName: 'Công văn', summary: `Về việc triển khai nhiệm vụ công tác số ${i + 1}` };
    }
    if (kind === 'outgoing') {
      const [typeName, abbr] = OUT_TYPES[i % OUT_TYPES.length] ?? OUT_TYPES[0];
      return { number: i + 1, symbol: `${i + 1}-${abbr}/ĐU${tag}`, issuedOn: text, typeName, summary: `${typeName} về công tác tháng ${month}/${year} (${i + 1})`, signerName: 'Nguyễn Văn An', recipients: 'Ban Thường vụ Tỉnh ủy; Lưu VP' };
    }
    return { receivedOn: text, senderName: `Công dân ${i + 1}`, senderAddress: 'Quy Nhơn, Bình Định', kind: LETTER_KINDS[i % LETTER_KINDS.length] ?? 'Kiến nghị', summary: `Đơn ${i + 1} về việc giải quyết chế độ`, concernsMember: 'Không' };
  });
}

/** How many rows of `monthRows` fall on or before the `day`th of the month. */
export function rowsUpTo(count: number, day: number, year = 2023, month = 8): number {
  return Array.from({ length: count }, (_, i) => dayOf(i, year, month).d).filter((d) => d <= day).length;
}

export function toCsv(kind: RegisterKind, rows: readonly FileRow[]): Buffer {
  const columns = COLUMNS_OF[kind];
  const lines = [csvLine(columns.map((c) => c.header)), ...rows.map((r) => csvLine(columns.map((c) => r[c.key] ?? null)))];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function toXlsx(kind: RegisterKind, rows: readonly FileRow[]): Promise<Buffer> {
  const columns = COLUMNS_OF[kind];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sổ');
  ws.addRow(columns.map((c) => c.header));
  for (const r of rows) ws.addRow(columns.map((c) => r[c.key] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
