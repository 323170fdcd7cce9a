import { type Kysely, sql } from 'kysely';

/**
 * The incoming register at millions of entries: a clerk reads the register of one organization for a
 * month, newest first. The unique (organization_id, year, arrival_number) index cannot serve a date range;
 * this one reads exactly the month's entries of that register.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX IF NOT EXISTS incoming_org_received ON incoming_documents (organization_id, received_on)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS incoming_org_received`.execute(db);
}
