import { z } from 'zod';
import { NOTIFICATION_KINDS } from '../../db/schema.jobs.ts';
import { pageQuery } from '../../http/paging.ts';

export const notification = z.object({
  id: z.uuid(),
  kind: z.enum(NOTIFICATION_KINDS),
  /** Within the kind: a member reminder's kind ('probation_review'); null otherwise. */
  topic: z.string().nullable(),
  title: z.string(),
  body: z.string().nullable(),
  /** Path in the web app: '/tasks/<id>', '/reports/periods/<id>', '/meetings/<id>', '/members/<id>'. */
  link: z.string().nullable(),
  dueOn: z.string().nullable(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Notification = z.infer<typeof notification>;

export const listQuery = z.strictObject({
  ...pageQuery,
  /** true: unread only. */
  unread: z.enum(['true', 'false']).optional(),
});
export type ListQuery = z.infer<typeof listQuery>;

export const readAllResult = z.object({ updated: z.number().int() });
