import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { json } from '../../db/json.ts';
import type { DB } from '../../db/schema.ts';
import type { Ctx } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { type Page, type PageParams, paginate } from '../../http/paging.ts';
import { inScope, organizationFor } from '../../http/scope.ts';
import { todayInVietnam } from '../../lib/dates.ts';
import { type PeriodWindow, type PeriodicReportKind, PERIODIC_REPORT_KINDS, windowPeriodContaining, windowPeriodOf } from '../../lib/report-periods.ts';
import { addWorkingDays } from '../../lib/working-days.ts';
import { type Actor, canAt } from '../../lib/roles.ts';
import { appendAudit } from '../audit/index.ts';
import { holidaysAfter, ruleOn } from '../rules/index.ts';
import { periodSubmissions } from './reports.queries.ts';
import type { CreateSchedule, OpenPeriod, Period, Schedule } from './reports.schema.ts';
import { windowRuleOf } from './reports.window.ts';

/** Report schedules and their periods: who reports to whom, over which data, by when. */

const isPeriodic = (kind: string): kind is PeriodicReportKind => (PERIODIC_REPORT_KINDS as readonly string[]).includes(kind);

/** Schedules the actor receives, and those one of their organizations reports under (a reporter reads its form). */
function visibleSchedules(db: Kysely<DB>, actor: Actor) {
  return db.selectFrom('reportSchedules as s').innerJoin('organizations as o', 'o.id', 's.recipientOrganizationId')
    .where((eb) => eb.or([
      inScope(actor, 'reports.read', eb.ref('s.scopePath')),
      eb.exists(eb.selectFrom('reportScheduleReporters as rr').innerJoin('organizations as ro', 'ro.id', 'rr.organizationId')
        .select('rr.organizationId').whereRef('rr.scheduleId', '=', 's.id').where(inScope(actor, 'reports.read', sql.ref('ro.path')))),
    ]));
}

async function scheduleOut(db: Kysely<DB>, id: string, actor: Actor): Promise<Schedule | undefined> {
  const s = await visibleSchedules(db, actor)
    .select(['s.id', 's.recipientOrganizationId', 'o.name as recipientName', 's.name', 's.kind', 's.template', 's.cutoffDay', 's.periodWindow', 's.dueWorkingDays', 's.active', 's.version', 's.scopePath'])
    .where('s.id', '=', id).executeTakeFirst();
  if (!s) return undefined;
  const { scopePath, ...schedule } = s;
  const reporters = await db.selectFrom('reportScheduleReporters as r').innerJoin('organizations as o', 'o.id', 'r.organizationId')
    .select(['o.id', 'o.name']).where('r.scheduleId', '=', id).orderBy('o.name').execute();
  return { ...schedule, template: s.template as Schedule['template'], reporters, isRecipient: canAt(actor, 'reports.read', scopePath) };
}

export async function getSchedule(ctx: Ctx, id: string): Promise<Schedule> {
  const s = await scheduleOut(ctx.db, id, ctx.actor);
  if (!s) throw notFound();
  return s;
}

export async function listSchedules(ctx: Ctx, page: PageParams): Promise<Page<Omit<Schedule, 'reporters' | 'template'>>> {
  const q = visibleSchedules(ctx.db, ctx.actor)
    .select(['s.id', 's.recipientOrganizationId', 'o.name as recipientName', 's.name', 's.kind', 's.cutoffDay', 's.periodWindow', 's.dueWorkingDays', 's.active', 's.version', 's.scopePath']);
  const res = await paginate(q, page, { default: 'name', id: sql`s.id`, columns: { name: { expr: sql`s.name`, value: (r) => r.name } } });
  return { ...res, data: res.data.map(({ scopePath, ...r }) => ({ ...r, isRecipient: canAt(ctx.actor, 'reports.read', scopePath) })) };
}

/** A schedule's periods, newest first: what its page lists. */
export async function listPeriods(ctx: Ctx, scheduleId: string, page: PageParams) {
  await getSchedule(ctx, scheduleId);
  const q = ctx.db.selectFrom('reportPeriods').select(['id', 'label', 'periodStart', 'periodEnd', 'dueOn', 'state']).where('scheduleId', '=', scheduleId);
  return paginate(q, page, { default: '-periodStart', id: sql`id`, columns: { periodStart: { expr: sql`period_start`, value: (r) => r.periodStart } } });
}

export async function createSchedule(ctx: Ctx, input: CreateSchedule): Promise<Schedule> {
  const recipient = await organizationFor(ctx.db, ctx.actor, input.recipientOrganizationId, 'reports.write');
  const keys = [...input.template.figures.map((f) => f.key), ...input.template.sections.map((s) => s.key)];
  if (new Set(keys).size !== keys.length) throw new AppError(422, 'report.template_keys_repeated');
  const reporters = [...new Set(input.reporterOrganizationIds)];
  const found = await ctx.db.selectFrom('organizations').select(['id', 'path']).where('id', 'in', reporters).where('deletedAt', 'is', null).execute();
  // Reporters are the recipient's subordinates: a schedule cannot reach outside its own tree.
  if (found.length !== reporters.length || found.some((o) => !o.path.startsWith(recipient.path) || o.id === recipient.id)) {
    throw new AppError(422, 'report.reporter_outside');
  }
  const today = todayInVietnam();
  const cutoffDay = input.cutoffDay ?? (await ruleOn(ctx.db, 'report.cutoff_day', today));
  const dueWorkingDays = input.dueWorkingDays ?? (await ruleOn(ctx.db, 'report.due_working_days', today));
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const row = {
      id, recipientOrganizationId: recipient.id, scopePath: recipient.path, name: input.name, kind: input.kind,
      template: json(input.template), cutoffDay, periodWindow: input.periodWindow, dueWorkingDays, createdBy: ctx.actor.userId,
    };
    await trx.insertInto('reportSchedules').values(row).execute();
    await trx.insertInto('reportScheduleReporters').values(reporters.map((organizationId) => ({ scheduleId: id, organizationId }))).execute();
    await appendAudit(trx, ctx, { action: 'report.schedule_created', entity: 'report_schedule', entityId: id, scopePath: recipient.path, after: { ...row, template: input.template, reporters } });
  });
  return getSchedule(ctx, id);
}

/** The data period and due date of a schedule's period: the cut-off rule, then working days after it. */
async function periodDates(db: Kysely<DB>, s: { kind: string; cutoffDay: number; periodWindow: PeriodWindow; dueWorkingDays: number }, input: OpenPeriod) {
  let p: { label: string; periodStart: string; periodEnd: string };
  if ('year' in input) {
    if (!isPeriodic(s.kind)) throw new AppError(422, 'report.period_kind_mismatch');
    if (s.kind === 'quarterly' ? input.index > 4 : s.kind !== 'monthly' && input.index !== 1) throw new AppError(422, 'report.period_kind_mismatch');
    const { cutoffDay: _c, ...dates } = windowPeriodOf(s.kind, input.year, input.index, await windowRuleOf(db, s));
    p = dates;
  } else {
    if (isPeriodic(s.kind)) throw new AppError(422, 'report.period_kind_mismatch');
    if (input.periodEnd < input.periodStart) throw new AppError(422, 'report.period_dates');
    p = input;
  }
  const holidays = await holidaysAfter(db, p.periodEnd, s.dueWorkingDays);
  return { ...p, dueOn: addWorkingDays(p.periodEnd, s.dueWorkingDays, holidays) };
}

export async function openPeriod(ctx: Ctx, scheduleId: string, input: OpenPeriod): Promise<Period> {
  const s = await ctx.db.selectFrom('reportSchedules').selectAll().where('id', '=', scheduleId)
    .where((eb) => inScope(ctx.actor, 'reports.write', eb.ref('scopePath'))).executeTakeFirst();
  if (!s) throw notFound();
  const dates = await periodDates(ctx.db, s, input);
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const exists = await trx.selectFrom('reportPeriods').select('id').where('scheduleId', '=', s.id).where('periodStart', '=', dates.periodStart).executeTakeFirst();
    if (exists) throw new AppError(409, 'report.period_exists', { label: dates.label });
    await trx.insertInto('reportPeriods').values({ id, scheduleId: s.id, ...dates }).execute();
    await appendAudit(trx, ctx, { action: 'report.period_opened', entity: 'report_period', entityId: id, scopePath: s.scopePath, after: dates });
  });
  return getPeriod(ctx, id);
}

/**
 * Opens, for every active periodic schedule, the period whose data includes `today` (idempotent): what
 * the daily job calls so that periods open by themselves.
 */
export async function openCurrentPeriods(db: Kysely<DB>, today = todayInVietnam()): Promise<number> {
  const schedules = await db.selectFrom('reportSchedules').selectAll().where('active', '=', true).where('kind', 'in', [...PERIODIC_REPORT_KINDS]).execute();
  let opened = 0;
  for (const s of schedules) {
    if (!isPeriodic(s.kind)) continue;
    const p = windowPeriodContaining(s.kind, today, await windowRuleOf(db, s));
    // Yearly-type periods run from mid-December: the period containing today is the one to open.
    const dates = await periodDates(db, s, { year: p.year, index: p.index });
    const res = await db.insertInto('reportPeriods').values({ id: randomUUID(), scheduleId: s.id, ...dates })
      .onConflict((oc) => oc.columns(['scheduleId', 'periodStart']).doNothing()).executeTakeFirst();
    opened += Number(res.numInsertedOrUpdatedRows ?? 0);
  }
  return opened;
}

export async function getPeriod(ctx: Ctx, id: string): Promise<Period> {
  const p = await ctx.db.selectFrom('reportPeriods as p').innerJoin('reportSchedules as s', 's.id', 'p.scheduleId')
    .select(['p.id', 'p.scheduleId', 's.name as scheduleName', 's.kind', 's.scopePath', 'p.label', 'p.periodStart', 'p.periodEnd', 'p.dueOn', 'p.state'])
    .where('p.id', '=', id).executeTakeFirst();
  if (!p) throw notFound();
  // The recipient sees every line; a reporter sees its own.
  const recipient = canAt(ctx.actor, 'reports.read', p.scopePath);
  const submissions = await periodSubmissions(ctx.db, ctx.actor, p.id, p.dueOn, recipient);
  if (!recipient && submissions.length === 0) throw notFound();
  const { scopePath: _s, ...rest } = p;
  return { ...rest, submissions };
}

export async function closePeriod(ctx: Ctx, id: string): Promise<Period> {
  const p = await ctx.db.selectFrom('reportPeriods as p').innerJoin('reportSchedules as s', 's.id', 'p.scheduleId')
    .select(['p.id', 's.scopePath', 'p.state']).where('p.id', '=', id)
    .where((eb) => inScope(ctx.actor, 'reports.write', eb.ref('s.scopePath'))).executeTakeFirst();
  if (!p) throw notFound();
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('reportPeriods').set({ state: 'closed' }).where('id', '=', id).execute();
    await appendAudit(trx, ctx, { action: 'report.period_closed', entity: 'report_period', entityId: id, scopePath: p.scopePath, before: { state: p.state }, after: { state: 'closed' } });
  });
  return getPeriod(ctx, id);
}
