import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { json } from '../../db/json.ts';
import type { DB } from '../../db/schema.ts';
import type { Ctx } from '../../http/context.ts';
import { checkVersion } from '../../http/concurrency.ts';
import { AppError, forbidden, notFound } from '../../http/errors.ts';
import { type PageParams, paginate } from '../../http/paging.ts';
import { inScope, organizationFor } from '../../http/scope.ts';
import { canAt } from '../../lib/roles.ts';
import { appendAudit } from '../audit/index.ts';
import { createTaskIn, getTask } from '../tasks/index.ts';
import type { z } from 'zod';
import type * as s from './programs.schema.ts';

/** Work programs and their items; an item becomes a task with its owner, deadline and expected result. */

function visiblePrograms(db: Kysely<DB>, ctx: Ctx) {
  return db.selectFrom('programs as p').innerJoin('organizations as o', 'o.id', 'p.organizationId')
    .where('p.deletedAt', 'is', null).where((eb) => inScope(ctx.actor, 'tasks.read', eb.ref('p.scopePath')))
    .select(['p.id', 'p.organizationId', 'o.name as organizationName', 'p.kind', 'p.title', 'p.periodStart', 'p.periodEnd', 'p.status', 'p.meetingId', 'p.version', 'p.scopePath']);
}

export async function listPrograms(ctx: Ctx, f: z.infer<typeof s.listProgramsQuery>, page: PageParams) {
  let q = visiblePrograms(ctx.db, ctx);
  if (f.organizationId) q = q.where('p.organizationId', '=', f.organizationId);
  if (f.kind) q = q.where('p.kind', '=', f.kind);
  if (f.year) q = q.where('p.periodStart', '<=', `${f.year}-12-31`).where('p.periodEnd', '>=', `${f.year}-01-01`);
  return paginate(q, page, { default: '-periodStart', id: sql`p.id`, columns: { periodStart: { expr: sql`p.period_start`, value: (r) => r.periodStart } } });
}

export async function getProgram(ctx: Ctx, id: string): Promise<s.Program & { scopePath: string }> {
  const p = await visiblePrograms(ctx.db, ctx).where('p.id', '=', id).executeTakeFirst();
  if (!p) throw notFound();
  const items = await ctx.db.selectFrom('programItems as i').innerJoin('organizations as o', 'o.id', 'i.leadUnitId')
    .leftJoin('people as pe', 'pe.id', 'i.responsiblePersonId').leftJoin('tasks as t', 't.id', 'i.taskId')
    .select(['i.id', 'i.position', 'i.title', 'i.leadUnitId', 'o.name as leadUnitName', 'i.cooperatingUnitIds', 'i.responsiblePersonId', 'pe.fullName as responsibleName',
      'i.dueOn', 'i.expectedResult', 'i.taskId', 't.status as taskStatus', 't.progress as taskProgress'])
    .where('i.programId', '=', id).where('i.deletedAt', 'is', null).orderBy('i.position').execute();
  return { ...p, items };
}

export async function createProgram(ctx: Ctx, input: z.infer<typeof s.createProgramBody>) {
  if (input.periodEnd < input.periodStart) throw new AppError(422, 'program.period_invalid');
  const org = await organizationFor(ctx.db, ctx.actor, input.organizationId, 'tasks.write');
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const row = { id, ...input, scopePath: org.path, meetingId: null, createdBy: ctx.actor.userId, deletedAt: null };
    await trx.insertInto('programs').values(row).execute();
    await appendAudit(trx, ctx, { action: 'program.created', entity: 'program', entityId: id, scopePath: org.path, after: row });
  });
  return getProgram(ctx, id);
}

async function writableProgram(ctx: Ctx, id: string) {
  const p = await getProgram(ctx, id);
  if (!canAt(ctx.actor, 'tasks.write', p.scopePath)) throw forbidden();
  return p;
}

export async function addItem(ctx: Ctx, programId: string, input: s.ItemInput) {
  const p = await writableProgram(ctx, programId);
  if (p.status === 'adopted') throw new AppError(409, 'program.adopted');
  const units = await ctx.db.selectFrom('organizations').select('id').where('id', 'in', [input.leadUnitId, ...input.cooperatingUnitIds]).execute();
  if (units.length !== new Set([input.leadUnitId, ...input.cooperatingUnitIds]).size) throw new AppError(422, 'resource.reference_invalid');
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const row = { id, programId, position: p.items.length + 1, ...input, cooperatingUnitIds: json(input.cooperatingUnitIds), taskId: null, deletedAt: null };
    await trx.insertInto('programItems').values(row).execute();
    await appendAudit(trx, ctx, { action: 'program.item_added', entity: 'program', entityId: programId, scopePath: p.scopePath, after: { ...row, cooperatingUnitIds: input.cooperatingUnitIds } });
  });
  return getProgram(ctx, programId);
}

export async function adoptProgram(ctx: Ctx, id: string, input: z.infer<typeof s.adoptBody>) {
  const p = await writableProgram(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('programs').select(['version', 'status']).where('id', '=', id).forUpdate().executeTakeFirst();
    checkVersion(row, input.version);
    if (input.meetingId) {
      const m = await trx.selectFrom('meetings').select('id').where('id', '=', input.meetingId).where('organizationId', '=', p.organizationId).executeTakeFirst();
      if (!m) throw new AppError(422, 'resource.reference_invalid');
    }
    await trx.updateTable('programs').set({ status: 'adopted', meetingId: input.meetingId, version: sql<number>`version + 1`, updatedAt: sql<string>`now()` }).where('id', '=', id).execute();
    await appendAudit(trx, ctx, { action: 'program.adopted', entity: 'program', entityId: id, scopePath: p.scopePath, after: input });
  });
  return getProgram(ctx, id);
}

/** An item becomes a task: its responsible person owns it, its lead unit leads it. */
export async function itemToTask(ctx: Ctx, programId: string, itemId: string, priority: 'normal' | 'high' | 'urgent') {
  const p = await writableProgram(ctx, programId);
  const taskId = await ctx.db.transaction().execute(async (trx) => {
    const item = await trx.selectFrom('programItems').selectAll().where('id', '=', itemId).where('programId', '=', programId).where('deletedAt', 'is', null).forUpdate().executeTakeFirst();
    if (!item) throw notFound();
    if (item.taskId) throw new AppError(409, 'program.item_has_task');
    if (!item.responsiblePersonId || !item.dueOn) throw new AppError(422, 'task.reason_required');
    const id = await createTaskIn(trx, ctx, {
      title: item.title, sourceKind: 'program_item', sourceId: item.id, ownerPersonId: item.responsiblePersonId, leadUnitId: item.leadUnitId,
      cooperatingUnitIds: item.cooperatingUnitIds, startOn: null, dueOn: item.dueOn, expectedResult: item.expectedResult ?? item.title, priority,
    });
    await trx.updateTable('programItems').set({ taskId: id }).where('id', '=', itemId).execute();
    await appendAudit(trx, ctx, { action: 'program.item_task', entity: 'program', entityId: programId, scopePath: p.scopePath, after: { itemId, taskId: id } });
    return id;
  });
  return getTask(ctx, taskId);
}
