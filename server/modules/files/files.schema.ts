import { z } from 'zod';
import { TEXT_STATUSES } from '../../../common/enums.ts';

export { TEXT_STATUSES, type TextStatus } from '../../../common/enums.ts';

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
  /** What became of the text: extracted, none to extract, or left out (too large, too slow, unreadable). */
  textStatus: z.enum(TEXT_STATUSES),
});
export type FileInfo = z.infer<typeof fileInfo>;

export const uploadQuery = z.strictObject({ organizationId: z.uuid() });
