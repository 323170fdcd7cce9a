import type { DB } from './schema.ts';
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as foundation from './migrations/20261122_0001_foundation.ts';
import * as members from './migrations/20261122_0002_members.ts';
import * as duesRatings from './migrations/20261122_0003_dues_ratings.ts';
import * as meetings from './migrations/20261129_0004_meetings.ts';
import * as documents from './migrations/20261129_0005_documents.ts';
import * as meetingIndexes from './migrations/20261129_0006_meeting_indexes.ts';
import * as programsReports from './migrations/20261129_0009_programs_reports.ts';
import * as jobsNotifications from './migrations/20261129_0010_jobs_notifications.ts';
import * as organizationNameIndex from './migrations/20261129_0011_organization_name_index.ts';
import * as incomingIndexes from './migrations/20261129_0012_incoming_indexes.ts';
import * as lateBoardIndex from './migrations/20261129_0013_late_board_index.ts';
import * as auditSecrecy from './migrations/20261202_0014_audit_secrecy.ts';
import * as fileTextStatus from './migrations/20261202_0015_file_text_status.ts';
import * as loginThrottle from './migrations/20261202_0016_login_throttle.ts';
import * as jobLeasesAuditHead from './migrations/20261202_0018_job_leases_audit_head.ts';
import * as incomingBookOrder from './migrations/20261202_0019_incoming_book_order.ts';
import * as registerImport from './migrations/20261202_0020_register_import.ts';
import * as holidays2010 from './migrations/20261202_0021_holidays_2010.ts';

/** Every migration, in order. A landed migration is never edited: add a new file and list it here. */
const migrations: Record<string, Migration> = {
  '20261122_0001_foundation': foundation,
  '20261122_0002_members': members,
  '20261122_0003_dues_ratings': duesRatings,
  '20261129_0004_meetings': meetings,
  '20261129_0005_documents': documents,
  '20261129_0006_meeting_indexes': meetingIndexes,
  '20261129_0009_programs_reports': programsReports,
  '20261129_0010_jobs_notifications': jobsNotifications,
  '20261129_0011_organization_name_index': organizationNameIndex,
  '20261129_0012_incoming_indexes': incomingIndexes,
  '20261129_0013_late_board_index': lateBoardIndex,
  '20261202_0014_audit_secrecy': auditSecrecy,
  '20261202_0015_file_text_status': fileTextStatus,
  '20261202_0016_login_throttle': loginThrottle,
  '20261202_0018_job_leases_audit_head': jobLeasesAuditHead,
  '20261202_0019_incoming_book_order': incomingBookOrder,
  '20261202_0020_register_import': registerImport,
  '20261202_0021_holidays_2010': holidays2010,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

export const latestSchemaVersion = Object.keys(migrations).sort().at(-1) ?? 'none';

export async function migrateToLatest(db: Kysely<DB>): Promise<string> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const cause = error instanceof Error ? error.message : String(error ?? '');
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${cause}`);
  }
  return latestSchemaVersion;
}

export async function currentSchemaVersion(db: Kysely<DB>): Promise<string> {
  const migrator = new Migrator({ db, provider });
  const all = await migrator.getMigrations();
  return all.filter((m) => m.executedAt).map((m) => m.name).sort().at(-1) ?? 'none';
}
