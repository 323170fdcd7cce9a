import { type Kysely, sql } from 'kysely';

/**
 * Each audit entry carries the secrecy level of the record it describes (issue 12, item 1), so that the
 * log is filtered by clearance with a plain WHERE, like the records themselves, rather than a join per
 * row. `record_secrecy(entity, id)` is the level of the record now (documents and their comment rounds,
 * comments and outgoing register entries; incoming register entries; files, by what they are attached to); the appender takes the highest of it
 * and of the levels named in the entry's snapshots. Existing entries are backfilled the same way.
 *
 * The column is not part of the hash chain (the existing hashes stay valid): it is derived from the records
 * and the snapshots and can be recomputed from them at any time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE audit_log ADD COLUMN secrecy text NOT NULL DEFAULT 'none'
    CHECK (secrecy IN ('none', 'mat', 'toi_mat', 'tuyet_mat'))`.execute(db);
  await sql`
    CREATE FUNCTION highest_secrecy(levels text[]) RETURNS text LANGUAGE sql IMMUTABLE AS $$
      SELECT COALESCE((SELECT l FROM unnest(levels) l
        WHERE l IN ('none', 'mat', 'toi_mat', 'tuyet_mat')
        ORDER BY array_position(ARRAY['none', 'mat', 'toi_mat', 'tuyet_mat'], l) DESC LIMIT 1), 'none')
    $$`.execute(db);
  await sql`
    CREATE FUNCTION record_secrecy(p_entity text, p_id text) RETURNS text LANGUAGE sql STABLE AS $$
      -- Some entries name no single record (the demo seed's 'demo'): no record, no level.
      SELECT CASE WHEN p_id !~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$' THEN 'none' ELSE COALESCE(CASE p_entity
        WHEN 'document' THEN (SELECT d.secrecy FROM documents d WHERE d.id = p_id::uuid)
        WHEN 'incoming_document' THEN (SELECT i.secrecy FROM incoming_documents i WHERE i.id = p_id::uuid)
        WHEN 'outgoing_register' THEN
          (SELECT d.secrecy FROM outgoing_register g JOIN documents d ON d.id = g.document_id WHERE g.id = p_id::uuid)
        WHEN 'comment_round' THEN
          (SELECT d.secrecy FROM comment_rounds r JOIN documents d ON d.id = r.document_id WHERE r.id = p_id::uuid)
        WHEN 'comment' THEN
          (SELECT d.secrecy FROM comments c JOIN comment_rounds r ON r.id = c.round_id JOIN documents d ON d.id = r.document_id
           WHERE c.id = p_id::uuid)
        -- An uploaded file is as secret as the most secret record it is attached to.
        WHEN 'file' THEN highest_secrecy(ARRAY(
          SELECT d.secrecy FROM document_files df JOIN documents d ON d.id = df.document_id WHERE df.file_id = p_id::uuid
          UNION ALL SELECT i.secrecy FROM incoming_documents i WHERE i.file_id = p_id::uuid))
      END, 'none') END
    $$`.execute(db);
  await backfillAuditSecrecy(db);
  // Readers below the top clearance look only at the levels they hold, newest first.
  await sql`CREATE INDEX audit_log_secrecy ON audit_log (secrecy, seq)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS audit_log_secrecy`.execute(db);
  await sql`DROP FUNCTION IF EXISTS highest_secrecy(text[])`.execute(db);
  await sql`DROP FUNCTION IF EXISTS record_secrecy(text, text)`.execute(db);
  await sql`ALTER TABLE audit_log DROP COLUMN IF EXISTS secrecy`.execute(db);
}

/**
 * Marks the entries written before the column existed. The log refuses UPDATE; this backfill of a column
 * outside the chain lifts the guard inside the calling transaction only (the migration's own).
 */
export async function backfillAuditSecrecy(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(db);
  await sql`
    UPDATE audit_log SET secrecy = highest_secrecy(ARRAY[record_secrecy(entity, entity_id), before->>'secrecy', after->>'secrecy'])
    WHERE entity IN ('document', 'incoming_document', 'outgoing_register', 'comment_round', 'comment', 'file')`.execute(db);
  await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(db);
}
