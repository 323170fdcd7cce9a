/**
 * Shapes of the member register's JSON answers and action bodies (API contract of /api/v1/members).
 * Later inferred from the server's zod schemas; the names stay.
 */
import type { Gender, MemberStatus } from '../../../../common/enums.ts';

export type { MemberStatus };

export interface Member {
  id: string;
  personId: string;
  fullName: string;
  gender: Gender | null;
  birthDate: string | null;
  cellId: string;
  cellName: string;
  cellPath: string;
  status: MemberStatus;
  partyCardNumber: string | null;
  citizenId: string | null;
  admissionDecisionNumber: string | null;
  admissionDecisionDate: string | null;
  ceremonyDate: string | null;
  officialRecognitionDate: string | null;
  probationEndsOn: string | null;
  partyAgeYears: number | null;
  educationLevel: string | null;
  politicalTheoryLevel: string | null;
  occupation: string | null;
  position: string | null;
  contact: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface MemberEvent {
  id: string;
  kind: string;
  occurredOn: string;
  statusAfter: MemberStatus | null;
  decisionNumber: string | null;
  decisionSymbol: string | null;
  decisionIssuer: string | null;
  details: Record<string, unknown>;
  note: string | null;
  createdAt: string;
}

export type MemberSort = 'name' | '-name' | 'updatedAt' | '-updatedAt' | 'admissionDecisionDate' | '-admissionDecisionDate';

export interface MemberPatch {
  version: number;
  partyCardNumber?: string | null;
  citizenId?: string | null;
  educationLevel?: string | null;
  politicalTheoryLevel?: string | null;
  occupation?: string | null;
  position?: string | null;
  contact?: string | null;
}

export interface MemberCreate {
  personId: string;
  cellId: string;
  origin: 'application' | 'record';
  applicationDate?: string;
  partyCardNumber?: string;
  admissionDecisionNumber?: string;
  note?: string;
  status?: MemberStatus;
  admissionDecisionDate?: string;
  ceremonyDate?: string;
  officialRecognitionDate?: string;
}

export interface Decision {
  number: string;
  symbol: string;
  issuer: string;
}

export const MEMBER_ACTIONS = [
  'introducers',
  'course-certificate',
  'cell-resolution',
  'admission-decision',
  'ceremony',
  'official-recognition',
  'probation-removal',
  'transfer-out',
  'transfer-receipt',
  'transfer-in',
  'exemption',
  'exemption-end',
  'retirement',
  'discipline',
  'removal',
  'leave',
  'death',
] as const;
export type MemberAction = (typeof MEMBER_ACTIONS)[number];

export const DISCIPLINE_FORMS = ['khien_trach', 'canh_cao', 'cach_chuc', 'khai_tru'] as const;
export type DisciplineForm = (typeof DISCIPLINE_FORMS)[number];
export const DECIDING_BODIES = ['cell', 'committee', 'standing_committee', 'inspection_committee', 'superior'] as const;
export type DecidingBody = (typeof DECIDING_BODIES)[number];

export interface ActionResult {
  member: Member;
  event: MemberEvent;
}

export const REMINDER_KINDS = ['ceremony_due', 'probation_review', 'transfer_incomplete', 'certificate_expiring', 'exemption_review'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export interface Reminder {
  kind: ReminderKind;
  memberId: string;
  fullName: string;
  cellId: string;
  cellName: string;
  dueOn: string;
  overdue: boolean;
  daysLeft: number;
}

export interface Band {
  band: string;
  n: number;
}

export interface MemberStatistics {
  total: number;
  byStatus: Partial<Record<MemberStatus, number>>;
  byCell: { cellId: string; cellName: string; total: number; official: number; probationary: number }[];
  byGender: Record<string, number> | Band[];
  byAgeBand: Band[];
  byPartyAge: Band[];
  byEducation: Record<string, number> | Band[];
  flows: { admitted: number; recognized: number; transferredIn: number; transferredOut: number; removed: number; expelled: number; deceased: number };
}

export const QUALITY_ISSUES = [
  'missing_card_number',
  'missing_admission_date',
  'official_before_admission',
  'ceremony_before_decision',
  'duplicate_name_birth',
  'duplicate_citizen_id',
  'cell_dissolved',
] as const;
export type QualityIssue = (typeof QUALITY_ISSUES)[number];

export interface QualityRow {
  memberId: string;
  fullName: string;
  cellName: string;
  issues: QualityIssue[];
}

export interface RuleValue {
  id: string;
  key: string;
  value: unknown;
  validFrom: string;
  validTo: string | null;
  certainty: 'V' | 'S' | 'U';
  legalBasis: { id: string; symbol: string; issuer: string; title: string; issuedOn: string | null; effectiveFrom: string | null } | null;
  note: string | null;
}

export interface Holiday {
  day: string;
  name: string;
  certainty: 'V' | 'S' | 'U';
}
