import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { personSortKey } from '../../../common/vietnamese.ts';
import type { DB } from '../../db/schema.ts';
import type { Ctx } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { todayInVietnam } from '../../lib/dates.ts';
import { appendAudit } from '../audit/audit.chain.ts';
import { COLUMNS } from './member-import.columns.ts';
import type { Extraction } from '../files/files.pool.ts';
import { duplicatesInDatabase, writableCells } from './member-import.queries.ts';
import type { DryRunResult, ImportJob } from './member-import.schema.ts';
import { type RowError, type ValidRow, duplicatesInFile, rowError, validateRow } from './member-import.validate.ts';

const BATCH = 1000;
/** Rows written so far by jobs running in this process; the row in import_jobs records start and end. */
const progress = new Map<string, number>();

interface Checked {
  total: number;
  rows: ValidRow[];
  errors: RowError[];
}

/** Every check, in the order a reader fixes them: the header, each row, the file against itself, the database. */
async function checkFile(ctx: Ctx, db: Kysely<DB>, file: Buffer, extraction: Extraction): Promise<Checked> {
  // Read in a worker thread with limits: a zip bomb is refused (422), never parsed on the event loop.
  const { rows: raw, missing } = await extraction.rows(file);
  const errors: RowError[] = missing.map((key) => rowError(ctx.lang, 1, key, 'missing_column', { column: COLUMNS.find((c) => c.key === key)?.header ?? key }));
  const cellOf = await writableCells(db, ctx.actor);
  const today = todayInVietnam();
  const rows: ValidRow[] = [];
  for (const r of raw) {
    const checked = validateRow(r, cellOf, ctx.lang, today);
    errors.push(...checked.errors);
    if (checked.row) rows.push(checked.row);
  }
  errors.push(...duplicatesInFile(rows, ctx.lang), ...(await duplicatesInDatabase(db, rows, ctx.lang)));
  errors.sort((a, b) => a.row - b.row);
  return { total: raw.length, rows, errors };
}

export async function dryRun(ctx: Ctx, file: Buffer, extraction: Extraction): Promise<DryRunResult> {
  const { total, rows, errors } = await checkFile(ctx, ctx.db, file, extraction);
  const bad = new Set(errors.map((e) => e.row));
  const byCell = new Map<string, number>();
  for (const r of rows) if (!bad.has(r.row)) byCell.set(r.cell.id, (byCell.get(r.cell.id) ?? 0) + 1);
  return { total, valid: total - bad.size, errors, byCell: [...byCell].map(([cellId, count]) => ({ cellId, count })) };
}

/** The deepest organization containing every imported cell: who may read the import's audit entry. */
export function commonPath(paths: readonly string[]): string {
  const split = paths.map((p) => p.split('/').filter(Boolean));
  const first = split[0] ?? [];
  let n = 0;
  while (n < first.length && split.every((s) => s[n] === first[n])) n++;
  return `/${first.slice(0, n).join('/')}/`;
}

async function insertBatch(trx: Transaction<DB>, ctx: Ctx, jobId: string, batch: ValidRow[], today: string) {
  const people = batch.map((r) => ({
    id: randomUUID(), familyName: r.familyName, middleName: r.middleName, givenName: r.givenName, fullName: r.fullName,
    sortKey: personSortKey(r), gender: r.gender, birthDate: r.birthDate, organizationId: r.cell.id,
  }));
  const members = batch.map((r, i) => ({
    id: randomUUID(), personId: people[i]?.id ?? '', cellId: r.cell.id, status: r.status, partyCardNumber: r.partyCardNumber,
    citizenId: r.citizenId, admissionDecisionNumber: r.admissionDecisionNumber, admissionDecisionDate: r.admissionDecisionDate,
    ceremonyDate: r.ceremonyDate, officialRecognitionDate: r.officialRecognitionDate, educationLevel: r.educationLevel,
    politicalTheoryLevel: r.politicalTheoryLevel, occupation: r.occupation, position: r.position, contact: r.contact,
  }));
  const events = batch.map((r, i) => ({
    id: randomUUID(), memberId: members[i]?.id ?? '', kind: 'imported', occurredOn: today, statusAfter: r.status,
    details: JSON.stringify({ importJobId: jobId, row: r.row }), createdBy: ctx.actor.userId,
  }));
  await trx.insertInto('people').values(people).execute();
  await trx.insertInto('members').values(members).execute();
  await trx.insertInto('memberEvents').values(events).execute();
}

/** The import itself: one transaction, all rows or none, checked again inside it against the database. */
async function runImport(ctx: Ctx, jobId: string, file: Buffer, scopePath: string, extraction: Extraction) {
  try {
    const summary = await ctx.db.transaction().execute(async (trx) => {
      const { rows, errors } = await checkFile(ctx, trx, file, extraction);
      if (errors.length > 0) throw new ImportRefused(errors);
      const today = todayInVietnam();
      for (let i = 0; i < rows.length; i += BATCH) {
        await insertBatch(trx, ctx, jobId, rows.slice(i, i + BATCH), today);
        progress.set(jobId, Math.min(rows.length, i + BATCH));
      }
      const byStatus: Record<string, number> = {};
      for (const r of rows) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
      const result = { imported: rows.length, byStatus };
      await appendAudit(trx, ctx, { action: 'member.imported', entity: 'member_import', entityId: jobId, scopePath, after: result });
      return result;
    });
    await ctx.db.updateTable('importJobs').set({ status: 'succeeded', processed: summary.imported, summary: JSON.stringify(summary), finishedAt: new Date().toISOString() }).where('id', '=', jobId).execute();
  } catch (e) {
    // A refusal lists the rows; anything else is our failure: logged in full, told plainly to the user.
    if (!(e instanceof ImportRefused)) console.error('member import failed', e);
    const failed = ctx.lang === 'en' ? 'The import failed; nothing was written. Try again.' : 'Nhập không thành công; chưa có dòng nào được ghi. Hãy thử lại.';
    const errors = e instanceof ImportRefused ? e.errors : [{ row: 0, column: null, columnLabel: null, message: failed }];
    await ctx.db.updateTable('importJobs').set({ status: 'failed', errors: JSON.stringify(errors), finishedAt: new Date().toISOString() }).where('id', '=', jobId).execute();
  } finally {
    progress.delete(jobId);
  }
}

class ImportRefused extends Error {
  constructor(readonly errors: RowError[]) {
    super('import refused');
  }
}

/**
 * Starts an import job after a full check: a file with any error is refused at once (422 with every
 * row's errors) and nothing is written. Otherwise the job runs in the background; poll it for progress.
 */
export async function startImport(ctx: Ctx, file: Buffer, extraction: Extraction): Promise<ImportJob> {
  const { total, rows, errors } = await checkFile(ctx, ctx.db, file, extraction);
  if (errors.length > 0) throw new AppError(422, 'import.rows_invalid', { count: errors.length }, { rowErrors: errors });
  const id = randomUUID();
  const scopePath = commonPath(rows.map((r) => r.cell.path));
  await ctx.db.insertInto('importJobs').values({ id, status: 'running', total, errors: '[]', summary: null, scopePath, createdBy: ctx.actor.userId }).execute();
  progress.set(id, 0);
  // Read before the import starts: on PGlite a statement outside an open transaction waits for it.
  const job = await getJob(ctx, id);
  void runImport(ctx, id, file, scopePath, extraction);
  return job;
}

/** A job as its starter sees it, with live progress while it runs in this process. */
export async function getJob(ctx: Ctx, id: string): Promise<ImportJob> {
  const job = await ctx.db
    .selectFrom('importJobs')
    .select(['id', 'status', 'total', 'processed', 'errors', 'summary', 'createdAt', 'finishedAt'])
    .where('id', '=', id)
    .where('createdBy', '=', ctx.actor.userId)
    .executeTakeFirst();
  if (!job) throw notFound();
  return {
    ...job,
    processed: job.status === 'running' ? (progress.get(id) ?? job.processed) : job.processed,
    errors: (job.errors ?? []) as RowError[],
    summary: job.summary as ImportJob['summary'],
  };
}
