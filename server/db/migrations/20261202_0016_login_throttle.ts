import { type Kysely, sql } from 'kysely';

/**
 * Log-in throttling reads failures per (account, address) pair and prunes old attempts on every log-in:
 * an index for the pair (the account's index alone reads every address's rows) and one for the pruning.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX IF NOT EXISTS login_attempts_pair ON login_attempts (lower(username), ip, at)`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS login_attempts_at ON login_attempts (at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS login_attempts_at`.execute(db);
  await sql`DROP INDEX IF EXISTS login_attempts_pair`.execute(db);
}
