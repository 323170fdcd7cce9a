import { z } from 'zod';
import { isoDay } from '../../lib/dates.ts';
import { LETTER_KINDS } from '../../../common/enums.ts';
import { version } from '../../http/fields.ts';

/** Citizens' letters and petitions (đơn thư): complaints, denunciations, recommendations, reflections. */

export { LETTER_KINDS };
export const LETTER_STATES = ['received', 'in_progress', 'answered'] as const;
export const HANDLERS = ['office', 'inspection_committee'] as const;

export const createLetterBody = z.strictObject({
  organizationId: z.uuid(),
  receivedOn: isoDay,
  senderName: z.string().trim().min(1).max(300),
  senderAddress: z.string().trim().max(500).nullable().default(null),
  kind: z.enum(LETTER_KINDS),
  summary: z.string().trim().min(1).max(5000),
  /** About a party member: the letter goes to the inspection committee. */
  concernsMember: z.boolean().default(false),
  concernedPersonId: z.uuid().nullable().default(null),
  fileId: z.uuid().nullable().default(null),
});
export type CreateLetter = z.infer<typeof createLetterBody>;

export const stepBody = z.strictObject({ note: z.string().trim().min(1).max(5000), onDay: isoDay.optional() });
export const answerLetterBody = z.strictObject({ version, answer: z.string().trim().min(1).max(20_000), answeredOn: isoDay.optional() });

export const listLettersQuery = z.strictObject({
  organizationId: z.uuid().optional(),
  kind: z.enum(LETTER_KINDS).optional(),
  handler: z.enum(HANDLERS).optional(),
  state: z.enum(LETTER_STATES).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
  q: z.string().trim().max(200).optional(),
});
export type LetterFilters = z.infer<typeof listLettersQuery>;

export const letter = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  year: z.number(),
  arrivalNumber: z.number(),
  receivedOn: z.string(),
  senderName: z.string(),
  senderAddress: z.string().nullable(),
  kind: z.enum(LETTER_KINDS),
  summary: z.string(),
  concernsMember: z.boolean(),
  concernedPersonId: z.uuid().nullable(),
  concernedPersonName: z.string().nullable(),
  handler: z.enum(HANDLERS),
  deadline: z.string(),
  state: z.enum(LETTER_STATES),
  answer: z.string().nullable(),
  answeredOn: z.string().nullable(),
  fileId: z.uuid().nullable(),
  version: z.number(),
});
export type Letter = z.infer<typeof letter>;

export const letterDetail = letter.extend({
  steps: z.array(z.object({ id: z.uuid(), onDay: z.string(), note: z.string(), by: z.string().nullable() })),
});

export const letterKind = z.object({
  kind: z.enum(LETTER_KINDS),
  name: z.string(),
  deadlineDays: z.number(),
  certainty: z.string(),
  note: z.string().nullable(),
  legalBasis: z.string().nullable(),
});
