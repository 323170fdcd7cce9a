import { z } from 'zod';

/** What every import's API shares: the file's types and JSON body, and a row's error. */

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The file, when sent as JSON rather than as the raw body. */
export const fileBody = z.strictObject({ fileBase64: z.string().min(1).max(40_000_000) });

export const rowError = z.object({
  row: z.number(),
  column: z.string().nullable(),
  columnLabel: z.string().nullable(),
  message: z.string(),
});

