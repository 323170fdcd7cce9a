import ExcelJS from 'exceljs';
import { foldVietnamese } from '../../../common/vietnamese.ts';
import { AppError } from '../../http/errors.ts';
import { COLUMNS, type ColumnKey } from './member-import.columns.ts';

export const MAX_ROWS = 20_000;

export type CellValue = string | number | Date | null;

export interface RawRow {
  /** The row number as Excel shows it. */
  row: number;
  values: Record<ColumnKey, CellValue>;
}

const headerKey = new Map(COLUMNS.flatMap((c) => [[foldVietnamese(c.header), c.key] as const, [foldVietnamese(c.en), c.key] as const]));

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

export interface ReadResult {
  rows: RawRow[];
  /** Required columns the header row lacks. */
  missing: ColumnKey[];
}

/** Reads the first sheet: headers on row 1 (matched by name, in any order), members below. */
export async function readRows(file: Buffer): Promise<ReadResult> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new AppError(422, 'import.file_unreadable');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new AppError(422, 'import.file_unreadable');
  const columnOf = new Map<ColumnKey, number>();
  ws.getRow(1).eachCell((cell, col) => {
    const key = headerKey.get(foldVietnamese(String(plain(cell.value) ?? '')).trim());
    if (key && !columnOf.has(key)) columnOf.set(key, col);
  });
  if (ws.rowCount - 1 > MAX_ROWS) throw new AppError(422, 'import.too_many_rows', { max: MAX_ROWS });
  const rows: RawRow[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const values = Object.fromEntries(COLUMNS.map((c) => {
      const col = columnOf.get(c.key);
      return [c.key, col ? plain(row.getCell(col).value) : null];
    })) as Record<ColumnKey, CellValue>;
    if (Object.values(values).every((v) => v === null)) continue;
    rows.push({ row: r, values });
  }
  if (rows.length === 0) throw new AppError(422, 'import.empty');
  return { rows, missing: COLUMNS.filter((c) => c.required && !columnOf.has(c.key)).map((c) => c.key) };
}
