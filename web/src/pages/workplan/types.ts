/**
 * Shapes of the work programs, tasks and reports answers, inferred from the server's zod schemas
 * (type-only imports) and the shared lists of common/enums.ts.
 */
import type { z } from 'zod';
import type { overlap, taskEvent, createdTask } from '../../../../server/modules/tasks/tasks.schema.ts';
import type { programItem, programSummary } from '../../../../server/modules/programs/programs.schema.ts';
import type { lateRow, periodSubmission, schedule } from '../../../../server/modules/reports/reports.schema.ts';
import type { inbox } from '../../../../server/modules/inbox/inbox.schema.ts';

export type { Task } from '../../../../server/modules/tasks/tasks.schema.ts';
export type { Program } from '../../../../server/modules/programs/programs.schema.ts';
export type { Consolidated, ConsolidatedContent, Period, Schedule, Submission, Template } from '../../../../server/modules/reports/reports.schema.ts';
export type { TaskPriority, TaskSource, TaskStatus } from '../../../../common/enums.ts';
export { TASK_PRIORITIES, TASK_SOURCES, TASK_STATUSES } from '../../../../common/enums.ts';

export type TaskEvent = z.infer<typeof taskEvent>;
export type Overlap = z.infer<typeof overlap>;
export type CreatedTask = z.infer<typeof createdTask>;
export type ProgramSummary = z.infer<typeof programSummary>;
export type ProgramItem = z.infer<typeof programItem>;
export type ScheduleSummary = Omit<z.infer<typeof schedule>, 'reporters' | 'template'>;
export type LateRow = z.infer<typeof lateRow>;
export type PeriodSubmission = z.infer<typeof periodSubmission>;

export const PROGRAM_KINDS = ['term', 'year', 'six_months', 'quarter', 'month'] as const;
export type ProgramKind = (typeof PROGRAM_KINDS)[number];
export const REPORT_KINDS = ['monthly', 'quarterly', 'six_months', 'nine_months', 'yearly', 'thematic', 'ad_hoc'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const FIGURE_TYPES = ['integer', 'decimal', 'text', 'boolean'] as const;
/** A schedule's data window (the server's list; a value it does not know fails the type-check). */
export const PERIOD_WINDOWS = ['decree_09', 'calendar_month', 'custom'] as const satisfies ReadonlyArray<ScheduleSummary['periodWindow']>;
export type PeriodWindow = (typeof PERIOD_WINDOWS)[number];
export type FigureType = (typeof FIGURE_TYPES)[number];
export type FigureValue = number | string | boolean | null;

/** The inbox ("what needs me today") and the work dashboard's chart data. */
export type { InboxItem, InboxSection } from '../../../../server/modules/inbox/inbox.schema.ts';
export type { WorkDashboard } from '../../../../server/modules/dashboards/dashboards.schema.ts';
export type Inbox = z.infer<typeof inbox>;
