import { z } from 'zod';
import { TASK_PRIORITIES } from '../../../common/enums.ts';
import { isoDay } from '../../lib/dates.ts';

/** Work programs (chương trình công tác): of a committee or a department, for a term, a year ... a month. */

export const PROGRAM_KINDS = ['term', 'year', 'six_months', 'quarter', 'month'] as const;
const version = z.number().int().min(1);

export const createProgramBody = z.strictObject({
  organizationId: z.uuid(),
  kind: z.enum(PROGRAM_KINDS),
  title: z.string().trim().min(1).max(500),
  periodStart: isoDay,
  periodEnd: isoDay,
  termId: z.uuid().nullable().default(null),
});

export const itemBody = z.strictObject({
  title: z.string().trim().min(1).max(1000),
  leadUnitId: z.uuid(),
  cooperatingUnitIds: z.array(z.uuid()).max(50).default([]),
  responsiblePersonId: z.uuid().nullable().default(null),
  dueOn: isoDay.nullable().default(null),
  expectedResult: z.string().trim().max(2000).nullable().default(null),
});
export type ItemInput = z.infer<typeof itemBody>;

export const adoptBody = z.strictObject({ version, meetingId: z.uuid().nullable().default(null) });
export const itemTaskBody = z.strictObject({ priority: z.enum(TASK_PRIORITIES).default('normal') });

export const programItem = z.object({
  id: z.uuid(),
  position: z.number(),
  title: z.string(),
  leadUnitId: z.uuid(),
  leadUnitName: z.string(),
  cooperatingUnitIds: z.array(z.uuid()),
  responsiblePersonId: z.uuid().nullable(),
  responsibleName: z.string().nullable(),
  dueOn: z.string().nullable(),
  expectedResult: z.string().nullable(),
  taskId: z.uuid().nullable(),
  taskStatus: z.string().nullable(),
  taskProgress: z.number().nullable(),
});

export const programSummary = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  kind: z.enum(PROGRAM_KINDS),
  title: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  status: z.enum(['draft', 'adopted']),
  meetingId: z.uuid().nullable(),
  version: z.number(),
});
export const program = programSummary.extend({ items: z.array(programItem) });
export type Program = z.infer<typeof program>;

export const listProgramsQuery = z.strictObject({ organizationId: z.uuid().optional(), kind: z.enum(PROGRAM_KINDS).optional(), year: z.coerce.number().int().min(2000).max(2200).optional() });
