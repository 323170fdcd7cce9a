/**
 * Shapes of the meetings module's JSON answers, inferred from the server's zod schemas (type-only
 * imports) and the shared lists of common/enums.ts.
 */
import type { z } from 'zod';
import type { ApiResponse } from '../../api/api';
import type {
  adoptedDocument,
  conclusion,
  speech,
} from '../../../../server/modules/meetings/meetings.schema.ts';
import type { Task as ServerTask } from '../../../../server/modules/tasks/tasks.schema.ts';

export type {
  AgendaItem,
  Completeness,
  Meeting,
  MeetingSummary,
  Minutes,
  MinutesContent,
  Participant,
  Quorum,
  Vote,
} from '../../../../server/modules/meetings/meetings.schema.ts';
export type {
  AttendanceState,
  MajorityKind,
  MeetingKind,
  MeetingState,
  MinutesGap,
  MinutesStatus,
  ParticipantKind,
  TaskPriority,
  TaskStatus,
  VoteMethod,
} from '../../../../common/enums.ts';
export {
  ATTENDANCE_STATES,
  CELL_MEETING_KINDS,
  MAJORITY_KINDS,
  MEETING_KINDS,
  MEETING_STATES,
  TASK_PRIORITIES,
  TASK_STATUSES,
  VOTE_METHODS,
} from '../../../../common/enums.ts';

export type Speech = z.infer<typeof speech>;
export type AdoptedDocument = z.infer<typeof adoptedDocument>;
export type Conclusion = z.infer<typeof conclusion>;
export type Task = ServerTask;

/** The compliance dashboard: one row per cell, twelve months and four quarters each. */
export type { ComplianceReport as CompliancePage, ComplianceRow } from '../../../../server/modules/meetings/meetings.compliance.schema.ts';

/** iCalendar subscriptions: the user's own meetings, and each organization's. */
export type CalendarFeeds = ApiResponse<'GET /api/v1/calendar/feeds'>;
