import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ActorLoader } from '../../http/auth.ts';
import { sha256 } from '../../lib/secrets.ts';
import type { Actor, Grant, Role } from '../../lib/roles.ts';

/**
 * The actor's grants with their organizations' paths. A system administrator holds the admin role on
 * every top-level organization, so a new tree is administrable from its first node.
 */
export async function loadGrants(db: Kysely<DB>, userId: string, isSystemAdmin = false): Promise<Grant[]> {
  const roots = isSystemAdmin
    ? await db.selectFrom('organizations').select(['id', 'path']).where('parentId', 'is', null).execute()
    : [];
  const rows = await db
    .selectFrom('roleGrants as g')
    .innerJoin('organizations as o', 'o.id', 'g.organizationId')
    .select(['g.role', 'g.organizationId', 'o.path'])
    .where('g.userId', '=', userId)
    .execute();
  return [
    ...roots.map((r) => ({ role: 'admin' as const, organizationId: r.id, path: r.path })),
    ...rows.map((r) => ({ role: r.role as Role, organizationId: r.organizationId, path: r.path })),
  ];
}

type UserRow = {
  id: string;
  username: string;
  displayName: string;
  personId: string | null;
  clearance: number;
  isSystemAdmin: boolean;
};

async function toActor(db: Kysely<DB>, u: UserRow, via: Actor['via'], sessionId?: string): Promise<Actor> {
  return {
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    personId: u.personId,
    clearance: u.clearance,
    isSystemAdmin: u.isSystemAdmin,
    grants: await loadGrants(db, u.id, u.isSystemAdmin),
    via,
    ...(sessionId ? { sessionId } : {}),
  };
}

const userColumns = ['u.id', 'u.username', 'u.displayName', 'u.personId', 'u.clearance', 'u.isSystemAdmin'] as const;

export async function actorBySession(db: Kysely<DB>, sessionId: string): Promise<Actor | null> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.userId')
    .select([...userColumns, 's.lastSeenAt'])
    .where('s.id', '=', sessionId)
    .where('s.expiresAt', '>', sql<string>`now()`)
    .where('u.disabledAt', 'is', null)
    .executeTakeFirst();
  return row ? toActor(db, row, 'session', sessionId) : null;
}

export async function actorByToken(db: Kysely<DB>, tokenHash: string): Promise<Actor | null> {
  const row = await db
    .selectFrom('apiTokens as t')
    .innerJoin('users as u', 'u.id', 't.userId')
    .select([...userColumns, 't.id as tokenId'])
    .where('t.tokenHash', '=', tokenHash)
    .where('t.revokedAt', 'is', null)
    .where((eb) => eb.or([eb('t.expiresAt', 'is', null), eb('t.expiresAt', '>', sql<string>`now()`)]))
    .where('u.disabledAt', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  // Recorded at most once a minute: an integration polling every second should not write every second.
  await db
    .updateTable('apiTokens')
    .set({ lastUsedAt: sql<string>`now()` })
    .where('id', '=', row.tokenId)
    .where((eb) => eb.or([eb('lastUsedAt', 'is', null), eb('lastUsedAt', '<', sql<string>`now() - interval '1 minute'`)]))
    .execute();
  return toActor(db, row, 'token');
}

/** Slides a session's expiry forward, at most once a minute per session. */
export async function touchSession(db: Kysely<DB>, sessionId: string, days: number): Promise<void> {
  await db
    .updateTable('sessions')
    .set({
      lastSeenAt: sql<string>`now()`,
      expiresAt: sql<string>`now() + make_interval(days => ${days})`,
    })
    .where('id', '=', sessionId)
    .where('lastSeenAt', '<', sql<string>`now() - interval '1 minute'`)
    .execute();
}

/**
 * The actor behind a raw API token: from the Bearer header, or from `?token=` on the calendar feeds
 * (calendar applications can send neither a cookie nor a header). Null when unknown, revoked or expired.
 */
export function actorFromApiToken(db: Kysely<DB>, rawToken: string): Promise<Actor | null> {
  return actorByToken(db, sha256(rawToken.trim()));
}

/** What http/auth.ts asks to find a request's actor. */
export const actorLoader: ActorLoader = { bySession: actorBySession, byApiToken: actorFromApiToken, touchSession };
