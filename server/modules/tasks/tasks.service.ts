import { randomUUID } from 'node:crypto';
import { type Kysely, type SqlBool, type Transaction, sql } from 'kysely';
import type { TaskPriority, TaskSource, TaskStatus } from '../../../common/enums.ts';
import { json } from '../../db/json.ts';
import type { DB } from '../../db/schema.ts';
import type { Ctx } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { type Page, type PageParams, paginate } from '../../http/paging.ts';
import { inScope } from '../../http/scope.ts';
import { todayInVietnam } from '../../lib/dates.ts';
import type { Actor } from '../../lib/roles.ts';
import { appendAudit } from '../audit/index.ts';
import type { Task } from './tasks.schema.ts';

/**
 * Tasks the actor may see: those led by a unit in their scope, and their own wherever they lie (a
 * member sees the tasks given to them).
 */
function visibleTasks(db: Kysely<DB>, actor: Actor) {
  return db
    .selectFrom('tasks as t')
    .innerJoin('organizations as lu', 'lu.id', 't.leadUnitId')
    .leftJoin('people as op', 'op.id', 't.ownerPersonId')
    .leftJoin('meetingConclusions as mc', (join) => join.onRef('mc.id', '=', 't.sourceId').on('t.sourceKind', '=', 'meeting_conclusion'))
    .leftJoin('meetings as m', 'm.id', 'mc.meetingId')
    .where('t.deletedAt', 'is', null)
    .where((eb) => {
      const scoped = inScope(actor, 'tasks.read', eb.ref('t.scopePath'));
      return actor.personId ? eb.or([scoped, eb('t.ownerPersonId', '=', actor.personId)]) : scoped;
    })
    .select([
      't.id', 't.title', 't.sourceKind', 't.sourceId', 't.ownerPersonId', 'op.fullName as ownerName', 't.leadUnitId',
      'lu.name as leadUnitName', 't.startOn', 't.dueOn', 't.originalDueOn', 't.expectedResult', 't.priority', 't.status',
      't.progress', 'm.id as meetingId', 'm.title as meetingTitle', 't.version', 't.createdAt',
      sql<boolean>`(t.due_on < ${todayInVietnam()} AND t.status NOT IN ('done', 'cancelled'))`.as('overdue'),
      sql<Array<{ id: string; name: string }>>`coalesce((SELECT json_agg(json_build_object('id', o.id, 'name', o.name) ORDER BY o.name)
        FROM task_cooperating_units cu JOIN organizations o ON o.id = cu.organization_id WHERE cu.task_id = t.id), '[]'::json)`.as('cooperatingUnits'),
    ]);
}

export interface TaskFilter {
  owner?: string | undefined;
  leadUnitId?: string | undefined;
  status?: TaskStatus | undefined;
  open?: 'true' | 'false' | undefined;
  sourceKind?: TaskSource | undefined;
  q?: string | undefined;
  modifiedSince?: string | undefined;
}

export async function listTasks(ctx: Ctx, f: TaskFilter, page: PageParams): Promise<Page<Task>> {
  let q = visibleTasks(ctx.db, ctx.actor);
  if (f.owner) {
    const owner = f.owner === 'me' ? ctx.actor.personId : f.owner;
    // An account linked to no person owns no task.
    q = owner ? q.where('t.ownerPersonId', '=', owner) : q.where(sql<SqlBool>`false`);
  }
  if (f.leadUnitId) q = q.where('t.leadUnitId', '=', f.leadUnitId);
  if (f.status) q = q.where('t.status', '=', f.status);
  if (f.open) q = q.where('t.status', f.open === 'true' ? 'in' : 'not in', ['open', 'in_progress']);
  if (f.sourceKind) q = q.where('t.sourceKind', '=', f.sourceKind);
  if (f.modifiedSince) q = q.where('t.updatedAt', '>=', f.modifiedSince);
  if (f.q) q = q.where(sql<boolean>`t.title_fold LIKE '%' || vn_fold(${f.q}) || '%'`);
  return paginate(q, page, {
    default: 'dueOn',
    id: sql`t.id`,
    columns: {
      // Tasks without a deadline sort last.
      dueOn: { expr: sql`coalesce(t.due_on, '9999-12-31'::date)`, value: (r) => r.dueOn ?? '9999-12-31' },
      createdAt: { expr: sql`t.created_at`, value: (r) => r.createdAt },
      title: { expr: sql`t.title`, value: (r) => r.title },
    },
  });
}

export async function getTask(ctx: Ctx, id: string): Promise<Task> {
  const t = await visibleTasks(ctx.db, ctx.actor).where('t.id', '=', id).executeTakeFirst();
  if (!t) throw notFound();
  return t;
}

export interface NewTask {
  title: string;
  description?: string | null;
  sourceKind: TaskSource;
  sourceId: string | null;
  ownerPersonId: string;
  leadUnitId: string;
  cooperatingUnitIds: string[];
  startOn: string | null;
  dueOn: string;
  expectedResult: string;
  priority: TaskPriority;
}

/** Creates a task inside the caller's transaction, with its first timeline event and its audit row. */
export async function createTaskIn(trx: Transaction<DB>, ctx: Ctx, input: NewTask): Promise<string> {
  if (input.startOn && input.dueOn < input.startOn) throw new AppError(422, 'task.due_before_start');
  const owner = await trx.selectFrom('people').select('id').where('id', '=', input.ownerPersonId).where('deletedAt', 'is', null).executeTakeFirst();
  const units = await trx.selectFrom('organizations').select(['id', 'path'])
    .where('id', 'in', [input.leadUnitId, ...input.cooperatingUnitIds]).where('deletedAt', 'is', null).where('dissolvedOn', 'is', null).execute();
  const lead = units.find((u) => u.id === input.leadUnitId);
  const cooperating = [...new Set(input.cooperatingUnitIds)].filter((id) => id !== input.leadUnitId);
  if (!owner || !lead || cooperating.some((id) => !units.some((u) => u.id === id))) throw new AppError(422, 'resource.reference_invalid');
  const id = randomUUID();
  const row = {
    id, title: input.title, description: input.description ?? null, sourceKind: input.sourceKind, sourceId: input.sourceId, ownerPersonId: owner.id,
    leadUnitId: lead.id, scopePath: lead.path, startOn: input.startOn, dueOn: input.dueOn, originalDueOn: input.dueOn,
    expectedResult: input.expectedResult, priority: input.priority, completedOn: null, result: null,
    createdBy: ctx.actor.userId, deletedAt: null,
  };
  await trx.insertInto('tasks').values(row).execute();
  if (cooperating.length) await trx.insertInto('taskCooperatingUnits').values(cooperating.map((organizationId) => ({ taskId: id, organizationId }))).execute();
  await trx.insertInto('taskEvents').values({ id: randomUUID(), taskId: id, kind: 'created', progress: 0, dueOn: input.dueOn, note: null, details: json({ sourceKind: input.sourceKind, sourceId: input.sourceId }), createdBy: ctx.actor.userId }).execute();
  await appendAudit(trx, ctx, { action: 'task.created', entity: 'task', entityId: id, scopePath: lead.path, after: { ...row, cooperatingUnitIds: cooperating } });
  return id;
}
