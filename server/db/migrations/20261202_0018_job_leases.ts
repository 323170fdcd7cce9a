import { type Kysely, sql } from 'kysely';

/**
 * A member import runs in the process that accepted it, with its own status row. It now holds a lease
 * like a queued job (locked_by names the process, renewed while it runs), so a process that dies mid-run
 * leaves a row that start-up or another instance can recognise and mark failed, with `failure` naming
 * why (a code, worded in the reader's language). Rows left 'running' by a crash before this migration
 * have no lease and are recovered at the next start.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE import_jobs ADD COLUMN locked_by text, ADD COLUMN locked_until timestamptz, ADD COLUMN failure text`.execute(db);
  await sql`CREATE INDEX import_jobs_running ON import_jobs (locked_until) WHERE status = 'running'`.execute(db);
  // The recovery sweep looks for held jobs whose lease ran out.
  await sql`CREATE INDEX jobs_held ON jobs (locked_until) WHERE locked_by IS NOT NULL AND done_at IS NULL AND failed_at IS NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS jobs_held`.execute(db);
  await sql`DROP INDEX IF EXISTS import_jobs_running`.execute(db);
  await sql`ALTER TABLE import_jobs DROP COLUMN locked_by, DROP COLUMN locked_until, DROP COLUMN failure`.execute(db);
}
