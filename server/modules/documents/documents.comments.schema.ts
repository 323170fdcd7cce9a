import { z } from 'zod';
import { isoDay } from '../../lib/dates.ts';
import { version } from '../../http/fields.ts';

/** Comment rounds on a draft (lấy ý kiến) and the table of how each comment was handled (tiếp thu, giải trình). */

export const HANDLINGS = ['accepted', 'partly_accepted', 'explained'] as const;
export type Handling = (typeof HANDLINGS)[number];

export const createRoundBody = z.strictObject({
  title: z.string().trim().min(1).max(500),
  deadline: isoDay,
  /** The version the comments are on; omitted: the latest. */
  versionNo: z.number().int().min(1).optional(),
  /** Who is asked: units or people, as named in the request for comments. */
  recipients: z.array(z.string().trim().min(1).max(300)).min(1).max(200),
});
export type CreateRound = z.infer<typeof createRoundBody>;

export const commentBody = z.strictObject({
  /** Who commented: a unit or a person, as written on the reply. */
  author: z.string().trim().min(1).max(300),
  /** Paragraph number of the version (1 = first); null: the draft as a whole. */
  paragraph: z.number().int().min(1).nullable().default(null),
  text: z.string().trim().min(1).max(20_000),
});
export type CommentInput = z.infer<typeof commentBody>;

export const answerBody = z.strictObject({
  version,
  handling: z.enum(HANDLINGS),
  answer: z.string().trim().min(1).max(20_000),
});
export type AnswerInput = z.infer<typeof answerBody>;

export const comment = z.object({
  id: z.uuid(),
  author: z.string(),
  paragraph: z.number().nullable(),
  /** The paragraph's text in the version commented on; null for a comment on the whole. */
  paragraphText: z.string().nullable(),
  text: z.string(),
  handling: z.enum(HANDLINGS).nullable(),
  answer: z.string().nullable(),
  createdAt: z.string(),
  version: z.number(),
});
export type Comment = z.infer<typeof comment>;

export const round = z.object({
  id: z.uuid(),
  documentId: z.uuid(),
  documentSummary: z.string(),
  versionNo: z.number(),
  title: z.string(),
  deadline: z.string(),
  recipients: z.array(z.string()),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  counts: z.object({ total: z.number(), answered: z.number(), accepted: z.number(), partlyAccepted: z.number(), explained: z.number() }),
  comments: z.array(comment),
});
export type Round = z.infer<typeof round>;
