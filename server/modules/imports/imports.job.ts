import { randomUUID } from 'node:crypto';
import { type Kysely, type Transaction, sql } from 'kysely';
import { json } from '../../db/json.ts';
import type { DB } from '../../db/schema.ts';
import type { Ctx } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import type { Lang } from '../../http/i18n.ts';
import { type OrphanRule, PROCESS_HOLDER, SERVER_STOPPED, currentLeaseMs, keepRenewing, liveHolders } from '../../jobs/lease.ts';
import type { RowError } from './imports.rows.ts';

/**
 * The import job every import runs: a file fully checked before the job starts (any error: 422 with every
 * row's errors, nothing written), then written in one transaction in the background, all rows or none,
 * checked again inside it; progress readable while it runs. The row in import_jobs records start and end,
 * and a lease this process renews while the job runs: 'succeeded' is written in the job's own transaction, so
 * a crash leaves the job 'running' with a lease nobody renews, and recoverImports marks it failed.
 */

const leaseUntil = () => sql<string>`now() + make_interval(secs => ${currentLeaseMs() / 1000})`;

/** Rows written so far by jobs running in this process. */
const progress = new Map<string, number>();

export class ImportRefused extends Error {
  constructor(readonly errors: RowError[]) {
    super('import refused');
  }
}

/** Refuses a file with errors: 422 with every row's errors. */
export function refuseErrors(errors: readonly RowError[]) {
  if (errors.length > 0) throw new AppError(422, 'import.rows_invalid', { count: errors.length }, { rowErrors: errors });
}

/** The deepest organization containing every path: who may read the import's audit entry. */
export function commonPath(paths: readonly string[]): string {
  const split = paths.map((p) => p.split('/').filter(Boolean));
  const first = split[0] ?? [];
  let n = 0;
  while (n < first.length && split.every((s) => s[n] === first[n])) n++;
  return `/${first.slice(0, n).join('/')}/`;
}

export interface JobWork<S extends { imported: number }> {
  kind: string;
  total: number;
  scopePath: string;
  /** Checks again and writes, inside the job's one transaction; `done(n)` reports rows written so far. */
  write: (trx: Transaction<DB>, jobId: string, done: (n: number) => void) => Promise<S>;
}

async function runJob<S extends { imported: number }>(ctx: Ctx, jobId: string, work: JobWork<S>) {
  const stopRenewing = keepRenewing(() => ctx.db.updateTable('importJobs').set({ lockedUntil: leaseUntil() }).where('id', '=', jobId).where('lockedBy', '=', PROCESS_HOLDER).execute());
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const summary = await work.write(trx, jobId, (n) => progress.set(jobId, n));
      await trx.updateTable('importJobs')
        .set({ status: 'succeeded', processed: summary.imported, summary: json(summary), finishedAt: new Date().toISOString(), lockedBy: null, lockedUntil: null, failure: null })
        .where('id', '=', jobId).execute();
    });
  } catch (e) {
    // A refusal lists the rows; anything else is our failure: logged in full, told plainly to the user.
    if (!(e instanceof ImportRefused)) console.error(`${work.kind} import failed`, e);
    const failed = ctx.lang === 'en' ? 'The import failed; nothing was written. Try again.' : 'Nhập không thành công; chưa có dòng nào được ghi. Hãy thử lại.';
    const errors = e instanceof ImportRefused ? e.errors : [{ row: 0, column: null, columnLabel: null, message: failed }];
    await ctx.db.updateTable('importJobs').set({ status: 'failed', errors: json(errors), finishedAt: new Date().toISOString(), lockedBy: null, lockedUntil: null }).where('id', '=', jobId).execute();
  } finally {
    stopRenewing();
    progress.delete(jobId);
  }
}

/** Records the job and starts it in the background; the caller has checked the file. */
export async function startJob<S extends { imported: number }>(ctx: Ctx, work: JobWork<S>) {
  const id = randomUUID();
  await ctx.db.insertInto('importJobs').values({ id, kind: work.kind, status: 'running', total: work.total, errors: json([]), summary: null, scopePath: work.scopePath, createdBy: ctx.actor.userId, lockedBy: PROCESS_HOLDER, lockedUntil: leaseUntil(), failure: null }).execute();
  progress.set(id, 0);
  // Read before the import starts: on PGlite a statement outside an open transaction waits for it.
  const job = await getJob(ctx, id, work.kind);
  void runJob(ctx, id, work);
  return job;
}

/** A job of `kind` as its starter sees it, with live progress while it runs in this process. */
export async function getJob(ctx: Ctx, id: string, kind: string | readonly string[]) {
  const job = await ctx.db
    .selectFrom('importJobs')
    .select(['id', 'kind', 'status', 'total', 'processed', 'errors', 'summary', 'createdAt', 'finishedAt', 'failure'])
    .where('id', '=', id)
    .where('kind', 'in', typeof kind === 'string' ? [kind] : [...kind])
    .where('createdBy', '=', ctx.actor.userId)
    .executeTakeFirst();
  if (!job) throw notFound();
  const { failure, ...rest } = job;
  const stopped = failure === SERVER_STOPPED;
  const reason: RowError[] = stopped ? [{ row: 0, column: null, columnLabel: null, message: serverStopped(ctx.lang) }] : [];
  return {
    ...rest,
    processed: job.status === 'running' ? (progress.get(id) ?? job.processed) : job.processed,
    errors: [...reason, ...((job.errors ?? []) as RowError[])],
    failure: stopped ? SERVER_STOPPED : null,
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
