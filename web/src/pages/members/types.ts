/**
 * Shapes of the member register's JSON answers and action bodies, inferred from the server's zod
 * schemas (type-only imports) and the shared lists of common/enums.ts.
 */
import type { z } from 'zod';
import type { MemberStatus, QualityIssue } from '../../../../common/enums.ts';
import type { ActionName } from '../../../../server/modules/members/members.actions.schema.ts';
import type { member, memberEvent } from '../../../../server/modules/members/members.schema.ts';
import type { holiday, ruleValue } from '../../../../server/modules/rules/rules.schema.ts';
import type { Reminder as ServerReminder } from '../../../../server/modules/members/members.reminders.schema.ts';

export type { DecidingBody, DisciplineForm, MemberStatus, QualityIssue, ReminderKind } from '../../../../common/enums.ts';
export { DECIDING_BODIES, DISCIPLINE_FORMS, QUALITY_ISSUES, REMINDER_KINDS } from '../../../../common/enums.ts';

export type Member = z.infer<typeof member>;
export type MemberEvent = z.infer<typeof memberEvent>;

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
// Every server action has its button, and no button names an action the server does not have.
const _sameActions: [MemberAction, ActionName] extends [ActionName, MemberAction] ? true : false = true;
void _sameActions;


export interface ActionResult {
  member: Member;
  event: MemberEvent;
}


export type Reminder = ServerReminder;

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


export interface QualityRow {
  memberId: string;
  fullName: string;
  cellName: string;
  issues: QualityIssue[];
}

export type RuleValue = z.infer<typeof ruleValue>;

export type Holiday = z.infer<typeof holiday>;
