import { z } from 'zod';
import { GENDERS, MEMBER_STATUSES } from '../../../common/enums.ts';
import { isoDay } from '../../lib/dates.ts';

const text = (max = 200) => z.string().trim().max(max);
const optionalText = (max = 200) => text(max).nullable().optional();

export const member = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  fullName: z.string(),
  gender: z.enum(GENDERS).nullable(),
  birthDate: z.string().nullable(),
  cellId: z.uuid(),
  cellName: z.string(),
  cellPath: z.string(),
  status: z.enum(MEMBER_STATUSES),
  partyCardNumber: z.string().nullable(),
  citizenId: z.string().nullable(),
  admissionDecisionNumber: z.string().nullable(),
  admissionDecisionDate: z.string().nullable(),
  ceremonyDate: z.string().nullable(),
  officialRecognitionDate: z.string().nullable(),
  probationEndsOn: z.string().nullable(),
  partyAgeYears: z.number().nullable(),
  educationLevel: z.string().nullable(),
  politicalTheoryLevel: z.string().nullable(),
  occupation: z.string().nullable(),
  position: z.string().nullable(),
  contact: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Member = z.infer<typeof member>;

/** Fields the record carries beside its status and dates: editable with PATCH. */
const editable = {
  partyCardNumber: optionalText(40),
  citizenId: text(20).regex(/^[0-9]*$/).nullable().optional(),
  educationLevel: optionalText(100),
  politicalTheoryLevel: optionalText(100),
  occupation: optionalText(200),
  position: optionalText(200),
  contact: optionalText(500),
};

export const createMemberBody = z.strictObject({
  personId: z.uuid(),
  cellId: z.uuid(),
  // application: a new applicant; record: an existing member's data entered as it is (hồ sơ có sẵn).
  origin: z.enum(['application', 'record']),
  applicationDate: isoDay.optional(),
  status: z.enum(MEMBER_STATUSES).optional(),
  admissionDecisionNumber: optionalText(60),
  admissionDecisionDate: isoDay.nullable().optional(),
  ceremonyDate: isoDay.nullable().optional(),
  officialRecognitionDate: isoDay.nullable().optional(),
  note: optionalText(1000),
  ...editable,
});
export type CreateMember = z.infer<typeof createMemberBody>;

export const updateMemberBody = z.strictObject({ version: z.number().int().min(1), ...editable });
export type UpdateMember = z.infer<typeof updateMemberBody>;

export const SORTS = ['name', '-name', 'updatedAt', '-updatedAt', 'admissionDecisionDate', '-admissionDecisionDate'] as const;

export const listMembersQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  cellId: z.uuid().optional(),
  subtree: z.enum(['true', 'false']).optional(),
  status: z
    .string()
    .max(300)
    .refine((v) => v.split(',').every((s) => (MEMBER_STATUSES as readonly string[]).includes(s.trim())), {
      params: { text: { vi: 'Trạng thái không hợp lệ.', en: 'Unknown status.' } },
    })
    .optional(),
  sort: z.enum(SORTS).optional(),
});
/** Splits the list's comma-separated status filter; zod has already checked each value. */
export const statusList = (raw: string | undefined) => raw?.split(',').map((v) => v.trim()).filter(Boolean);

export type ListMembersQuery = z.infer<typeof listMembersQuery>;

export const memberEvent = z.object({
  id: z.uuid(),
  kind: z.string(),
  occurredOn: z.string(),
  statusAfter: z.enum(MEMBER_STATUSES).nullable(),
  decisionNumber: z.string().nullable(),
  decisionSymbol: z.string().nullable(),
  decisionIssuer: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type MemberEvent = z.infer<typeof memberEvent>;

export const actionResult = z.object({ member, event: memberEvent });
export type ActionResult = z.infer<typeof actionResult>;

