import { type RawBuilder, type SqlBool, type Transaction, sql } from 'kysely';
import { SECRECY_LEVELS, type SecrecyLevel } from '../../../common/enums.ts';
import type { DB } from '../../db/schema.ts';
import { inScope, withinClearance } from '../../http/scope.ts';
import { personalView } from '../../lib/personal-data.ts';
import { type Actor, type Permission, scopesFor, secrecyRank } from '../../lib/roles.ts';

/**
 * The audit log is read like the records it describes (issue 12, item 1; docs/SECURITY.md): an entry needs
 * audit.read where the record lies, the permission that reads that kind of record there, and the clearance
 * for the level the record had when the entry was written (audit_log.secrecy) and has now. Entries beyond that are left
 * out of every listing, as the record itself answers 404; the rows stay, for readers who hold the right.
 */
export const ENTITY_READ: Record<string, Permission> = {
  document: 'documents.read', comment_round: 'documents.read', comment: 'documents.read',
  outgoing_register: 'correspondence.read', incoming_document: 'correspondence.read',
  letter: 'letters.read',
  member: 'members.read', member_register: 'members.read', member_import: 'members.read', dues_cell_year: 'members.read',
  rating_round: 'members.read', rating_entry: 'members.read',
  person: 'people.read',
  meeting: 'meetings.read', meeting_minutes: 'meetings.read',
  task: 'tasks.read', program: 'tasks.read',
  report_schedule: 'reports.read', report_period: 'reports.read', report_submission: 'reports.read', consolidated_report: 'reports.read',
  organization: 'organizations.read', term: 'organizations.read', body: 'organizations.read', post: 'organizations.read',
};

/** Entities whose record has a secrecy level (the migration's record_secrecy() knows where to find it). */
const CLASSIFIED_ENTITIES = new Set(['document', 'incoming_document', 'outgoing_register', 'comment_round', 'comment', 'file']);

/** Whole-log readers hold audit.read on a top-level organization: they also see entries of no organization. */
export function readsWholeLog(actor: Actor): boolean {
  return scopesFor(actor, 'audit.read').some((p) => p.split('/').filter(Boolean).length === 1);
}

/** The WHERE clause of the entries the actor may read, on the alias `a`. */
export function readableEntries(actor: Actor): RawBuilder<SqlBool> {
  const path = sql.ref<string>('a.scopePath');
  const entity = sql.ref<string>('a.entity');
  const byPermission = new Map<Permission, string[]>();
  for (const [e, p] of Object.entries(ENTITY_READ)) byPermission.set(p, [...(byPermission.get(p) ?? []), e]);
  const kinds = [...byPermission].map(([p, es]) => sql`(${entity} IN (${sql.join(es)}) AND ${inScope(actor, p, path)})`);
  const unmapped = sql`${entity} NOT IN (${sql.join(Object.keys(ENTITY_READ))})`;
  const scoped = sql`${inScope(actor, 'audit.read', path)} AND (${sql.join([...kinds, unmapped], sql` OR `)})`;
  const orphan = readsWholeLog(actor) ? sql`${path} IS NULL` : sql`false`;
  // The stored level is the plain WHERE an index serves; an entry about a record whose level was raised
  // since is also held to the record's level now, as the record itself is.
  const now = sql`(${entity} NOT IN (${sql.join([...CLASSIFIED_ENTITIES])})
    OR ${withinClearance(actor, sql`record_secrecy(${entity}, ${sql.ref('a.entityId')})`)})`;
  const clearance = actor.clearance >= SECRECY_LEVELS.length - 1 ? sql`true` : sql`${withinClearance(actor, sql.ref('a.secrecy'))} AND ${now}`;
  return sql<SqlBool>`(${clearance}) AND ((${scoped}) OR ${orphan})`;
}

interface EntryRow {
  entity: string;
  entityId: string;
  scopePath: string | null;
  before: unknown;
  after: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Snapshots of people and members with their personal fields masked for a reader without the need to know. */
export function redactEntry<T extends EntryRow>(actor: Actor, row: T): T {
  if (row.entity !== 'person' && row.entity !== 'member') return row;
  const view = (snap: unknown) => {
    if (!isObject(snap)) return snap;
    const personId = row.entity === 'person' ? row.entityId : typeof snap.personId === 'string' ? snap.personId : null;
    return personalView(actor, snap, row.scopePath, personId);
  };
  return { ...row, before: view(row.before), after: view(row.after) };
}

const UUID = /^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

const levelOf = (v: unknown): SecrecyLevel | null =>
  isObject(v) && typeof v.secrecy === 'string' && (SECRECY_LEVELS as readonly string[]).includes(v.secrecy) ? (v.secrecy as SecrecyLevel) : null;

/** The level an entry is written with: the record's level now, or a higher one named in its snapshots. */
export async function entrySecrecy(
  trx: Transaction<DB>, entry: { entity: string; entityId: string; before?: unknown; after?: unknown },
): Promise<SecrecyLevel> {
  if (!CLASSIFIED_ENTITIES.has(entry.entity) || !UUID.test(entry.entityId)) return 'none';
  const r = await sql<{ level: SecrecyLevel }>`SELECT record_secrecy(${entry.entity}, ${entry.entityId}) AS level`.execute(trx);
  const levels = [r.rows[0]?.level ?? 'none', levelOf(entry.before), levelOf(entry.after)].filter((l): l is SecrecyLevel => l !== null);
  return levels.reduce((a, b) => (secrecyRank(b) > secrecyRank(a) ? b : a), 'none' as SecrecyLevel);
}
