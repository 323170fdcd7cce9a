import { randomUUID } from 'node:crypto';
import { type Kysely, type Transaction, sql } from 'kysely';
import { personSortKey } from '../../../common/vietnamese.ts';
import type { DB } from '../../db/schema.ts';
import type { Ctx } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { type OrphanRule, PROCESS_HOLDER, SERVER_STOPPED, currentLeaseMs, keepRenewing, liveHolders } from '../../jobs/lease.ts';
import type { Lang } from '../../http/i18n.ts';
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

const leaseUntil = () => sql<string>`now() + make_interval(secs => ${currentLeaseMs() / 1000})`;

/**
 * The import itself: one transaction, all rows or none, checked again inside it against the database. Its
 * status turns 'succeeded' in that same transaction, so a crash leaves it 'running' with a lease that
 * stops being renewed, and recoverImports marks it failed.
 */
async function runImport(ctx: Ctx, jobId: string, file: Buffer, scopePath: string, extraction: Extraction) {
  const stopRenewing = keepRenewing(() => ctx.db.updateTable('importJobs').set({ lockedUntil: leaseUntil() }).where('id', '=', jobId).where('lockedBy', '=', PROCESS_HOLDER).execute());
  try {
    await ctx.db.transaction().execute(async (trx) => {
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
      await trx.updateTable('importJobs').set({ status: 'succeeded', processed: result.imported, summary: JSON.stringify(result), finishedAt: new Date().toISOString(), lockedBy: null, lockedUntil: null, failure: null }).where('id', '=', jobId).execute();
    });
  } catch (e) {
    // A refusal lists the rows; anything else is our failure: logged in full, told plainly to the user.
    if (!(e instanceof ImportRefused)) console.error('member import failed', e);
    const failed = ctx.lang === 'en' ? 'The import failed; nothing was written. Try again.' : 'Nhập không thành công; chưa có dòng nào được ghi. Hãy thử lại.';
    const errors = e instanceof ImportRefused ? e.errors : [{ row: 0, column: null, columnLabel: null, message: failed }];
    await ctx.db.updateTable('importJobs').set({ status: 'failed', errors: JSON.stringify(errors), finishedAt: new Date().toISOString(), lockedBy: null, lockedUntil: null }).where('id', '=', jobId).execute();
  } finally {
    stopRenewing();
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
  await ctx.db.insertInto('importJobs').values({ id, status: 'running', total, errors: '[]', summary: null, scopePath, createdBy: ctx.actor.userId, lockedBy: PROCESS_HOLDER, lockedUntil: leaseUntil(), failure: null }).execute();
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
    .select(['id', 'status', 'total', 'processed', 'errors', 'summary', 'createdAt', 'finishedAt', 'failure'])
    .where('id', '=', id)
    .where('createdBy', '=', ctx.actor.userId)
    .executeTakeFirst();
  if (!job) throw notFound();
  const { failure, ...rest } = job;
  const reason = failure === SERVER_STOPPED ? [{ row: 0, column: null, columnLabel: null, message: serverStopped(ctx.lang) }] : [];
  return {
    ...rest,
    processed: job.status === 'running' ? (progress.get(id) ?? job.processed) : job.processed,
    errors: [...reason, ...((job.errors ?? []) as RowError[])],
    summary: job.summary as ImportJob['summary'],
    failure: failure === SERVER_STOPPED ? SERVER_STOPPED : null,
  };
}

const serverStopped = (lang: Lang) =>
  lang === 'en'
    ? 'The server stopped while this import ran; nothing was written. Import the file again.'
    : 'Máy chủ đã dừng khi đang nhập; chưa có dòng nào được ghi. Hãy nhập lại tệp.';

/**
 * Marks failed the imports whose process died while they ran (their lease ran out, or any held by another
 * process when this one alone may open the database). Their transaction died with the process, so nothing
 * of them was written; the file is not kept, so they cannot be run again. The ids recovered.
 */
export async function recoverImports(db: Kysely<DB>, rule: OrphanRule): Promise<string[]> {
  const rows = await db
    .updateTable('importJobs')
    .set({ status: 'failed', failure: SERVER_STOPPED, finishedAt: sql<string>`now()`, lockedBy: null, lockedUntil: null })
    .where('status', '=', 'running')
    .where((eb) => eb.or([eb('lockedBy', 'is', null), eb('lockedBy', 'not in', liveHolders())]))
    .where((eb) => (rule.anyHolder ? eb.lit(true) : eb.or([eb('lockedUntil', 'is', null), eb('lockedUntil', '<', sql<string>`now()`)])))
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}
