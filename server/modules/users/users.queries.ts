import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { type PageParams, paginate } from '../../http/paging.ts';
import type { User } from './users.schema.ts';

const userColumns = [
  'u.id',
  'u.username',
  'u.displayName',
  'u.email',
  'u.personId',
  'u.clearance',
  'u.isSystemAdmin',
  'u.disabledAt',
  'u.lastLoginAt',
  'u.version',
  'u.createdAt',
] as const;

async function withGrants<T extends { id: string }>(db: Kysely<DB>, users: T[]) {
  if (users.length === 0) return [];
  const grants = await db
    .selectFrom('roleGrants as g')
    .innerJoin('organizations as o', 'o.id', 'g.organizationId')
    .select(['g.id', 'g.userId', 'g.role', 'g.organizationId', 'o.name as organizationName'])
    .where('g.userId', 'in', users.map((u) => u.id))
    .orderBy('g.createdAt')
    .execute();
  return users.map((u) => ({
    ...u,
    grants: grants.filter((g) => g.userId === u.id).map(({ userId: _u, ...g }) => g as User['grants'][number]),
  }));
}

export async function findUser(db: Kysely<DB>, id: string): Promise<User | undefined> {
  const row = await db.selectFrom('users as u').select(userColumns).where('u.id', '=', id).executeTakeFirst();
  return row ? (await withGrants(db, [row]))[0] : undefined;
}

export async function listUsers(db: Kysely<DB>, filter: { q?: string | undefined }, page: PageParams) {
  let q = db.selectFrom('users as u').select(userColumns);
  if (filter.q) {
    const term = filter.q;
    q = q.where(sql<boolean>`(vn_fold(u.username) LIKE '%' || vn_fold(${term}) || '%' OR vn_fold(u.display_name) LIKE '%' || vn_fold(${term}) || '%')`);
  }
  const result = await paginate(q, page, {
    default: 'username',
    id: sql`u.id`,
    columns: {
      username: { expr: sql`lower(u.username) COLLATE "C"`, value: (r) => r.username.toLowerCase() },
      createdAt: { expr: sql`u.created_at`, value: (r) => r.createdAt },
    },
  });
  return { ...result, data: await withGrants(db, result.data) };
}
