import { type RawRow as SheetRow, readSheet } from '../imports/imports.sheet.ts';
import { COLUMNS, type ColumnKey } from './member-import.columns.ts';

export const MAX_ROWS = 20_000;
export type { CellValue } from '../imports/imports.sheet.ts';
export type RawRow = SheetRow<ColumnKey>;

/** Reads the first sheet (or a CSV file): headers on row 1 (matched by name, in any order), members below. */
export const readRows = (file: Buffer) => readSheet(file, COLUMNS, MAX_ROWS);
