import { type Kysely, sql } from 'kysely';

/**
 * Register import and the monthly window (issue 13, items 7 and 8).
 *
 * - `import_job_id` on the incoming register, the outgoing register, documents and letters: the entry came
 *   from a bulk import (documents issued outside the system, before go-live or on paper, are flagged so).
 *   Nullable without a default: adding it rewrites nothing.
 * - `report_schedules.period_window`: which window a schedule's periods use: the Decree 09 cut-off (from the
 *   day the decree took effect; calendar months before it), the calendar month, or a custom cut-off day.
 *   Existing schedules keep today's behaviour (the Decree 09 cut-off).
 * - `import_jobs.kind`: which import a job is (members, incoming, outgoing, letters); existing jobs are members.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['incoming_documents', 'outgoing_register', 'documents', 'letters']) {
    await sql`ALTER TABLE ${sql.table(table)} ADD COLUMN import_job_id uuid`.execute(db);
  }
  await sql`
    ALTER TABLE report_schedules ADD COLUMN period_window text NOT NULL DEFAULT 'decree_09'
      CHECK (period_window IN ('decree_09', 'calendar_month', 'custom'))`.execute(db);
  await sql`ALTER TABLE import_jobs ADD COLUMN kind text NOT NULL DEFAULT 'members'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE import_jobs DROP COLUMN kind`.execute(db);
  await sql`ALTER TABLE report_schedules DROP COLUMN period_window`.execute(db);
  for (const table of ['incoming_documents', 'outgoing_register', 'documents', 'letters']) {
    await sql`ALTER TABLE ${sql.table(table)} DROP COLUMN import_job_id`.execute(db);
  }
}
