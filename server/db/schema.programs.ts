import type { ColumnType, Generated } from 'kysely';
import type { DefaultedJsonColumn, JsonColumn, JsonObject } from './json.ts';

type Day = string;
type Timestamp = ColumnType<string, string | undefined, string>;

/** Tables of work programs and periodic reports (migration 20261129_0009_programs_reports). */

export type ProgramKind = 'term' | 'year' | 'six_months' | 'quarter' | 'month';
export type ReportKind = 'monthly' | 'quarterly' | 'six_months' | 'nine_months' | 'yearly' | 'thematic' | 'ad_hoc';
export type SubmissionStatus = 'draft' | 'submitted' | 'returned' | 'accepted';
export type PeriodWindow = 'decree_09' | 'calendar_month' | 'custom';

export interface ProgramsTable {
  id: string;
  organizationId: string;
  scopePath: string;
  kind: ProgramKind;
  title: string;
  periodStart: Day;
  periodEnd: Day;
  termId: string | null;
  meetingId: string | null;
  status: Generated<'draft' | 'adopted'>;
  createdBy: string | null;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  deletedAt: string | null;
}

export interface ProgramItemsTable {
  id: string;
  programId: string;
  position: number;
  title: string;
  leadUnitId: string;
  cooperatingUnitIds: DefaultedJsonColumn<string[]>;
  responsiblePersonId: string | null;
  dueOn: Day | null;
  expectedResult: string | null;
  taskId: string | null;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  deletedAt: string | null;
}

export interface ReportSchedulesTable {
  id: string;
  recipientOrganizationId: string;
  scopePath: string;
  name: string;
  kind: ReportKind;
  template: JsonColumn<JsonObject>;
  cutoffDay: number;
  periodWindow: Generated<PeriodWindow>;
  dueWorkingDays: number;
  active: Generated<boolean>;
  createdBy: string | null;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface ReportScheduleReportersTable {
  scheduleId: string;
  organizationId: string;
}

export interface ReportPeriodsTable {
  id: string;
  scheduleId: string;
  label: string;
  periodStart: Day;
  periodEnd: Day;
  dueOn: Day;
  state: Generated<'open' | 'closed'>;
  createdAt: Timestamp;
}

export interface ReportSubmissionsTable {
  id: string;
  periodId: string;
  organizationId: string;
  scopePath: string;
  status: Generated<SubmissionStatus>;
  figures: DefaultedJsonColumn<JsonObject>;
  narrative: DefaultedJsonColumn<JsonObject>;
  submittedAt: string | null;
  submittedBy: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  returnReason: string | null;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface ConsolidatedReportsTable {
  id: string;
  periodId: string;
  organizationId: string;
  scopePath: string;
  content: JsonColumn<JsonObject>;
  status: Generated<'draft' | 'final'>;
  documentId: string | null;
  createdBy: string | null;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface ProgramsTables {
  programs: ProgramsTable;
  programItems: ProgramItemsTable;
  reportSchedules: ReportSchedulesTable;
  reportScheduleReporters: ReportScheduleReportersTable;
  reportPeriods: ReportPeriodsTable;
  reportSubmissions: ReportSubmissionsTable;
  consolidatedReports: ConsolidatedReportsTable;
}
