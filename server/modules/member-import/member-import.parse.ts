import type { RawRow as SheetRow } from '../imports/index.ts';
import type { ColumnKey } from './member-import.columns.ts';

export const MAX_ROWS = 20_000;
export type { CellValue } from '../imports/index.ts';
export type RawRow = SheetRow<ColumnKey>;

