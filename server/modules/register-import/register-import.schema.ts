import { z } from 'zod';
import { importJob, rowError } from '../member-import/member-import.schema.ts';
import { REGISTER_KINDS } from './register-import.columns.ts';

export const CSV = 'text/csv';
export const kindParams = z.strictObject({ kind: z.enum(REGISTER_KINDS) });
/** The book: the organization whose register the file goes to. */
export const bookQuery = z.strictObject({ organizationId: z.uuid() });

export const registerDryRun = z.object({
  kind: z.enum(REGISTER_KINDS),
  total: z.number(),
  valid: z.number(),
  errors: z.array(rowError),
});
export type RegisterDryRun = z.infer<typeof registerDryRun>;

export const registerJob = importJob.extend({
  kind: z.enum(REGISTER_KINDS),
  summary: z.object({
    kind: z.enum(REGISTER_KINDS),
    organizationId: z.uuid(),
    imported: z.number(),
    /** Per year: the arrival numbers given (incoming, letters) or the count (outgoing). */
    byYear: z.record(z.string(), z.union([z.number(), z.object({ first: z.number(), last: z.number(), count: z.number() })])),
  }).nullable(),
});
export type RegisterJob = z.infer<typeof registerJob>;
