import { z } from 'zod';

/** What every import's API shares: the file's types and JSON body, a row's error, and the columns of a file. */

export interface ImportColumn<K extends string = string> {
  key: K;
  /** The header printed in the template (Vietnamese). */
  header: string;
  en: string;
  required: boolean;
  note: string;
}

export type CellValue = string | number | Date | null;
export interface RawRow<K extends string = string> {
  /** The row number as Excel shows it (the header is row 1). */
  row: number;
  values: Record<K, CellValue>;
}

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The file, when sent as JSON rather than as the raw body. */
export const fileBody = z.strictObject({ fileBase64: z.string().min(1).max(40_000_000) });

export const rowError = z.object({
  row: z.number(),
  column: z.string().nullable(),
  columnLabel: z.string().nullable(),
  message: z.string(),
});

