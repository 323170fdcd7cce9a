import { z } from 'zod';

/** What the API tells about a stored file. */
export const fileInfo = z.object({
  id: z.uuid(),
  name: z.string(),
  size: z.number(),
  /** Judged from the content, not from the name or the declared type. */
  mime: z.string(),
  sha256: z.string(),
  /** Text was extracted for search (PDF, Word, plain text). */
  hasText: z.boolean(),
});
export type FileInfo = z.infer<typeof fileInfo>;

export const uploadQuery = z.strictObject({ organizationId: z.uuid() });
