import { createHash, randomUUID } from 'node:crypto';
import { type Kysely, type Transaction, sql } from 'kysely';
import { canonicalJson } from '../../lib/canonical-json.ts';
import type { Actor } from '../../lib/roles.ts';
import type { DB } from '../../db/schema.ts';
import { entrySecrecy } from './audit.access.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string;
  /**
   * Path of the organization the record belongs to: who may read the entry is decided by it, like
   * the record itself. Null for accounts and system entries, which only whole-log readers see.
   */
  scopePath?: string | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditActor {
  actor: Actor | null;
  requestId?: string | null;
  /** Who acted when there is no user: 'system', 'seed', ... */
  label?: string;
}

interface HashedFields {
  id: string;
  at: string;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  entity: string;
  entityId: string;
  scopePath: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

/** What is hashed after the previous hash and a newline: the row's fields as canonical JSON. */
function hashedBody(row: HashedFields): string {
  return canonicalJson({ ...row, before: row.before ?? null, after: row.after ?? null });
}

export function auditHash(prevHash: string, row: HashedFields): string {
  return createHash('sha256').update(prevHash).update('\n').update(hashedBody(row)).digest('hex');
}

const snapshot = (v: unknown) => (v === undefined ? null : JSON.parse(JSON.stringify(v)));

/**
 * Appends one row to the hash chain. Call inside the transaction that makes the change, as its last
 * statement: the chain's head stays locked from here to the commit, and every other writer waits for it.
 * One statement: it locks the head row (audit_head), hashes the previous hash with this row's canonical
 * JSON (the same SHA-256 as auditHash, computed by the database on the head it locked), moves the head and
 * inserts the row. Its seq is drawn under that lock, so seq order is chain order.
 */
export async function appendAudit(trx: Transaction<DB>, who: AuditActor, entry: AuditEntry): Promise<void> {
  const row: HashedFields = {
    id: randomUUID(),
    at: new Date().toISOString(),
    actorUserId: who.actor?.userId ?? null,
    actorLabel: who.actor?.username ?? who.label ?? 'system',
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    scopePath: entry.scopePath ?? null,
    before: snapshot(entry.before),
    after: snapshot(entry.after),
    requestId: who.requestId ?? null,
  };
  const json = (v: unknown) => (v === null ? null : JSON.stringify(v));
  // Outside the hash: derived from the record, so the log is filtered by clearance (audit.access.ts). Read
  // before the statement that takes the chain's lock, which stays held only for the commit.
  const secrecy = await entrySecrecy(trx, entry);
  const result = await sql`
    WITH head AS (
      UPDATE audit_head
      SET prev_hash = hash, hash = encode(sha256(convert_to(hash || chr(10) || ${hashedBody(row)}, 'UTF8')), 'hex')
      WHERE id = 1
      RETURNING prev_hash, hash)
    INSERT INTO audit_log (id, at, actor_user_id, actor_label, action, entity, entity_id, scope_path, before, after, request_id, prev_hash, hash, secrecy)
    SELECT ${row.id}::uuid, ${row.at}::timestamptz, ${row.actorUserId}::uuid, ${row.actorLabel}, ${row.action}, ${row.entity}, ${row.entityId},
      ${row.scopePath}, ${json(row.before)}::jsonb, ${json(row.after)}::jsonb, ${row.requestId}, head.prev_hash, head.hash, ${secrecy}
    FROM head`.execute(trx);
  if (Number(result.numAffectedRows ?? 0) !== 1) throw new Error('audit chain head missing (audit_head)');
}

export type ChainVerdict =
  | { ok: true; rows: number }
  | { ok: false; rows: number; seq: number; id: string; reason: 'hash_mismatch' | 'broken_link' };

/** Walks the whole chain in order, in pages, and stops at the first row that does not add up. */
export async function verifyAuditChain(db: Kysely<DB>, pageSize = 5000): Promise<ChainVerdict> {
  let prevHash = GENESIS_HASH;
  let afterSeq = 0;
  let rows = 0;
  for (;;) {
    const page = await db
      .selectFrom('auditLog')
      .selectAll()
      .where('seq', '>', afterSeq)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    for (const r of page) {
      if (r.prevHash !== prevHash) return { ok: false, rows, seq: r.seq, id: r.id, reason: 'broken_link' };
      const expected = auditHash(prevHash, {
        id: r.id,
        at: r.at,
        actorUserId: r.actorUserId,
        actorLabel: r.actorLabel,
        action: r.action,
        entity: r.entity,
        entityId: r.entityId,
        scopePath: r.scopePath,
        before: r.before,
        after: r.after,
        requestId: r.requestId,
      });
      if (expected !== r.hash) return { ok: false, rows, seq: r.seq, id: r.id, reason: 'hash_mismatch' };
      prevHash = r.hash;
      afterSeq = r.seq;
      rows++;
    }
    if (page.length < pageSize) return { ok: true, rows };
  }
}
