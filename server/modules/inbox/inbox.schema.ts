import { z } from 'zod';

/** Sections of the inbox, in the order the web app shows them. */
export const INBOX_SECTIONS = [
  'tasks',
  'reports',
  'meetings',
  'member_deadlines',
  'documents_to_sign',
  'incoming_to_handle',
  'comments_to_give',
] as const;
export type InboxSectionKey = (typeof INBOX_SECTIONS)[number];

export const inboxItem = z.object({
  id: z.uuid(),
  /** Within the section: the task's status, the submission's state ('missing', 'draft', 'returned'), the meeting's kind, the member reminder's kind. */
  kind: z.string().nullable(),
  title: z.string(),
  /** The organization, cell, place and time, or sender. */
  subtitle: z.string().nullable(),
  dueOn: z.string().nullable(),
  /** Path in the web app: '/tasks/<id>', '/reports/periods/<id>', '/meetings/<id>', '/members/<id>', '/documents/<id>', '/incoming/<id>'. */
  link: z.string(),
  overdue: z.boolean(),
});
export type InboxItem = z.infer<typeof inboxItem>;

export const inboxSection = z.object({
  key: z.enum(INBOX_SECTIONS),
  /** All the section's items; `items` holds the first few, most urgent first. */
  count: z.number().int(),
  /** True when any of them (not only the first few) is overdue. */
  overdue: z.boolean(),
  items: z.array(inboxItem),
});
export type InboxSection = z.infer<typeof inboxSection>;

export const inbox = z.object({
  /** Today in Vietnam. */
  day: z.string(),
  sections: z.array(inboxSection),
});

export const inboxQuery = z.strictObject({
  /** How many items each section lists (its count covers all). */
  limit: z.coerce.number().int().min(1).max(50).default(5),
});
