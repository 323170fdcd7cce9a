import ExcelJS from 'exceljs';
import { MEMBER_STATUSES } from '../../../common/enums.ts';
import { COLUMNS, statusLabel } from './member-import.columns.ts';

/**
 * The import template: a sheet to fill (headers on row 1, one member per row from row 2; no example
 * row there, since a forgotten one would be imported) and a sheet that documents every column and the accepted statuses.
 */
export async function templateWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Công tác';
  const ws = wb.addWorksheet('Đảng viên');
  ws.addRow(COLUMNS.map((c) => c.header)).font = { bold: true };
  COLUMNS.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = Math.max(12, c.header.length + 4);
    col.numFmt = '@'; // text: Excel must not turn 001085012345 into a number or 15/03/1985 into a US date
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];

  const doc = wb.addWorksheet('Hướng dẫn');
  doc.addRow(['Cột', 'Bắt buộc', 'Ghi chú']).font = { bold: true };
  for (const c of COLUMNS) doc.addRow([c.header, c.required ? 'Có' : '', c.note]);
  doc.addRow([]);
  doc.addRow(['Trạng thái', 'Mã', '']).font = { bold: true };
  for (const s of MEMBER_STATUSES) doc.addRow([statusLabel(s), s, '']);
  doc.addRow([]);
  doc.addRow(['Ngày: dd/mm/yyyy. Ngày quyết định kết nạp ≤ ngày kết nạp (lễ) ≤ ngày công nhận chính thức.']);
  doc.addRow(['Chi bộ: mã hoặc tên đúng như trong hệ thống, thuộc phạm vi của người nhập.']);
  doc.addRow(['Nhập tất cả hoặc không nhập dòng nào: chỉ cần một dòng lỗi là cả tệp không được nhập.']);
  doc.getColumn(1).width = 32;
  doc.getColumn(2).width = 24;
  doc.getColumn(3).width = 40;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
