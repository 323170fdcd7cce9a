import { z } from 'zod';
import { TASK_PRIORITIES, TASK_SOURCES, TASK_STATUSES } from '../../../common/enums.ts';
import { isoDay } from '../../lib/dates.ts';

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
  /** true: work still to do (not started, in progress); false: done or cancelled. */
  open: z.enum(['true', 'false']).optional(),
  sourceKind: z.enum(TASK_SOURCES).optional(),
  q: z.string().trim().max(200).optional(),
});

const version = z.number().int().min(1);

export const createTaskBody = z.strictObject({
  title: z.string().trim().min(1).max(1000),
  description: z.string().trim().max(10_000).nullable().default(null),
  ownerPersonId: z.uuid(),
  leadUnitId: z.uuid(),
  cooperatingUnitIds: z.array(z.uuid()).max(50).default([]),
  startOn: isoDay.nullable().default(null),
  dueOn: isoDay,
  expectedResult: z.string().trim().min(1).max(2000),
  priority: z.enum(TASK_PRIORITIES).default('normal'),
});
export type CreateTask = z.infer<typeof createTaskBody>;

/** Tasks of another lead unit with a near-identical title in an overlapping period. */
export const overlap = z.object({ id: z.uuid(), title: z.string(), leadUnitName: z.string(), dueOn: z.string().nullable(), similarity: z.number() });
export const createdTask = task.extend({ overlaps: z.array(overlap) });

export const progressBody = z.strictObject({
  version,
  progress: z.number().int().min(0).max(100),
  note: z.string().trim().min(1).max(5000),
  /** Required when progress goes back. */
  reason: z.string().trim().max(2000).optional(),
});
export const rescheduleBody = z.strictObject({ version, dueOn: isoDay, reason: z.string().trim().min(1).max(2000) });
export const completeBody = z.strictObject({ version, completedOn: isoDay, result: z.string().trim().min(1).max(5000) });
export const cancelBody = z.strictObject({ version, reason: z.string().trim().min(1).max(2000) });

export const TASK_ACTIONS = ['progress', 'reschedule', 'complete', 'cancel'] as const;
export type TaskAction = (typeof TASK_ACTIONS)[number];
export const bulkBody = z.strictObject({
  action: z.enum(TASK_ACTIONS),
  /** Each task with the version the user saw: a stale one refuses the whole batch. */
  tasks: z.array(z.strictObject({ id: z.uuid(), version })).min(1).max(500),
  progress: z.number().int().min(0).max(100).optional(),
  note: z.string().trim().max(5000).optional(),
  reason: z.string().trim().max(2000).optional(),
  dueOn: isoDay.optional(),
  completedOn: isoDay.optional(),
  result: z.string().trim().max(5000).optional(),
});
export type BulkInput = z.infer<typeof bulkBody>;

export const taskEvent = z.object({
  id: z.uuid(),
  kind: z.string(),
  occurredAt: z.string(),
  progress: z.number().nullable(),
  dueOn: z.string().nullable(),
  note: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  createdByName: z.string().nullable(),
});

export const overlapsQuery = z.strictObject({ organizationId: z.uuid().optional(), from: isoDay.optional(), to: isoDay.optional() });
export const overlapPair = z.object({ a: overlap, b: overlap });
