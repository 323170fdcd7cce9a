import { z } from 'zod';
import { TASK_STATUSES } from '../../../common/enums.ts';
import { isoDay } from '../../lib/dates.ts';

export const workQuery = z.strictObject({
  organizationId: z.uuid(),
  /** First day, inclusive; default 1 January of this year (Vietnam time). */
  from: isoDay.optional(),
  /** Last day, inclusive; default today. */
  to: isoDay.optional(),
});
export type WorkQuery = z.infer<typeof workQuery>;

const count = z.number().int();
/** A share between 0 and 1, rounded to 4 places; null when there is nothing to divide by. */
const rate = z.number().nullable();

export const tasksByUnit = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  byStatus: z.record(z.enum(TASK_STATUSES), count),
  total: count,
  /** Open or in progress past their due date (today). */
  overdue: count,
});

export const onTimeByUnitMonth = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  /** The month of the due date, 'YYYY-MM'. */
  month: z.string(),
  /** Tasks due in the month, cancelled ones left out. */
  due: count,
  onTime: count,
  late: count,
  /** Not done and past due. */
  overdue: count,
  /** Not done and not due yet: left out of the rate, whose outcome is not known. */
  pending: count,
  /** onTime / (due - pending). */
  rate,
});

export const reportPunctuality = z.object({
  organizationId: z.uuid(),
  organizationName: z.string(),
  /** Periods due in the range that this organization reports on. */
  expected: count,
  submitted: count,
  /** Submitted on or before the due date (Vietnam day). */
  onTime: count,
  late: count,
  /** Not submitted and past due. */
  missing: count,
  /** onTime / (expected - not yet due and not submitted). */
  rate,
});

export const correspondenceByMonth = z.object({ month: z.string(), incoming: count, outgoing: count });

export const workDashboard = z.object({
  organizationId: z.uuid(),
  from: z.string(),
  to: z.string(),
  tasks: z.object({ byStatus: z.record(z.enum(TASK_STATUSES), count), byUnit: z.array(tasksByUnit) }),
  onTime: z.array(onTimeByUnitMonth),
  reports: z.array(reportPunctuality),
  correspondence: z.array(correspondenceByMonth),
});
export type WorkDashboard = z.infer<typeof workDashboard>;
