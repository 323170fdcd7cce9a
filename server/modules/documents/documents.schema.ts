import { z } from 'zod';
import { SECRECY_LEVELS, URGENCIES } from '../../../common/enums.ts';
import { version } from '../../http/fields.ts';
import { isoDay } from '../../lib/dates.ts';
import { AUTHORITIES, REGIMES } from '../../lib/numbering.ts';
import { TEXT_STATUSES } from '../files/files.schema.ts';

/** The contract of documents: inputs are strict (unknown fields refused), outputs are what the UI reads. */

export const DOCUMENT_STATES = ['draft', 'submitted', 'signed', 'issued', 'recalled'] as const;
export type DocumentState = (typeof DOCUMENT_STATES)[number];
export const RELATION_KINDS = ['replaces', 'amends', 'implements'] as const;
/** Circulation notes the clerk stamps; free text is accepted too. */
export const CIRCULATION_NOTES = ['XEM XONG TRẢ LẠI', 'LƯU HÀNH NỘI BỘ'] as const;

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().default(null);
const code = z.string().trim().normalize('NFC').min(1).max(20);

export const relationInput = z.strictObject({ documentId: z.uuid(), kind: z.enum(RELATION_KINDS) });
export type RelationInput = z.infer<typeof relationInput>;

const documentFields = {
  summary: text(2000),
  body: z.string().max(2_000_000).default(''),
  /** Abbreviation of the issuing body (VPQH, ĐU); omitted: the organization's code. */
  issuerCode: code.optional(),
  /** The drafting unit, required for an administrative công văn (TH in 05/VPQH-TH). */
  unitCode: code.nullable().default(null),
  urgency: z.enum(URGENCIES).default('thuong'),
  secrecy: z.enum(SECRECY_LEVELS).default('none'),
  circulation: z.array(text(200)).max(10).default([]),
  recipients: z.array(text(500)).max(500).default([]),
  signerPersonId: z.uuid().nullable().default(null),
  signerName: optionalText(200),
  signerTitle: optionalText(300),
  authority: z.enum(AUTHORITIES).default('none'),
  /** On whose behalf: "ĐẢNG ỦY", "BAN THƯỜNG VỤ", "CHI BỘ"... */
  authorityFor: optionalText(300),
  inReplyToIncomingId: z.uuid().nullable().default(null),
  relations: z.array(relationInput).max(50).default([]),
  fileIds: z.array(z.uuid()).max(50).default([]),
};

export const createDocumentBody = z.strictObject({ organizationId: z.uuid(), typeId: z.uuid(), ...documentFields });
export type CreateDocument = z.infer<typeof createDocumentBody>;

/** A draft's edit: the fields sent replace the current ones; a changed body becomes a new version. */
export const updateDocumentBody = z.strictObject({
  version,
  summary: documentFields.summary.optional(),
  body: z.string().max(2_000_000).optional(),
  versionNote: z.string().trim().max(500).optional(),
  issuerCode: code.optional(),
  unitCode: code.nullable().optional(),
  urgency: z.enum(URGENCIES).optional(),
  secrecy: z.enum(SECRECY_LEVELS).optional(),
  circulation: z.array(text(200)).max(10).optional(),
  recipients: z.array(text(500)).max(500).optional(),
  signerPersonId: z.uuid().nullable().optional(),
  signerName: z.string().trim().max(200).nullable().optional(),
  signerTitle: z.string().trim().max(300).nullable().optional(),
  authority: z.enum(AUTHORITIES).optional(),
  authorityFor: z.string().trim().max(300).nullable().optional(),
  inReplyToIncomingId: z.uuid().nullable().optional(),
  relations: z.array(relationInput).max(50).optional(),
  fileIds: z.array(z.uuid()).max(50).optional(),
});
export type UpdateDocument = z.infer<typeof updateDocumentBody>;

export const TRANSITIONS = ['submit', 'return', 'sign', 'recall', 'correct'] as const;
export type Transition = (typeof TRANSITIONS)[number];
export const transitionBody = z.strictObject({
  version,
  action: z.enum(TRANSITIONS),
  /** The reason of a return, recall or correction (required for those). */
  note: z.string().trim().max(2000).optional(),
  /** The day of signing; default today. */
  on: isoDay.optional(),
  /** Submit although an open comment round has unanswered comments (the user confirmed the warning). */
  acknowledgeComments: z.boolean().optional(),
});
export type TransitionInput = z.infer<typeof transitionBody>;

export const issueBody = z.strictObject({
  version,
  /** The issue date (default today): the number is drawn from the sequence this day falls in. */
  issuedOn: isoDay.optional(),
  copies: z.number().int().min(0).max(100_000).default(1),
  fileCopyHolder: optionalText(300),
  note: optionalText(2000),
});
export type IssueInput = z.infer<typeof issueBody>;

export const listDocumentsQuery = z.strictObject({
  organizationId: z.uuid().optional(),
  regime: z.enum(REGIMES).optional(),
  typeId: z.uuid().optional(),
  state: z.enum(DOCUMENT_STATES).optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
  q: z.string().trim().max(200).optional(),
});

export const documentType = z.object({
  id: z.uuid(),
  regime: z.enum(REGIMES),
  key: z.string(),
  abbreviation: z.string().nullable(),
  name: z.string(),
  certainty: z.string(),
  legalBasis: z.string().nullable(),
});

export const documentSummary = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  regime: z.enum(REGIMES),
  typeId: z.uuid(),
  typeName: z.string(),
  summary: z.string(),
  state: z.enum(DOCUMENT_STATES),
  urgency: z.enum(URGENCIES),
  secrecy: z.enum(SECRECY_LEVELS),
  symbol: z.string().nullable(),
  number: z.number().nullable(),
  issuedOn: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number(),
});
export type DocumentSummary = z.infer<typeof documentSummary>;

export const documentDetail = documentSummary.extend({
  typeAbbreviation: z.string().nullable(),
  issuerCode: z.string(),
  unitCode: z.string().nullable(),
  body: z.string(),
  circulation: z.array(z.string()),
  recipients: z.array(z.string()),
  signerPersonId: z.uuid().nullable(),
  signerName: z.string().nullable(),
  signerTitle: z.string().nullable(),
  authority: z.enum(AUTHORITIES),
  /** The authority as printed in this regime: "KT." or "K/T". */
  authorityLabel: z.string(),
  authorityFor: z.string().nullable(),
  /** "Số: 15/QĐ-VPQH" or "Số 12-QĐ/ĐU"; null before issue. */
  printedNumber: z.string().nullable(),
  inReplyToIncomingId: z.uuid().nullable(),
  signedOn: z.string().nullable(),
  termId: z.uuid().nullable(),
  versions: z.array(z.object({ versionNo: z.number(), note: z.string().nullable(), createdAt: z.string() })),
  relations: z.array(z.object({ documentId: z.uuid(), kind: z.enum(RELATION_KINDS), symbol: z.string().nullable(), summary: z.string() })),
  events: z.array(z.object({ kind: z.string(), note: z.string().nullable(), at: z.string(), actor: z.string().nullable() })),
  files: z.array(z.object({ id: z.uuid(), name: z.string(), size: z.number(), mime: z.string(), textStatus: z.enum(TEXT_STATUSES) })),
});
export type DocumentDetail = z.infer<typeof documentDetail>;

/**
 * A relation seen from one document: 'to' reads "this document <kind> the other" (this one replaces
 * X), 'from' reads "the other <kind> this one" (Y amends this one).
 */
export const documentRelation = z.object({
  direction: z.enum(['to', 'from']),
  kind: z.enum(RELATION_KINDS),
  documentId: z.uuid(),
  symbol: z.string().nullable(),
  summary: z.string(),
  typeName: z.string(),
  state: z.enum(DOCUMENT_STATES),
  issuedOn: z.string().nullable(),
});
export type DocumentRelation = z.infer<typeof documentRelation>;
export const relationParams = z.object({ id: z.uuid(), kind: z.enum(RELATION_KINDS), relatedId: z.uuid() });

export const documentFile = z.object({ id: z.uuid(), name: z.string(), size: z.number(), mime: z.string(), textStatus: z.enum(TEXT_STATUSES), createdAt: z.string() });
export const attachFileBody = z.strictObject({ fileId: z.uuid() });

export const versionText = z.object({ versionNo: z.number(), body: z.string(), note: z.string().nullable(), createdAt: z.string() });
export const diffQuery = z.strictObject({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) });
export const diffResult = z.object({
  from: z.number(),
  to: z.number(),
  added: z.number(),
  removed: z.number(),
  unchanged: z.number(),
  parts: z.array(z.object({ op: z.enum(['equal', 'removed', 'added']), lines: z.array(z.string()) })),
});
