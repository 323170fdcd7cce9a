import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { json } from '../../db/json.ts';
import type { DB } from '../../db/schema.ts';
import type { Ctx } from '../../http/context.ts';
import { checkVersion } from '../../http/concurrency.ts';
import { AppError, forbidden, notFound } from '../../http/errors.ts';
import { addDays } from '../../lib/dates.ts';
import { isPartyKind } from '../../../common/enums.ts';
import { partyHeadingIn } from '../meetings/index.ts';
import { consolidatedToDocx } from './reports.docx.ts';
import { appliedWindow } from './reports.window.ts';
import { PERIODIC_REPORT_KINDS } from '../../lib/report-periods.ts';
import { canAt } from '../../lib/roles.ts';
import { appendAudit } from '../audit/index.ts';
import type { Consolidated, ConsolidatedContent, Submission, Template } from './reports.schema.ts';

/**
 * The consolidated report drafts itself: the subordinates' figures summed and narratives gathered by
 * section, with what the system recorded in the period in the recipient's subtree (meetings held, tasks,
 * members admitted, recognized, transferred). Editable afterwards; regenerating keeps the edited summary.
 */

/** The period's days as instants in Vietnam (UTC+7): from the first day's midnight to the day after the last. */
const instantRange = (start: string, end: string) => [`${start}T00:00:00+07:00`, `${addDays(end, 1)}T00:00:00+07:00`] as const;

export async function systemRecords(db: Kysely<DB>, prefix: string, start: string, end: string): Promise<ConsolidatedContent['records']> {
  const [from, to] = instantRange(start, end);
  const like = `${prefix}%`;
  const [meetings, tasks, members] = await Promise.all([
    db.selectFrom('meetings').select(['kind', sql<number>`count(*)`.as('n')])
      .where('scopePath', 'like', like).where('state', '=', 'held').where('deletedAt', 'is', null)
      .where('startsAt', '>=', from).where('startsAt', '<', to).groupBy('kind').execute(),
    db.selectFrom('tasks').where('scopePath', 'like', like).where('deletedAt', 'is', null).select([
      sql<number>`count(*) FILTER (WHERE created_at >= ${from} AND created_at < ${to})`.as('created'),
      sql<number>`count(*) FILTER (WHERE completed_on BETWEEN ${start} AND ${end})`.as('completed'),
      sql<number>`count(*) FILTER (WHERE completed_on BETWEEN ${start} AND ${end} AND completed_on <= due_on)`.as('completedOnTime'),
      // Overdue at the period's end: due by then and not done by then.
      sql<number>`count(*) FILTER (WHERE due_on < ${end} AND status <> 'cancelled' AND (completed_on IS NULL OR completed_on > ${end}) AND created_at < ${to})`.as('overdue'),
    ]).executeTakeFirstOrThrow(),
    db.selectFrom('memberEvents as e').innerJoin('members as m', 'm.id', 'e.memberId').innerJoin('organizations as o', 'o.id', 'm.cellId')
      .where('o.path', 'like', like).where('e.occurredOn', '>=', start).where('e.occurredOn', '<=', end)
      .select(['e.kind', sql<number>`count(*)`.as('n')]).where('e.kind', 'in', ['admission_decision', 'official_recognition', 'transfer_out', 'transfer_in'])
      .groupBy('e.kind').execute(),
  ]);
  const memberCount = (kind: string) => Number(members.find((r) => r.kind === kind)?.n ?? 0);
  const [documents, correspondence] = await Promise.all([documentRecords(db, like, start, end), correspondenceRecords(db, like, start, end)]);
  return {
    meetingsHeld: Object.fromEntries(meetings.map((r) => [r.kind, Number(r.n)])),
    tasks: { created: Number(tasks.created), completed: Number(tasks.completed), completedOnTime: Number(tasks.completedOnTime), overdue: Number(tasks.overdue) },
    members: { admitted: memberCount('admission_decision'), recognized: memberCount('official_recognition'), transferredOut: memberCount('transfer_out'), transferredIn: memberCount('transfer_in') },
    documents,
    correspondence,
  };
}

/** Documents issued in the period, by type. */
async function documentRecords(db: Kysely<DB>, like: string, start: string, end: string): Promise<Record<string, number>> {
  const rows = await sql<{ name: string; n: number }>`
    SELECT t.name, count(*) AS n FROM documents d JOIN document_types t ON t.id = d.type_id
    WHERE d.scope_path LIKE ${like} AND d.issued_on BETWEEN ${start} AND ${end}
    GROUP BY t.name ORDER BY t.name`.execute(db);
  return Object.fromEntries(rows.rows.map((r) => [r.name, Number(r.n)]));
}

/** The registers in the period: documents in and out, incoming ones handled on time or late, citizens' letters. */
async function correspondenceRecords(db: Kysely<DB>, like: string, start: string, end: string): Promise<NonNullable<ConsolidatedContent['records']['correspondence']>> {
  const r = await sql<Record<string, number>>`
    SELECT
      (SELECT count(*) FROM incoming_documents WHERE scope_path LIKE ${like} AND received_on BETWEEN ${start} AND ${end}) AS incoming,
      (SELECT count(*) FROM outgoing_register WHERE scope_path LIKE ${like} AND issued_on BETWEEN ${start} AND ${end}) AS outgoing,
      (SELECT count(*) FROM incoming_documents WHERE scope_path LIKE ${like} AND done_on BETWEEN ${start} AND ${end}
        AND (deadline IS NULL OR done_on <= deadline)) AS "handledOnTime",
      (SELECT count(*) FROM incoming_documents WHERE scope_path LIKE ${like} AND done_on BETWEEN ${start} AND ${end}
        AND done_on > deadline) AS "handledLate",
      (SELECT count(*) FROM letters WHERE scope_path LIKE ${like} AND received_on BETWEEN ${start} AND ${end}) AS letters,
      (SELECT count(*) FROM letters WHERE scope_path LIKE ${like} AND answered_on BETWEEN ${start} AND ${end}) AS "lettersAnswered"`.execute(db);
  const row = r.rows[0] ?? {};
  const n = (k: string) => Number(row[k] ?? 0);
  return { incoming: n('incoming'), outgoing: n('outgoing'), handledOnTime: n('handledOnTime'), handledLate: n('handledLate'), letters: n('letters'), lettersAnswered: n('lettersAnswered') };
}

type SentSubmission = Pick<Submission, 'organizationName' | 'figures' | 'narrative'>;

export function combineSubmissions(template: Template, sent: SentSubmission[]): Pick<ConsolidatedContent, 'figures' | 'sections'> {
  return {
    figures: template.figures.map((f) => {
      const values = sent.map((s) => ({ organizationName: s.organizationName, value: s.figures[f.key] ?? null }));
      const numeric = f.type === 'integer' || f.type === 'decimal';
      const total = numeric ? values.reduce((sum, v) => sum + (typeof v.value === 'number' ? v.value : 0), 0) : null;
      return { key: f.key, label: f.label, type: f.type, total, values };
    }),
    sections: template.sections.map((s) => ({
      key: s.key,
      title: s.title,
      entries: sent.filter((x) => (x.narrative[s.key] ?? '').trim() !== '').map((x) => ({ organizationName: x.organizationName, text: x.narrative[s.key] ?? '' })),
    })),
  };
}

async function periodForRecipient(ctx: Ctx, periodId: string, organizationId: string) {
  const p = await ctx.db.selectFrom('reportPeriods as p').innerJoin('reportSchedules as s', 's.id', 'p.scheduleId')
    .innerJoin('organizations as o', 'o.id', 's.recipientOrganizationId')
    .select(['p.id', 'p.label', 'p.periodStart', 'p.periodEnd', 'p.dueOn', 's.kind', 's.periodWindow', 's.template', 's.scopePath', 's.recipientOrganizationId', 'o.name as organizationName'])
    .where('p.id', '=', periodId).executeTakeFirst();
  if (!p || !canAt(ctx.actor, 'reports.read', p.scopePath)) throw notFound();
  if (p.recipientOrganizationId !== organizationId) throw new AppError(422, 'report.not_the_recipient');
  if (!canAt(ctx.actor, 'reports.write', p.scopePath)) throw forbidden();
  return p;
}

export async function generateConsolidated(ctx: Ctx, periodId: string, organizationId: string): Promise<Consolidated> {
  const p = await periodForRecipient(ctx, periodId, organizationId);
  const subs = await ctx.db.selectFrom('reportScheduleReporters as r').innerJoin('reportPeriods as per', 'per.scheduleId', 'r.scheduleId')
    .innerJoin('organizations as o', 'o.id', 'r.organizationId')
    .leftJoin('reportSubmissions as sub', (j) => j.onRef('sub.periodId', '=', 'per.id').onRef('sub.organizationId', '=', 'r.organizationId'))
    .select(['o.name as organizationName', 'sub.status', 'sub.figures', 'sub.narrative', 'sub.submittedAt'])
    .where('per.id', '=', periodId).orderBy('o.name').execute();
  const sent = subs.filter((s) => s.status === 'submitted' || s.status === 'accepted')
    .map((s) => ({ organizationName: s.organizationName, figures: (s.figures ?? {}) as Submission['figures'], narrative: (s.narrative ?? {}) as Submission['narrative'] }));
  const dueEnd = `${addDays(p.dueOn, 1)}T00:00:00+07:00`;
  const lateCount = subs.filter((s) => (s.submittedAt ? new Date(s.submittedAt) >= new Date(dueEnd) : new Date() >= new Date(dueEnd))).length;
  const existing = await ctx.db.selectFrom('consolidatedReports').selectAll().where('periodId', '=', periodId).where('organizationId', '=', organizationId).executeTakeFirst();
  if (existing?.status === 'final') throw new AppError(409, 'report.consolidated_final');
  const content: ConsolidatedContent = {
    label: p.label, periodStart: p.periodStart, periodEnd: p.periodEnd, organizationName: p.organizationName,
    window: appliedWindow(p.periodWindow, (PERIODIC_REPORT_KINDS as readonly string[]).includes(p.kind), p.periodStart, p.periodEnd),
    submissions: { expected: subs.length, submitted: sent.length, accepted: subs.filter((s) => s.status === 'accepted').length, late: lateCount },
    ...combineSubmissions(p.template as Template, sent),
    records: await systemRecords(ctx.db, p.scopePath, p.periodStart, p.periodEnd),
    summary: (existing?.content as ConsolidatedContent | undefined)?.summary ?? '',
  };
  const id = existing?.id ?? randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    if (existing) {
      await trx.updateTable('consolidatedReports').set({ content: json(content), version: sql<number>`version + 1`, updatedAt: sql<string>`now()` }).where('id', '=', id).execute();
    } else {
      await trx.insertInto('consolidatedReports').values({ id, periodId, organizationId, scopePath: p.scopePath, content: json(content), createdBy: ctx.actor.userId }).execute();
    }
    await appendAudit(trx, ctx, { action: 'report.consolidated_generated', entity: 'consolidated_report', entityId: id, scopePath: p.scopePath, after: { periodId, submissions: content.submissions, records: content.records } });
  });
  return getConsolidated(ctx, id);
}

export async function getConsolidated(ctx: Ctx, id: string): Promise<Consolidated> {
  const row = await ctx.db.selectFrom('consolidatedReports').select(['id', 'periodId', 'organizationId', 'status', 'content', 'version', 'updatedAt', 'scopePath'])
    .where('id', '=', id).executeTakeFirst();
  if (!row || !canAt(ctx.actor, 'reports.read', row.scopePath)) throw notFound();
  const { scopePath: _s, ...rest } = row;
  return { ...rest, content: row.content as ConsolidatedContent };
}

export async function editConsolidated(ctx: Ctx, id: string, input: { version: number; summary: string; sections?: ConsolidatedContent['sections'] | undefined }): Promise<Consolidated> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('consolidatedReports').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!row || !canAt(ctx.actor, 'reports.read', row.scopePath)) throw notFound();
    if (!canAt(ctx.actor, 'reports.write', row.scopePath)) throw forbidden();
    checkVersion(row, input.version);
    if (row.status === 'final') throw new AppError(409, 'report.consolidated_final');
    const content = { ...(row.content as ConsolidatedContent), summary: input.summary, ...(input.sections ? { sections: input.sections } : {}) };
    await trx.updateTable('consolidatedReports').set({ content: json(content), version: sql<number>`version + 1`, updatedAt: sql<string>`now()` }).where('id', '=', id).execute();
    await appendAudit(trx, ctx, { action: 'report.consolidated_edited', entity: 'consolidated_report', entityId: id, scopePath: row.scopePath, after: { summary: input.summary } });
  });
  return getConsolidated(ctx, id);
}

/**
 * The Word file of a consolidated report, headed by its organization in the layout of its regime (party,
 * or administrative for an agency) and dated the report's date: the last day of its period, the day
 * the situation it reports stands at, whatever day the file is made.
 */
export async function consolidatedDocx(ctx: Ctx, id: string): Promise<{ buffer: Buffer; fileName: string }> {
  const c = await getConsolidated(ctx, id);
  const org = await ctx.db.selectFrom('organizations').select(['name', 'parentId', 'kind', 'code']).where('id', '=', c.organizationId).executeTakeFirstOrThrow();
  const day = c.content.periodEnd;
  const party = isPartyKind(org.kind);
  const heading = {
    ...(await partyHeadingIn(ctx.db, org, day)),
    regime: party ? 'party' as const : 'administrative' as const,
    numberLine: party ? `Số    -BC/${org.code ?? ''}` : `Số:     /BC-${org.code ?? ''}`,
  };
  return { buffer: await consolidatedToDocx(c.content, heading), fileName: `Báo cáo ${c.content.label.replace('/', '-')}` };
}
