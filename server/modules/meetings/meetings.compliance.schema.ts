import { z } from 'zod';
import { pageQuery } from '../../http/paging.ts';

/** The compliance dashboard's query and answer (meetings.compliance.ts). */
export const complianceQuery = z.strictObject({
  /** Omitted: every cell the user may read. */
  organizationId: z.uuid().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  limit: pageQuery.limit,
  cursor: pageQuery.cursor,
});
export type ComplianceQuery = z.infer<typeof complianceQuery>;

const monthCell = z.object({
  month: z.number(),
  regularHeld: z.boolean(),
  /** The first regular meeting held that month. */
  meetingId: z.uuid().nullable(),
  attendanceShare: z.number().nullable(),
  /** False for months that have not ended yet or that precede the cell's founding: they cannot be missed. */
  due: z.boolean(),
});
export const complianceRow = z.object({
  organizationId: z.uuid(),
  organizationName: z.string(),
  months: z.array(monthCell),
  quarters: z.array(z.object({ quarter: z.number(), thematicHeld: z.boolean() })),
  missedMonths: z.number(),
  lowAttendanceMonths: z.number(),
  flagged: z.boolean(),
});
export type ComplianceRow = z.infer<typeof complianceRow>;
export const complianceReport = z.object({
  year: z.number(),
  thresholdBasisPoints: z.number(),
  data: z.array(complianceRow),
  links: z.object({ next: z.string().nullable() }),
});
export type ComplianceReport = z.infer<typeof complianceReport>;
