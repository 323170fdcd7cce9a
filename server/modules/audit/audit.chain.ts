import { createHash, randomUUID } from 'node:crypto';
import { type Kysely, type Transaction, sql } from 'kysely';
import { canonicalJson } from '../../lib/canonical-json.ts';
import type { Actor } from '../../lib/roles.ts';
import type { DB } from '../../db/schema.ts';
import { entrySecrecy } from './audit.access.ts';

export const GENESIS_HASH = '0'.repeat(64);
// Any constant: every appender takes this transaction-scoped lock, so the chain has one tail.
const AUDIT_LOCK_KEY = 7_262_021;

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

export function auditHash(prevHash: string, row: HashedFields): string {
  const body = canonicalJson({ ...row, before: row.before ?? null, after: row.after ?? null });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/** Appends one row to the hash chain. Call inside the transaction that makes the change. */
export async function appendAudit(trx: Transaction<DB>, who: AuditActor, entry: AuditEntry): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(trx);
  const last = await trx.selectFrom('auditLog').select('hash').orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const prevHash = last?.hash ?? GENESIS_HASH;
  const row: HashedFields = {
    id: randomUUID(),
    at: new Date().toISOString(),
    actorUserId: who.actor?.userId ?? null,
    actorLabel: who.actor?.username ?? who.label ?? 'system',
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    scopePath: entry.scopePath ?? null,
    before: entry.before === undefined ? null : JSON.parse(JSON.stringify(entry.before)),
    after: entry.after === undefined ? null : JSON.parse(JSON.stringify(entry.after)),
    requestId: who.requestId ?? null,
  };
  await trx
    .insertInto('auditLog')
    .values({
      ...row,
      before: row.before === null ? null : JSON.stringify(row.before),
      after: row.after === null ? null : JSON.stringify(row.after),
      prevHash,
      hash: auditHash(prevHash, row),
      // Outside the hash: derived from the record, so the log is filtered by clearance (audit.access.ts).
      secrecy: await entrySecrecy(trx, entry),
    })
    .execute();
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
