import { z } from 'zod';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The file, when sent as JSON rather than as the raw .xlsx body. */
export const fileBody = z.strictObject({ fileBase64: z.string().min(1).max(40_000_000) });

export const rowError = z.object({
  row: z.number(),
  column: z.string().nullable(),
  columnLabel: z.string().nullable(),
  message: z.string(),
});

export const dryRunResult = z.object({
  total: z.number(),
  valid: z.number(),
  errors: z.array(rowError),
  byCell: z.array(z.object({ cellId: z.uuid(), count: z.number() })),
});
export type DryRunResult = z.infer<typeof dryRunResult>;

export const importJob = z.object({
  id: z.uuid(),
  status: z.enum(['running', 'succeeded', 'failed']),
  total: z.number(),
  processed: z.number(),
  errors: z.array(rowError),
  summary: z.object({ imported: z.number(), byStatus: z.record(z.string(), z.number()) }).nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  /** Why it failed when no row was at fault: the server stopped while it ran (its reason is also the first error). */
  failure: z.enum(['server_stopped']).nullable(),
});
export type ImportJob = z.infer<typeof importJob>;
