import { type Kysely, sql } from 'kysely';

/**
 * A member import runs in the process that accepted it, with its own status row. It now holds a lease
 * like a queued job (locked_by names the process, renewed while it runs), so a process that dies mid-run
 * leaves a row that start-up or another instance can recognise and mark failed, with `failure` naming
 * why (a code, worded in the reader's language). Rows left 'running' by a crash before this migration
 * have no lease and are recovered at the next start.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await importLeases(db);
  await auditHead(db);
}

async function importLeases(db: Kysely<unknown>) {
  await sql`ALTER TABLE import_jobs ADD COLUMN locked_by text, ADD COLUMN locked_until timestamptz, ADD COLUMN failure text`.execute(db);
  await sql`CREATE INDEX import_jobs_running ON import_jobs (locked_until) WHERE status = 'running'`.execute(db);
  // The recovery sweep looks for held jobs whose lease ran out.
  await sql`CREATE INDEX jobs_held ON jobs (locked_until) WHERE locked_by IS NOT NULL AND done_at IS NULL AND failed_at IS NULL`.execute(db);
}

/**
 * The head of the audit chain (the last row's hash) in a row of its own. An appender updates it and inserts
 * its audit row in one statement: the row lock that orders the chain is taken there, not by an advisory lock
 * followed by a read of the tail and an insert (three round trips, each a wait for the application under
 * load, with every other writer queued behind). Started from the current tail; the genesis hash when empty.
 * A head ahead of the table's tail (newest rows deleted behind the application's back) makes the next
 * append's link break, which audit:verify reports.
 */
async function auditHead(db: Kysely<unknown>) {
  await sql`
    CREATE TABLE audit_head (
      id integer PRIMARY KEY CHECK (id = 1),
      prev_hash text NOT NULL,
      hash text NOT NULL
    )`.execute(db);
  await sql`
    INSERT INTO audit_head (id, prev_hash, hash)
    SELECT 1, coalesce((SELECT prev_hash FROM audit_log ORDER BY seq DESC LIMIT 1), repeat('0', 64)),
      coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), repeat('0', 64))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS audit_head`.execute(db);
  await sql`DROP INDEX IF EXISTS jobs_held`.execute(db);
  await sql`DROP INDEX IF EXISTS import_jobs_running`.execute(db);
  await sql`ALTER TABLE import_jobs DROP COLUMN locked_by, DROP COLUMN locked_until, DROP COLUMN failure`.execute(db);
}
