import { type Kysely, sql } from 'kysely';

/**
 * The registers at millions of entries (bench/, size M: 3,000,000 incoming entries).
 * - A clerk reads one organization's register for a month, newest first: the unique
 *   (organization_id, year, arrival_number) index cannot serve a date range; incoming_org_received can.
 * - The search box ranks the newest matches of a common phrase (search.ts): it walks the entries by date,
 *   newest first, whatever the user's scope, and stops when it has enough. The scope path is included so
 *   that the consolidated report counts a period's entries of a subtree from the index alone.
 * - The consolidated report counts the entries handled in a period, on time or late.
 * - Issued documents are searched the same way, by date of issue.
 * - The inbox asks, for every user, for the documents waiting for his signature and the incoming entries
 *   directed to him and not done: without these, two sequential scans of the largest tables per page view.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX IF NOT EXISTS incoming_org_received ON incoming_documents (organization_id, received_on)`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS incoming_received ON incoming_documents (received_on) INCLUDE (scope_path)`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS incoming_done ON incoming_documents (done_on) INCLUDE (scope_path, deadline) WHERE done_on IS NOT NULL`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS documents_issued ON documents (issued_on DESC NULLS LAST)`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS documents_to_sign ON documents (signer_person_id) WHERE state = 'submitted'`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS incoming_lead_person ON incoming_documents (lead_person_id) WHERE done_on IS NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const name of ['incoming_org_received', 'incoming_received', 'incoming_done', 'documents_issued', 'documents_to_sign', 'incoming_lead_person']) {
    await sql`DROP INDEX IF EXISTS ${sql.id(name)}`.execute(db);
  }
}
