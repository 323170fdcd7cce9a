import { randomUUID } from 'node:crypto';
import { type Kysely, type Transaction, sql } from 'kysely';
import type { z } from 'zod';
import { json } from '../../db/json.ts';
import type { DB } from '../../db/schema.ts';
import type { Ctx } from '../../http/context.ts';
import { checkVersion } from '../../http/concurrency.ts';
import { AppError, forbidden, messageFor, notFound } from '../../http/errors.ts';
import { organizationFor } from '../../http/scope.ts';
import { todayInVietnam } from '../../lib/dates.ts';
import { canAt } from '../../lib/roles.ts';
import { appendAudit } from '../audit/index.ts';
import { ruleOn } from '../rules/index.ts';
import type * as s from './tasks.schema.ts';
import { createTaskIn, getTask } from './tasks.service.ts';

/** A task's life: progress with notes, rescheduling with a reason, completion with the result, cancellation. */

type TaskRow = NonNullable<Awaited<ReturnType<typeof lockTask>>>;

function lockTask(trx: Transaction<DB>, id: string) {
  return trx.selectFrom('tasks').selectAll().where('id', '=', id).where('deletedAt', 'is', null).forUpdate().executeTakeFirst();
}

/** The lead unit's managers and the task's owner may move it forward; only managers reschedule or cancel. */
function mayChange(ctx: Ctx, t: TaskRow, action: s.TaskAction): boolean {
  if (canAt(ctx.actor, 'tasks.write', t.scopePath)) return true;
  const own = ctx.actor.personId !== null && ctx.actor.personId === t.ownerPersonId;
  return own && (action === 'progress' || action === 'complete');
}

export interface Change {
  action: s.TaskAction;
  progress?: number | undefined;
  note?: string | undefined;
  reason?: string | undefined;
  dueOn?: string | undefined;
  completedOn?: string | undefined;
  result?: string | undefined;
}

/**
 * Applies one change to a locked task of the expected version; throws AppError with nothing written when
 * a rule refuses it. Who may not make the change hears so first (403), before anything about the task's
 * state, version or the input: those are answers for someone who may act on it.
 */
async function applyChange(trx: Transaction<DB>, ctx: Ctx, t: TaskRow, c: Change, version: number): Promise<void> {
  if (!mayChange(ctx, t, c.action)) throw forbidden();
  checkVersion(t, version);
  if (t.status === 'done' || t.status === 'cancelled') throw new AppError(409, 'task.not_open');
  let set: Record<string, unknown>;
  let event: { kind: string; progress?: number | null; dueOn?: string | null; note: string | null; details?: Record<string, unknown> };
  switch (c.action) {
    case 'progress': {
      const progress = c.progress ?? t.progress;
      if (progress < t.progress && !c.reason) throw new AppError(422, 'task.progress_backwards', { from: t.progress, to: progress });
      set = { progress, status: progress > 0 ? 'in_progress' : t.status };
      event = { kind: 'progress', progress, note: c.note ?? null, details: { from: t.progress, reason: c.reason ?? null } };
      break;
    }
    case 'reschedule': {
      if (!c.dueOn || !c.reason) throw new AppError(422, 'task.reason_required');
      if (t.startOn && c.dueOn < t.startOn) throw new AppError(422, 'task.due_before_start');
      if (c.dueOn === t.dueOn) throw new AppError(422, 'task.same_deadline');
      // The original deadline stays as it was first set: rescheduling never hides it.
      set = { dueOn: c.dueOn };
      event = { kind: 'rescheduled', dueOn: c.dueOn, note: c.reason, details: { from: t.dueOn, originalDueOn: t.originalDueOn } };
      break;
    }
    case 'complete': {
      if (!c.completedOn || !c.result) throw new AppError(422, 'task.reason_required');
      set = { status: 'done', progress: 100, completedOn: c.completedOn, result: c.result };
      event = { kind: 'completed', progress: 100, note: c.result, details: { completedOn: c.completedOn, onTime: t.dueOn ? c.completedOn <= t.dueOn : null } };
      break;
    }
    case 'cancel': {
      if (!c.reason) throw new AppError(422, 'task.reason_required');
      set = { status: 'cancelled' };
      event = { kind: 'cancelled', note: c.reason };
      break;
    }
  }
  await trx.updateTable('tasks').set({ ...set, version: sql<number>`version + 1`, updatedAt: sql<string>`now()` }).where('id', '=', t.id).execute();
  await trx.insertInto('taskEvents').values({
    id: randomUUID(), taskId: t.id, kind: event.kind, progress: event.progress ?? null, dueOn: event.dueOn ?? null, note: event.note,
    details: json(event.details ?? {}), createdBy: ctx.actor.userId,
  }).execute();
  await appendAudit(trx, ctx, { action: `task.${event.kind}`, entity: 'task', entityId: t.id, scopePath: t.scopePath, before: t, after: set });
}

async function visibleTaskOrNotFound(ctx: Ctx, id: string) {
  await getTask(ctx, id);
}

export async function changeTask(ctx: Ctx, id: string, version: number, c: Change) {
  await visibleTaskOrNotFound(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    const t = await lockTask(trx, id);
    if (!t) throw notFound();
    await applyChange(trx, ctx, t, c, version);
  });
  return getTask(ctx, id);
}

/**
 * One change to many tasks at once, all or nothing: the first task a rule refuses names itself in the
 * error, and no task is changed.
 */
export async function bulkChange(ctx: Ctx, input: s.BulkInput) {
  const ids = input.tasks.map((x) => x.id);
  // A task the actor may not see is not found, before any rule could name it.
  for (const id of ids) await visibleTaskOrNotFound(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    for (const { id, version } of input.tasks) {
      const t = await lockTask(trx, id);
      if (!t) throw notFound();
      try {
        await applyChange(trx, ctx, t, input, version);
      } catch (e) {
        if (!(e instanceof AppError) || e.code === 'resource.version_conflict') throw e;
        throw new AppError(e.status, 'task.bulk_failed', { title: t.title, reason: messageFor(e.code, ctx.lang, e.vars) }, { taskId: t.id, cause: e.code });
      }
    }
  });
  return Promise.all(ids.map((id) => getTask(ctx, id)));
}

export async function taskEvents(ctx: Ctx, id: string) {
  await visibleTaskOrNotFound(ctx, id);
  const rows = await ctx.db.selectFrom('taskEvents as e').leftJoin('users as u', 'u.id', 'e.createdBy')
    .select(['e.id', 'e.kind', 'e.occurredAt', 'e.progress', 'e.dueOn', 'e.note', 'e.details', 'u.displayName as createdByName'])
    .where('e.taskId', '=', id).orderBy('e.occurredAt').orderBy('e.id').execute();
  return rows.map((r) => ({ ...r, details: (r.details ?? {}) as Record<string, unknown> }));
}

/** Tasks of other lead units whose titles are near-identical (trigram similarity) and whose periods overlap. */
export async function overlapsOf(db: Kysely<DB>, t: { id: string; title: string; leadUnitId: string; startOn: string | null; dueOn: string | null }) {
  const threshold = (await ruleOn(db, 'task.overlap_similarity', todayInVietnam())).basisPoints / 10_000;
  const start = t.startOn ?? t.dueOn ?? todayInVietnam();
  const rows = await db.selectFrom('tasks as o').innerJoin('organizations as lu', 'lu.id', 'o.leadUnitId')
    .select(['o.id', 'o.title', 'lu.name as leadUnitName', 'o.dueOn', sql<number>`similarity(o.title_fold, vn_fold(${t.title}))`.as('similarity')])
    .where('o.id', '!=', t.id).where('o.leadUnitId', '!=', t.leadUnitId).where('o.deletedAt', 'is', null).where('o.status', '!=', 'cancelled')
    .where(sql<boolean>`o.title_fold % vn_fold(${t.title})`)
    .where(sql<boolean>`similarity(o.title_fold, vn_fold(${t.title})) >= ${threshold}`)
    .where(sql<boolean>`coalesce(o.start_on, o.due_on, o.created_at::date) <= ${t.dueOn ?? start}::date AND coalesce(o.due_on, 'infinity'::date) >= ${start}::date`)
    .orderBy('similarity', 'desc').limit(10).execute();
  return rows.map((r) => ({ ...r, similarity: Number(r.similarity) }));
}

export async function createTask(ctx: Ctx, input: s.CreateTask): Promise<z.infer<typeof s.createdTask>> {
  await organizationFor(ctx.db, ctx.actor, input.leadUnitId, 'tasks.write', { notVisible: () => new AppError(422, 'resource.reference_invalid') });
  const id = await ctx.db.transaction().execute((trx) => createTaskIn(trx, ctx, { ...input, sourceKind: 'manual', sourceId: null }));
  const task = await getTask(ctx, id);
  return { ...task, overlaps: await overlapsOf(ctx.db, { ...task, startOn: input.startOn }) };
}
