import { z } from 'zod';
import { rowError } from '../imports/imports.schema.ts';

export { XLSX, fileBody, rowError } from '../imports/imports.schema.ts';

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
