import { z } from 'zod';
import { TASK_PRIORITIES, TASK_SOURCES, TASK_STATUSES } from '../../../common/enums.ts';

// ---- tasks (the slice meetings need; the work programs issue builds the rest) ----

export const task = z.object({
  id: z.uuid(),
  title: z.string(),
  sourceKind: z.enum(TASK_SOURCES),
  sourceId: z.uuid().nullable(),
  ownerPersonId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  leadUnitId: z.uuid(),
  leadUnitName: z.string(),
  cooperatingUnits: z.array(z.object({ id: z.uuid(), name: z.string() })),
  startOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  originalDueOn: z.string().nullable(),
  expectedResult: z.string().nullable(),
  priority: z.enum(TASK_PRIORITIES),
  status: z.enum(TASK_STATUSES),
  progress: z.number(),
  /** The meeting a conclusion task came from. */
  meetingId: z.uuid().nullable(),
  meetingTitle: z.string().nullable(),
  overdue: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
});
export type Task = z.infer<typeof task>;

export const listTasksQuery = z.strictObject({
  /** 'me': the logged-in user's own tasks. */
  owner: z.union([z.literal('me'), z.uuid()]).optional(),
  leadUnitId: z.uuid().optional(),
  status: z.enum(TASK_STATUSES).optional(),
  sourceKind: z.enum(TASK_SOURCES).optional(),
  q: z.string().trim().max(200).optional(),
});
