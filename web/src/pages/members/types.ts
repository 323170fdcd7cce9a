/**
 * Shapes of the member register's JSON answers and action bodies, inferred from the server's zod
 * schemas (type-only imports) and the shared lists of common/enums.ts.
 */
import type { z } from 'zod';
import type { ActionName } from '../../../../server/modules/members/members.actions.schema.ts';
import type { member, memberEvent } from '../../../../server/modules/members/members.schema.ts';
import type { holiday, ruleValue } from '../../../../server/modules/rules/rules.schema.ts';
import type { ApiBody, ApiResponse } from '../../api/api';

export type { DecidingBody, DisciplineForm, MemberStatus, QualityIssue, ReminderKind } from '../../../../common/enums.ts';
export { DECIDING_BODIES, DISCIPLINE_FORMS, QUALITY_ISSUES, REMINDER_KINDS } from '../../../../common/enums.ts';

export type Member = z.infer<typeof member>;
export type MemberEvent = z.infer<typeof memberEvent>;

export type MemberSort = 'name' | '-name' | 'updatedAt' | '-updatedAt' | 'admissionDecisionDate' | '-admissionDecisionDate';

export type MemberPatch = ApiBody<'PATCH /api/v1/members/:id'>;
export type MemberCreate = ApiBody<'POST /api/v1/members'>;

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

export type Reminder = ApiResponse<'GET /api/v1/members/reminders'>['data'][number];
/** One band of a breakdown (age, party age) as the statistics page draws it. */
export interface Band {
  band: string;
  n: number;
}

export type MemberStatistics = ApiResponse<'GET /api/v1/members/statistics'>;
export type QualityRow = ApiResponse<'GET /api/v1/members/quality'>['data'][number];

export type RuleValue = z.infer<typeof ruleValue>;

export type Holiday = z.infer<typeof holiday>;
