import { type Kysely, sql } from 'kysely';

/**
 * Indexes for the meetings compliance dashboard (one statement per page over thousands of cells):
 * each reads only the index, so a page of 200 cells over a year costs a few hundred index probes
 * instead of heap visits, and stays well under the planner's JIT threshold.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Cells of a subtree in name order: a page is the first rows of this index.
  await sql`
    CREATE INDEX organizations_cells_name ON organizations ((name_fold COLLATE "C"), id)
    WHERE kind IN ('cell_under_committee', 'grassroots_cell') AND deleted_at IS NULL AND dissolved_on IS NULL`.execute(db);
  // Held meetings of an organization by kind and time: only these count for compliance.
  await sql`
    CREATE INDEX meetings_org_kind_held ON meetings (organization_id, kind, starts_at) INCLUDE (id)
    WHERE state = 'held' AND deleted_at IS NULL`.execute(db);
  // The members invited to a meeting with their attendance: the attendance share without the table.
  await sql`
    CREATE INDEX meeting_participants_members ON meeting_participants (meeting_id) INCLUDE (attendance)
    WHERE kind = 'attendee' AND member_status IS NOT NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS meeting_participants_members`.execute(db);
  await sql`DROP INDEX IF EXISTS meetings_org_kind_held`.execute(db);
  await sql`DROP INDEX IF EXISTS organizations_cells_name`.execute(db);
}
