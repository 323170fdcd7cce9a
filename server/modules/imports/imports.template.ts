import ExcelJS from 'exceljs';
import type { ImportColumn } from './imports.sheet.ts';

export interface TemplateSpec {
  /** The sheet to fill. */
  sheet: string;
  columns: readonly ImportColumn[];
  /** Tables of accepted values (a title row of two headers, then [label, code] rows), after the columns. */
  lists?: ReadonlyArray<{ title: [string, string]; rows: ReadonlyArray<[string, string]> }>;
  /** Lines at the end of the guide. */
  notes: readonly string[];
}

/**
 * An import template: a sheet to fill (headers on row 1, one record per row from row 2; no example row
 * there, since a forgotten one would be imported) and a sheet that documents every column and the accepted values.
 */
export async function templateWorkbook(spec: TemplateSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Công tác';
  const ws = wb.addWorksheet(spec.sheet);
  ws.addRow(spec.columns.map((c) => c.header)).font = { bold: true };
  spec.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = Math.max(12, c.header.length + 4);
    col.numFmt = '@'; // text: Excel must not turn 001085012345 into a number or 15/03/1985 into a US date
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];

  const doc = wb.addWorksheet('Hướng dẫn');
  doc.addRow(['Cột', 'Bắt buộc', 'Ghi chú']).font = { bold: true };
  for (const c of spec.columns) doc.addRow([c.header, c.required ? 'Có' : '', c.note]);
  for (const list of spec.lists ?? []) {
    doc.addRow([]);
    doc.addRow([...list.title, '']).font = { bold: true };
    for (const [label, code] of list.rows) doc.addRow([label, code, '']);
  }
  doc.addRow([]);
  for (const line of spec.notes) doc.addRow([line]);
  doc.getColumn(1).width = 32;
  doc.getColumn(2).width = 24;
  doc.getColumn(3).width = 40;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
