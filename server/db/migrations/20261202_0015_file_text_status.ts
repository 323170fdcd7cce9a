import { type Kysely, sql } from 'kysely';

/**
 * What became of a file's search text: extracted, none to extract, or left out because the file went
 * over a limit of the extraction workers (too large once uncompressed, too slow) or could not be read.
 * Files stored before know only whether they have text.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE files ADD COLUMN text_status text NOT NULL DEFAULT 'none'
    CHECK (text_status IN ('extracted', 'none', 'too_large', 'timeout', 'failed'))`.execute(db);
  await sql`UPDATE files SET text_status = 'extracted' WHERE length(trim(text)) > 0`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE files DROP COLUMN text_status`.execute(db);
}
