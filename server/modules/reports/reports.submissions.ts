import { randomUUID } from 'node:crypto';
import { type Transaction, sql } from 'kysely';
import { json } from '../../db/json.ts';
import type { DB } from '../../db/schema.ts';
import type { Ctx } from '../../http/context.ts';
import { checkVersion } from '../../http/concurrency.ts';
import { AppError, forbidden, notFound } from '../../http/errors.ts';
import { canAt } from '../../lib/roles.ts';
import { appendAudit } from '../audit/index.ts';
import type { SaveSubmission, Submission, Template } from './reports.schema.ts';

/** A reporter's submission for a period: saved as a draft, sent, returned for correction or accepted. */

async function periodAndReporter(trx: Transaction<DB>, periodId: string, organizationId: string) {
  const row = await trx.selectFrom('reportPeriods as p').innerJoin('reportSchedules as s', 's.id', 'p.scheduleId')
    .leftJoin('reportScheduleReporters as r', (j) => j.onRef('r.scheduleId', '=', 's.id').on('r.organizationId', '=', organizationId))
    .leftJoin('organizations as o', 'o.id', 'r.organizationId')
    .select(['p.id', 'p.state', 's.template', 's.scopePath as recipientPath', 'o.path as reporterPath', 'o.name as reporterName'])
    .where('p.id', '=', periodId).executeTakeFirst();
  return row;
}

/** Each figure must be in the template and of its type; each narrative key must be a section. */
export function checkAgainstTemplate(template: Template, input: Pick<SaveSubmission, 'figures' | 'narrative'>) {
  for (const [key, value] of Object.entries(input.figures)) {
    const figure = template.figures.find((f) => f.key === key);
    if (!figure) throw new AppError(422, 'report.figure_unknown', { key });
    if (value === null) continue;
    const ok = figure.type === 'integer' ? Number.isInteger(value)
      : figure.type === 'decimal' ? typeof value === 'number' && Number.isFinite(value)
        : figure.type === 'text' ? typeof value === 'string'
          : typeof value === 'boolean';
    if (!ok) throw new AppError(422, 'report.figure_invalid', { key, label: figure.label, type: figure.type });
  }
  for (const key of Object.keys(input.narrative)) {
    if (!template.sections.some((s) => s.key === key)) throw new AppError(422, 'report.section_unknown', { key });
  }
}

async function loadSubmission(trx: Transaction<DB> | Ctx['db'], id: string): Promise<Submission> {
  const row = await trx.selectFrom('reportSubmissions as s').innerJoin('organizations as o', 'o.id', 's.organizationId')
    .select(['s.id', 's.periodId', 's.organizationId', 'o.name as organizationName', 's.status', 's.figures', 's.narrative', 's.submittedAt', 's.reviewedAt', 's.returnReason', 's.version'])
    .where('s.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return { ...row, figures: row.figures as Submission['figures'], narrative: row.narrative as Submission['narrative'] };
}

type Step = 'save' | 'submit';

/** Saves (and with 'submit', sends) the reporter's form. Only while the period is open, only by the reporter. */
export async function saveSubmission(ctx: Ctx, periodId: string, organizationId: string, input: SaveSubmission, step: Step): Promise<Submission> {
  const id = await ctx.db.transaction().execute(async (trx) => {
    const p = await periodAndReporter(trx, periodId, organizationId);
    if (!p) throw notFound();
    if (!p.reporterPath) throw new AppError(422, 'report.not_a_reporter');
    if (!canAt(ctx.actor, 'reports.write', p.reporterPath)) throw canAt(ctx.actor, 'reports.read', p.recipientPath) ? forbidden() : notFound();
    if (p.state !== 'open') throw new AppError(409, 'report.period_not_open');
    checkAgainstTemplate(p.template as Template, input);
    const existing = await trx.selectFrom('reportSubmissions').selectAll().where('periodId', '=', periodId).where('organizationId', '=', organizationId).forUpdate().executeTakeFirst();
    const submitted = step === 'submit' ? { status: 'submitted' as const, submittedAt: new Date().toISOString(), submittedBy: ctx.actor.userId } : {};
    let subId: string;
    if (existing) {
      if (input.version === undefined) throw new AppError(409, 'resource.version_conflict', {}, { current: await loadSubmission(trx, existing.id) });
      checkVersion(existing, input.version);
      if (existing.status === 'submitted' || existing.status === 'accepted') throw new AppError(409, 'report.already_submitted');
      await trx.updateTable('reportSubmissions').set({
        figures: json(input.figures), narrative: json(input.narrative), ...submitted,
        ...(step === 'submit' ? {} : { status: existing.status === 'returned' ? 'returned' as const : 'draft' as const }),
        version: sql<number>`version + 1`, updatedAt: sql<string>`now()`,
      }).where('id', '=', existing.id).execute();
      subId = existing.id;
    } else {
      subId = randomUUID();
      await trx.insertInto('reportSubmissions').values({
        id: subId, periodId, organizationId, scopePath: p.reporterPath, figures: json(input.figures), narrative: json(input.narrative), ...submitted,
      }).execute();
    }
    await appendAudit(trx, ctx, { action: step === 'submit' ? 'report.submitted' : 'report.saved', entity: 'report_submission', entityId: subId, scopePath: p.reporterPath, after: input });
    return subId;
  });
  return loadSubmission(ctx.db, id);
}

/** The recipient returns a submission for correction (with its reason) or accepts it. */
export async function reviewSubmission(ctx: Ctx, submissionId: string, input: { version: number; reason?: string | undefined }, decision: 'return' | 'accept'): Promise<Submission> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('reportSubmissions as sub').innerJoin('reportPeriods as p', 'p.id', 'sub.periodId')
      .innerJoin('reportSchedules as s', 's.id', 'p.scheduleId')
      .select(['sub.id', 'sub.status', 'sub.version', 'sub.scopePath', 's.scopePath as recipientPath'])
      .where('sub.id', '=', submissionId).forUpdate().executeTakeFirst();
    if (!row || !canAt(ctx.actor, 'reports.read', row.recipientPath)) throw notFound();
    if (!canAt(ctx.actor, 'reports.write', row.recipientPath)) throw forbidden();
    checkVersion(row, input.version);
    if (row.status !== 'submitted') throw new AppError(409, 'report.not_submitted');
    if (decision === 'return' && !input.reason) throw new AppError(422, 'report.reason_required');
    await trx.updateTable('reportSubmissions').set({
      status: decision === 'return' ? 'returned' : 'accepted', returnReason: decision === 'return' ? (input.reason ?? null) : null,
      reviewedAt: sql<string>`now()`, reviewedBy: ctx.actor.userId, version: sql<number>`version + 1`, updatedAt: sql<string>`now()`,
    }).where('id', '=', submissionId).execute();
    await appendAudit(trx, ctx, { action: decision === 'return' ? 'report.returned' : 'report.accepted', entity: 'report_submission', entityId: submissionId, scopePath: row.scopePath, after: { reason: input.reason ?? null } });
  });
  return loadSubmission(ctx.db, submissionId);
}

export async function getSubmission(ctx: Ctx, submissionId: string): Promise<Submission> {
  const row = await ctx.db.selectFrom('reportSubmissions as sub').innerJoin('reportPeriods as p', 'p.id', 'sub.periodId')
    .innerJoin('reportSchedules as s', 's.id', 'p.scheduleId').select(['sub.scopePath', 's.scopePath as recipientPath']).where('sub.id', '=', submissionId).executeTakeFirst();
  if (!row || !(canAt(ctx.actor, 'reports.read', row.scopePath) || canAt(ctx.actor, 'reports.read', row.recipientPath))) throw notFound();
  return loadSubmission(ctx.db, submissionId);
}
