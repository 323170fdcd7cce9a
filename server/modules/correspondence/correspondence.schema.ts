import { z } from 'zod';
import { SECRECY_LEVELS, URGENCIES } from '../../../common/enums.ts';
import { version } from '../../http/fields.ts';
import { isoDay } from '../../lib/dates.ts';

/** The contract of the registers: incoming documents (sổ văn bản đến) and the outgoing register (sổ văn bản đi). */

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().default(null);
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');

export const INCOMING_STATES = ['registered', 'directed', 'done'] as const;
export const FOLLOW_UP = ['due', 'overdue', 'done'] as const;

export const registerIncomingBody = z.strictObject({
  organizationId: z.uuid(),
  receivedOn: isoDay,
  /** Cơ quan ban hành. */
  sender: text(500),
  /** Số, ký hiệu as the sender printed it (15/QĐ-VPQH, 45-CT/TW, 100000/TH); null for a document without one. */
  symbol: z.string().trim().normalize('NFC').min(1).max(100).nullable().default(null),
  documentDate: isoDay,
  typeName: optionalText(100),
  summary: text(2000),
  urgency: z.enum(URGENCIES).default('thuong'),
  secrecy: z.enum(SECRECY_LEVELS).default('none'),
  fileId: z.uuid().nullable().default(null),
  note: optionalText(2000),
  /** Register although a document with the same symbol from the same sender is already registered. */
  confirmDuplicate: z.boolean().default(false),
});
export type RegisterIncoming = z.infer<typeof registerIncomingBody>;

/** Corrections of a registered entry by the clerk (the arrival number and date received stay). */
export const updateIncomingBody = z.strictObject({
  version,
  sender: text(500).optional(),
  symbol: z.string().trim().normalize('NFC').min(1).max(100).nullable().optional(),
  documentDate: isoDay.optional(),
  typeName: z.string().trim().max(100).nullable().optional(),
  summary: text(2000).optional(),
  urgency: z.enum(URGENCIES).optional(),
  secrecy: z.enum(SECRECY_LEVELS).optional(),
  fileId: z.uuid().nullable().optional(),
  note: z.string().trim().max(2000).nullable().optional(),
});
export type UpdateIncoming = z.infer<typeof updateIncomingBody>;

export const directBody = z.strictObject({
  version,
  leadOrganizationId: z.uuid().nullable().default(null),
  leadPersonId: z.uuid().nullable().default(null),
  coOrganizationIds: z.array(z.uuid()).max(50).default([]),
  deadline: isoDay.nullable().default(null),
  note: optionalText(2000),
});
export type DirectInput = z.infer<typeof directBody>;

export const progressBody = z.strictObject({ note: text(2000), onDay: isoDay.optional() });
export const replyBody = z.strictObject({ version, documentId: z.uuid() });
export const doneBody = z.strictObject({ version, note: optionalText(2000), doneOn: isoDay.optional() });

/**
 * A book (sổ) is one organization's register of one year: organizationId and year (or a month of it).
 * Without organizationId the list is the combined view of every book in scope, whose rows name their book.
 */
export const listIncomingQuery = z.strictObject({
  organizationId: z.uuid().optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  month: month.optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
  /** The lead unit the leader directed it to. */
  unitId: z.uuid().optional(),
  state: z.enum(INCOMING_STATES).optional(),
  urgency: z.enum(URGENCIES).optional(),
  followUp: z.enum(FOLLOW_UP).optional(),
  q: z.string().trim().max(200).optional(),
});
export type IncomingFilters = z.infer<typeof listIncomingQuery>;

/** The issuing bodies already in the register, for the sender field (autocomplete). */
export const sendersQuery = z.strictObject({
  /** Words of the name, diacritics ignored; omitted: the most frequent bodies. */
  q: z.string().trim().max(200).optional(),
  organizationId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export type SendersQuery = z.infer<typeof sendersQuery>;

export const sender = z.object({ name: z.string(), count: z.number(), lastReceivedOn: z.string() });
export type Sender = z.infer<typeof sender>;

export const incomingEntry = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  /** The book's organization: the column of the combined view. */
  organizationName: z.string(),
  year: z.number(),
  arrivalNumber: z.number(),
  receivedOn: z.string(),
  sender: z.string(),
  symbol: z.string().nullable(),
  documentDate: z.string(),
  typeName: z.string().nullable(),
  summary: z.string(),
  urgency: z.enum(URGENCIES),
  secrecy: z.enum(SECRECY_LEVELS),
  fileId: z.uuid().nullable(),
  state: z.enum(INCOMING_STATES),
  leadOrganizationId: z.uuid().nullable(),
  leadOrganizationName: z.string().nullable(),
  leadPersonId: z.uuid().nullable(),
  leadPersonName: z.string().nullable(),
  coOrganizationIds: z.array(z.uuid()),
  deadline: z.string().nullable(),
  directedOn: z.string().nullable(),
  directionNote: z.string().nullable(),
  replyDocumentId: z.uuid().nullable(),
  replySymbol: z.string().nullable(),
  doneOn: z.string().nullable(),
  note: z.string().nullable(),
  version: z.number(),
});
export type IncomingEntry = z.infer<typeof incomingEntry>;

export const incomingDetail = incomingEntry.extend({
  progress: z.array(z.object({ id: z.uuid(), onDay: z.string(), note: z.string(), by: z.string().nullable(), createdAt: z.string() })),
});

/** A check that does not refuse: the entry is saved as typed and the clerk is told what to look at. */
export const warning = z.object({ code: z.string(), message: z.string() });
/** A registration or correction, with its warnings (an unusual symbol recorded as the sender wrote it). */
export const incomingSaved = incomingDetail.extend({ warnings: z.array(warning) });

/** One book of the incoming register: an organization's arrival numbers of a year. */
export const incomingBook = z.object({ organizationId: z.uuid(), organizationName: z.string(), year: z.number(), lastNumber: z.number() });
export type IncomingBook = z.infer<typeof incomingBook>;

export const followUpSummary = z.object({ due: z.number(), overdue: z.number(), done: z.number() });

export const listOutgoingQuery = z.strictObject({
  organizationId: z.uuid().optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  month: month.optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
  q: z.string().trim().max(200).optional(),
});
export type OutgoingFilters = z.infer<typeof listOutgoingQuery>;

export const outgoingEntry = z.object({
  id: z.uuid(),
  documentId: z.uuid(),
  organizationId: z.uuid(),
  issuedOn: z.string(),
  symbol: z.string(),
  number: z.number().nullable(),
  typeName: z.string(),
  summary: z.string(),
  signerName: z.string().nullable(),
  recipients: z.string(),
  fileCopyHolder: z.string().nullable(),
  copies: z.number(),
  sentOn: z.string().nullable(),
  note: z.string().nullable(),
  secrecy: z.enum(SECRECY_LEVELS),
  urgency: z.enum(URGENCIES),
  version: z.number(),
});
export type OutgoingEntry = z.infer<typeof outgoingEntry>;

export const updateOutgoingBody = z.strictObject({
  version,
  recipients: z.string().trim().max(5000).optional(),
  fileCopyHolder: z.string().trim().max(300).nullable().optional(),
  copies: z.number().int().min(0).max(100_000).optional(),
  sentOn: isoDay.nullable().optional(),
  note: z.string().trim().max(2000).nullable().optional(),
});
export type UpdateOutgoing = z.infer<typeof updateOutgoingBody>;

/** A month 'YYYY-MM' as its first and last day. */
export function monthRange(m: string): { from: string; to: string } {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return { from: `${m}-01`, to: `${m}-${String(last).padStart(2, '0')}` };
}

export const statisticsQuery = z.strictObject({ organizationId: z.uuid().optional(), year: z.coerce.number().int().min(1900).max(2200) });

export const monthStatistics = z.object({
  month: z.string(),
  incoming: z.number(),
  incomingHandled: z.number(),
  incomingHandledLate: z.number(),
  /** Not handled at the end of the month and past their deadline. */
  incomingOverdue: z.number(),
  outgoing: z.number(),
  letters: z.number(),
  lettersAnswered: z.number(),
  lettersAnsweredLate: z.number(),
});
export type MonthStatistics = z.infer<typeof monthStatistics>;
