import ExcelJS from 'exceljs';
import { foldVietnamese } from '../../../common/vietnamese.ts';
import { AppError } from '../../http/errors.ts';
import { parseCsv } from './imports.csv.ts';
import type { CellValue, ImportColumn, RawRow } from './imports.schema.ts';

/**
 * Reading an import file, Excel (.xlsx) or CSV, told apart by content: headers on the first row, matched by
 * their Vietnamese or English name in any order; one record per row below. Shared by every import.
 */

export type { CellValue, ImportColumn, RawRow } from './imports.schema.ts';
export interface ReadResult<K extends string> {
  rows: RawRow<K>[];
  /** Required columns the header row lacks. */
  missing: K[];
}

/** exceljs gives rich text, hyperlinks and formulas as objects: keep what a reader sees. */
function plain(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number' || v instanceof Date) return v;
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'object' && 'richText' in v) return plain(v.richText.map((p) => p.text).join(''));
  if (typeof v === 'object' && 'text' in v) return plain(String(v.text));
  if (typeof v === 'object' && 'result' in v) return plain((v.result ?? null) as ExcelJS.CellValue);
  return null;
}

/** An .xlsx file is a zip archive: it starts with "PK\x03\x04". */
export const isXlsx = (file: Buffer) => file.length >= 4 && file.readUInt32LE(0) === 0x04034b50;

async function xlsxGrid(file: Buffer, maxRows: number): Promise<CellValue[][]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new AppError(422, 'import.file_unreadable');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new AppError(422, 'import.file_unreadable');
  if (ws.rowCount - 1 > maxRows) throw new AppError(422, 'import.too_many_rows', { max: maxRows });
  const grid: CellValue[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const cells: CellValue[] = [];
    ws.getRow(r).eachCell({ includeEmpty: false }, (cell, col) => { cells[col - 1] = plain(cell.value); });
    grid.push(Array.from(cells, (c) => c ?? null));
  }
  return grid;
}

function csvGrid(file: Buffer, maxRows: number): CellValue[][] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    throw new AppError(422, 'import.csv_unreadable');
  }
  const grid = parseCsv(text).map((cells) => cells.map((c) => (c.trim() === '' ? null : c.trim().normalize('NFC'))));
  if (grid.length - 1 > maxRows) throw new AppError(422, 'import.too_many_rows', { max: maxRows });
  return grid;
}

/** Reads the first sheet of an .xlsx file, or a CSV file (UTF-8; comma, semicolon or tab separated). */
export async function readSheet<K extends string>(file: Buffer, columns: readonly ImportColumn<K>[], maxRows: number): Promise<ReadResult<K>> {
  const grid = isXlsx(file) ? await xlsxGrid(file, maxRows) : csvGrid(file, maxRows);
  const headerKey = new Map(columns.flatMap((c) => [[foldVietnamese(c.header), c.key] as const, [foldVietnamese(c.en), c.key] as const]));
  const columnOf = new Map<K, number>();
  (grid[0] ?? []).forEach((cell, col) => {
    const key = headerKey.get(foldVietnamese(String(cell ?? '')).trim());
    if (key && !columnOf.has(key)) columnOf.set(key, col);
  });
  const rows: RawRow<K>[] = [];
  for (let r = 1; r < grid.length; r++) {
    const line = grid[r] ?? [];
    const values = Object.fromEntries(columns.map((c) => {
      const col = columnOf.get(c.key);
      return [c.key, col === undefined ? null : (line[col] ?? null)];
    })) as Record<K, CellValue>;
    if (Object.values(values).every((v) => v === null)) continue;
    rows.push({ row: r + 1, values });
  }
  if (rows.length === 0) throw new AppError(422, 'import.empty');
  return { rows, missing: columns.filter((c) => c.required && !columnOf.has(c.key)).map((c) => c.key) };
}
