import ExcelJS from 'exceljs';
import type { Grid } from './dues.schema.ts';

const MONEY = '#,##0';
const MONTH_COLUMNS = 12;

/**
 * The yearly dues statement of a cell (sổ thu nộp đảng phí): one row per member with what the cell
 * recorded each month and the row's total, then the column totals, the share sent upward and the
 * share kept. Values, not formulas, so any reader sees the same numbers the database holds.
 */
export async function statementWorkbook(g: Grid, labels: { vi: boolean }): Promise<Buffer> {
  const t = labels.vi
    ? { title: 'SỔ THU NỘP ĐẢNG PHÍ', year: 'Năm', no: 'STT', name: 'Họ và tên', month: 'T', total: 'Cộng', expected: 'Phải thu', remitted: 'Nộp cấp trên', kept: 'Để lại chi bộ', upTo: 'Đã nộp đến' }
    : { title: 'PARTY DUES STATEMENT', year: 'Year', no: 'No.', name: 'Full name', month: 'M', total: 'Total', expected: 'Expected', remitted: 'Remitted upward', kept: 'Kept by the cell', upTo: 'Paid up to' };
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Công tác';
  const ws = wb.addWorksheet(labels.vi ? 'Đảng phí' : 'Dues');
  ws.addRow([`${t.title} - ${g.cell.name}`]).font = { bold: true, size: 14 };
  ws.addRow([`${t.year} ${g.year}`]);
  const header = ws.addRow([t.no, t.name, ...Array.from({ length: MONTH_COLUMNS }, (_, i) => `${t.month}${i + 1}`), t.total, t.upTo]);
  header.font = { bold: true };
  g.rows.forEach((r, i) => {
    ws.addRow([i + 1, r.fullName, ...r.months.map((m) => m.payment?.amount ?? null), r.totals.paid, r.paidUpTo ?? '']);
  });
  const sums = (pick: (m: Grid['months'][number]) => number) => g.months.map(pick);
  const total = (pick: (m: Grid['months'][number]) => number) => g.months.reduce((s, m) => s + pick(m), 0);
  const footer = [
    [t.total, sums((m) => m.collected), g.totals.collected],
    [t.expected, sums((m) => m.expected), g.totals.expected],
    [`${t.remitted} (${g.remitShareBasisPoints / 100}%)`, sums((m) => m.remitted), total((m) => m.remitted)],
    [t.kept, sums((m) => m.kept), total((m) => m.kept)],
  ] as const;
  for (const [label, values, sum] of footer) ws.addRow(['', label, ...values, sum]).font = { bold: true };
  ws.getColumn(1).width = 5;
  ws.getColumn(2).width = 30;
  for (let c = 3; c <= 3 + MONTH_COLUMNS; c++) {
    ws.getColumn(c).width = c === 3 + MONTH_COLUMNS ? 13 : 10;
    ws.getColumn(c).numFmt = MONEY;
  }
  ws.getColumn(4 + MONTH_COLUMNS).width = 11;
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: 3 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
