import { z } from 'zod';
import { isoDay } from '../../lib/dates.ts';
import { PERIODIC_REPORT_KINDS, PERIOD_WINDOWS, REPORT_KINDS } from '../../lib/report-periods.ts';

/** The contract of periodic reports: schedules, periods, submissions, the late board, consolidated reports. */

const version = z.number().int().min(1);
const key = z.string().trim().regex(/^[a-z][a-z0-9_]{0,59}$/, 'a-z, 0-9, _');

export const FIGURE_TYPES = ['integer', 'decimal', 'text', 'boolean'] as const;
export const template = z.strictObject({
  figures: z.array(z.strictObject({ key, label: z.string().trim().min(1).max(300), type: z.enum(FIGURE_TYPES) })).max(200),
  sections: z.array(z.strictObject({ key, title: z.string().trim().min(1).max(300) })).max(50),
});
export type Template = z.infer<typeof template>;

export const createScheduleBody = z.strictObject({
  recipientOrganizationId: z.uuid(),
  name: z.string().trim().min(1).max(300),
  kind: z.enum(REPORT_KINDS),
  template,
  /** Omitted: the rule report.cutoff_day (14: data from the 15th of the month before). */
  cutoffDay: z.number().int().min(1).max(28).optional(),
  /**
   * The window of the periods: 'decree_09' (the default: the cut-off day, from the day Decree 09/2019 took
   * effect, calendar months before it), 'calendar_month', or 'custom' (the cut-off day at any date).
   */
  periodWindow: z.enum(PERIOD_WINDOWS).default('decree_09'),
  /** Omitted: the rule report.due_working_days (two working days after the cut-off). */
  dueWorkingDays: z.number().int().min(0).max(60).optional(),
  reporterOrganizationIds: z.array(z.uuid()).min(1).max(5000),
});
export type CreateSchedule = z.infer<typeof createScheduleBody>;

export const schedule = z.object({
  id: z.uuid(),
  recipientOrganizationId: z.uuid(),
  recipientName: z.string(),
  name: z.string(),
  kind: z.enum(REPORT_KINDS),
  template,
  cutoffDay: z.number(),
  periodWindow: z.enum(PERIOD_WINDOWS),
  dueWorkingDays: z.number(),
  active: z.boolean(),
  reporters: z.array(z.object({ id: z.uuid(), name: z.string() })),
  /** The user receives this schedule's reports (else they read it as a reporter). */
  isRecipient: z.boolean(),
  version: z.number(),
});
export type Schedule = z.infer<typeof schedule>;

export const openPeriodBody = z.union([
  z.strictObject({
    /** A periodic schedule: the year and the month (1-12) or quarter (1-4); 1 for the others. */
    year: z.number().int().min(2000).max(2200),
    index: z.number().int().min(1).max(12),
  }),
  z.strictObject({
    /** A thematic or ad hoc schedule: the data period and its label. */
    label: z.string().trim().min(1).max(200),
    periodStart: isoDay,
    periodEnd: isoDay,
  }),
]);
export type OpenPeriod = z.infer<typeof openPeriodBody>;

export const SUBMISSION_STATUSES = ['missing', 'draft', 'submitted', 'returned', 'accepted'] as const;

export const periodSubmission = z.object({
  organizationId: z.uuid(),
  organizationName: z.string(),
  submissionId: z.uuid().nullable(),
  status: z.enum(SUBMISSION_STATUSES),
  submittedAt: z.string().nullable(),
  /** Days after the due date it was submitted, or is still missing (0: on time or not yet due). */
  daysLate: z.number(),
  version: z.number().nullable(),
});

export const period = z.object({
  id: z.uuid(),
  scheduleId: z.uuid(),
  scheduleName: z.string(),
  kind: z.enum(REPORT_KINDS),
  label: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  dueOn: z.string(),
  state: z.enum(['open', 'closed']),
  submissions: z.array(periodSubmission),
});
export type Period = z.infer<typeof period>;

const figureValue = z.union([z.number(), z.string().max(5000), z.boolean(), z.null()]);
export const saveSubmissionBody = z.strictObject({
  /** The submission's version; omitted for the first save. */
  version: version.optional(),
  figures: z.record(z.string(), figureValue),
  narrative: z.record(z.string(), z.string().max(50_000)),
});
export type SaveSubmission = z.infer<typeof saveSubmissionBody>;

export const reviewBody = z.strictObject({ version, reason: z.string().trim().max(2000).optional() });

export const submission = z.object({
  id: z.uuid(),
  periodId: z.uuid(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  status: z.enum(['draft', 'submitted', 'returned', 'accepted']),
  figures: z.record(z.string(), figureValue),
  narrative: z.record(z.string(), z.string()),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  returnReason: z.string().nullable(),
  version: z.number(),
});
export type Submission = z.infer<typeof submission>;

export const lateBoardQuery = z.strictObject({
  organizationId: z.uuid().optional(),
  /** 'late' (past due, red) and 'due_soon' (within `soonDays`, amber); default both and 'pending'. */
  severity: z.enum(['late', 'due_soon', 'pending']).optional(),
  soonDays: z.coerce.number().int().min(0).max(60).default(3),
});

export const lateRow = z.object({
  id: z.string(),
  periodId: z.uuid(),
  scheduleName: z.string(),
  label: z.string(),
  dueOn: z.string(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  status: z.enum(['missing', 'draft', 'returned']),
  daysLate: z.number(),
  severity: z.enum(['late', 'due_soon', 'pending']),
});
export type LateRow = z.infer<typeof lateRow>;

export const consolidatedContent = z.object({
  label: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  organizationName: z.string(),
  /** The window the period's dates follow (absent in reports generated before windows existed). */
  window: z.object({ rule: z.enum(PERIOD_WINDOWS), applied: z.enum(['calendar_month', 'cutoff', 'dates']), cutoffDay: z.number().nullable() }).optional(),
  submissions: z.object({ expected: z.number(), submitted: z.number(), accepted: z.number(), late: z.number() }),
  figures: z.array(z.object({
    key: z.string(), label: z.string(), type: z.enum(FIGURE_TYPES),
    /** Sum over the submissions for numbers; null for text and yes/no figures. */
    total: z.number().nullable(),
    values: z.array(z.object({ organizationName: z.string(), value: figureValue })),
  })),
  sections: z.array(z.object({ key: z.string(), title: z.string(), entries: z.array(z.object({ organizationName: z.string(), text: z.string() })) })),
  /** What the system itself recorded in the period, in the recipient's subtree. */
  records: z.object({
    meetingsHeld: z.record(z.string(), z.number()),
    tasks: z.object({ created: z.number(), completed: z.number(), completedOnTime: z.number(), overdue: z.number() }),
    members: z.object({ admitted: z.number(), recognized: z.number(), transferredOut: z.number(), transferredIn: z.number() }),
    /** Documents issued, by type name. */
    documents: z.record(z.string(), z.number()),
    correspondence: z.object({ incoming: z.number(), outgoing: z.number(), handledOnTime: z.number(), handledLate: z.number(), letters: z.number(), lettersAnswered: z.number() }),
  }),
  /** Free text the office adds or rewrites after generation. */
  summary: z.string(),
});
export type ConsolidatedContent = z.infer<typeof consolidatedContent>;

export const consolidated = z.object({
  id: z.uuid(),
  periodId: z.uuid(),
  organizationId: z.uuid(),
  status: z.enum(['draft', 'final']),
  content: consolidatedContent,
  version: z.number(),
  updatedAt: z.string(),
});
export type Consolidated = z.infer<typeof consolidated>;

export const generateBody = z.strictObject({ organizationId: z.uuid() });
export const editConsolidatedBody = z.strictObject({ version, summary: z.string().max(100_000), sections: consolidatedContent.shape.sections.optional() });

export { PERIODIC_REPORT_KINDS };
