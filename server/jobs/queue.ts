import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { json } from '../db/json.ts';
import type { DB } from '../db/schema.ts';
import { type OrphanRule, SERVER_STOPPED_TEXT, liveHolders } from './lease.ts';

export interface NewJob {
  kind: string;
  payload?: Record<string, unknown>;
  /** ISO instant; now when absent. */
  runAt?: string;
  maxAttempts?: number;
  /** Jobs with the same key are enqueued once, whichever instance asks first. */
  uniqueKey?: string;
}

/** Adds a job; with a uniqueKey already taken nothing happens. True when the job was added. */
export async function enqueue(db: Kysely<DB>, job: NewJob): Promise<boolean> {
  const result = await db
    .insertInto('jobs')
    .values({
      id: randomUUID(),
      kind: job.kind,
      payload: json(job.payload ?? {}),
      runAt: job.runAt ?? sql<string>`now()`,
      ...(job.maxAttempts ? { maxAttempts: job.maxAttempts } : {}),
      uniqueKey: job.uniqueKey ?? null,
      lockedBy: null,
      lockedUntil: null,
      lastError: null,
      doneAt: null,
      failedAt: null,
    })
    .onConflict((oc) => oc.column('uniqueKey').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export interface ClaimedJob {
  id: string;
  kind: string;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
}

/**
 * Claims up to `limit` due jobs for `workerId` with a lease of `leaseMs`. The row locks are held only for
 * this one statement (its own short transaction): SKIP LOCKED lets concurrent workers pass over each
 * other's rows, and once committed locked_by keeps others away. A job whose holder died is not claimed
 * here: recoverJobs first decides whether it may run again.
 */
export async function claimJobs(db: Kysely<DB>, workerId: string, limit: number, leaseMs: number): Promise<ClaimedJob[]> {
  const result = await sql<ClaimedJob>`
    WITH due AS (
      SELECT id FROM jobs
      WHERE done_at IS NULL AND failed_at IS NULL AND run_at <= now()
        AND locked_by IS NULL
      ORDER BY run_at, id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE jobs j
    SET locked_by = ${workerId}, locked_until = now() + make_interval(secs => ${leaseMs / 1000}),
      attempts = j.attempts + 1
    FROM due WHERE j.id = due.id
    RETURNING j.id, j.kind, j.payload, j.attempts, j.max_attempts`.execute(db);
  return result.rows;
}

/** Marks a job done, unless its lease was lost to another worker meanwhile. */
export async function completeJob(db: Kysely<DB>, jobId: string, workerId: string): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ doneAt: sql<string>`now()`, lockedBy: null, lockedUntil: null, lastError: null })
    .where('id', '=', jobId)
    .where('lockedBy', '=', workerId)
    .execute();
}

/** Delay before attempt n+1: exponential from `baseMs`, capped at an hour. */
export function backoffMs(attempts: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/** Records a failure: tried again after the backoff, or given up after the last allowed attempt. */
export async function failJob(db: Kysely<DB>, job: ClaimedJob, workerId: string, error: string, baseMs: number): Promise<void> {
  const last = job.attempts >= job.maxAttempts;
  const delay = backoffMs(job.attempts, baseMs) / 1000;
  await db
    .updateTable('jobs')
    .set({
      lastError: error.slice(0, 2000),
      lockedBy: null,
      lockedUntil: null,
      ...(last
        ? { failedAt: sql<string>`now()` }
        : { runAt: sql<string>`now() + make_interval(secs => ${delay})` }),
    })
    .where('id', '=', job.id)
    .where('lockedBy', '=', workerId)
    .execute();
}

/** Deletes finished jobs older than `keepDays` (done or given up): their unique keys name past days only. */
export async function purgeJobs(db: Kysely<DB>, keepDays: number): Promise<number> {
  const r = await sql`
    DELETE FROM jobs
    WHERE COALESCE(done_at, failed_at) < now() - make_interval(days => ${keepDays})`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}

/** Extends the lease of the jobs `workerId` still holds among `jobIds`. */
export async function renewLeases(db: Kysely<DB>, jobIds: readonly string[], workerId: string, leaseMs: number): Promise<void> {
  if (jobIds.length === 0) return;
  await db
    .updateTable('jobs')
    .set({ lockedUntil: sql<string>`now() + make_interval(secs => ${leaseMs / 1000})` })
    .where('id', 'in', jobIds)
    .where('lockedBy', '=', workerId)
    .execute();
}

export interface Recovered {
  id: string;
  kind: string;
  retried: boolean;
}

/**
 * Jobs whose holder died: released to run again when their kind is in `retryable` (idempotent) and
 * attempts remain, else failed; both record why. SKIP LOCKED lets instances sweep at the same time.
 */
export async function recoverJobs(db: Kysely<DB>, retryable: readonly string[], rule: OrphanRule): Promise<Recovered[]> {
  const retry = retryable.length > 0 ? sql`j.kind IN (${sql.join(retryable)}) AND j.attempts < j.max_attempts` : sql`false`;
  const result = await sql<Recovered>`
    WITH orphans AS (
      SELECT id FROM jobs
      WHERE locked_by IS NOT NULL AND done_at IS NULL AND failed_at IS NULL
        AND locked_by NOT IN (${sql.join(liveHolders())})
        AND (${rule.anyHolder} OR locked_until IS NULL OR locked_until < now())
      FOR UPDATE SKIP LOCKED
    )
    UPDATE jobs j
    SET locked_by = NULL, locked_until = NULL, last_error = ${SERVER_STOPPED_TEXT},
      failed_at = CASE WHEN ${retry} THEN NULL ELSE now() END,
      run_at = CASE WHEN ${retry} THEN now() ELSE j.run_at END
    FROM orphans WHERE j.id = orphans.id
    RETURNING j.id, j.kind, j.failed_at IS NULL AS retried`.execute(db);
  return result.rows;
}
