import type { RawRow as SheetRow } from '../imports/imports.sheet.ts';
import type { ColumnKey } from './member-import.columns.ts';

export const MAX_ROWS = 20_000;
export type { CellValue } from '../imports/imports.sheet.ts';
export type RawRow = SheetRow<ColumnKey>;

