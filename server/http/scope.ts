import { type Expression, type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { DB } from '../db/schema.ts';
import { type Actor, type Permission, type SecrecyLevel, SECRECY_LEVELS, canAt, scopesFor } from '../lib/roles.ts';
import { forbidden, notFound } from './errors.ts';

/**
 * The WHERE clause that keeps a query inside what the actor may see: `pathColumn` must lie in one of
 * the subtrees where the actor holds `permission`. No scope at all gives FALSE, so rows outside
 * answer "not found" rather than "forbidden". Usable in the query builder and in raw SQL alike.
 */
export function inScope(actor: Actor, permission: Permission, pathColumn: Expression<string | null>): RawBuilder<SqlBool> {
  const prefixes = scopesFor(actor, permission);
  if (prefixes.length === 0) return sql<SqlBool>`false`;
  return sql<SqlBool>`(${sql.join(prefixes.map((p) => sql`${pathColumn} LIKE ${`${p}%`}`), sql` OR `)})`;
}

/** Classified records: the record's secrecy level must not exceed the actor's clearance. */
export function withinClearance(actor: Actor, secrecyColumn: Expression<string>): Expression<SqlBool> {
  const allowed = SECRECY_LEVELS.slice(0, actor.clearance + 1) as readonly SecrecyLevel[];
  return sql<SqlBool>`${secrecyColumn} IN (${sql.join(allowed.map((l) => sql.lit(l)))})`;
}

export interface ScopedOrganization {
  id: string;
  parentId: string | null;
  path: string;
  kind: DB['organizations']['kind'];
  name: string;
  shortName: string | null;
  code: string | null;
  dissolvedOn: string | null;
}

export interface OrganizationScopeOptions {
  /**
   * Where the organization is seen with this permission but the actor may not do `permission` there,
   * the answer is `notAllowed` (403) instead of `notVisible`. Without it, an organization outside
   * `permission` simply does not exist for the actor.
   */
  visibleWith?: Permission;
  /** Default: 404 resource.not_found. */
  notVisible?: () => Error;
  /** Default: 403 auth.forbidden. */
  notAllowed?: () => Error;
}

/**
 * The organization, if the actor may do `permission` there (any one of them, given several); else
 * 404, never a hint that it exists, unless the caller names how it may see it (`visibleWith`).
 */
export async function organizationFor(
  db: Kysely<DB>,
  actor: Actor,
  organizationId: string,
  permission: Permission | readonly Permission[],
  o: OrganizationScopeOptions = {},
): Promise<ScopedOrganization> {
  const permissions: readonly Permission[] = typeof permission === 'string' ? [permission] : permission;
  const seenWith = o.visibleWith ? [o.visibleWith] : permissions;
  const org = await db
    .selectFrom('organizations as o')
    .select(['o.id', 'o.parentId', 'o.path', 'o.kind', 'o.name', 'o.shortName', 'o.code', 'o.dissolvedOn'])
    .where('o.id', '=', organizationId)
    .where('o.deletedAt', 'is', null)
    .where((eb) => eb.or(seenWith.map((p) => inScope(actor, p, eb.ref('o.path')))))
    .executeTakeFirst();
  if (!org) throw (o.notVisible ?? notFound)();
  if (o.visibleWith && !permissions.some((p) => canAt(actor, p, org.path))) throw (o.notAllowed ?? forbidden)();
  return org;
}

/**
 * The organization, if its subtree and what the actor reads with any of `permissions` overlap (it lies
 * in a scope, or a scope lies below it): a report over a committee shows a cell secretary their cell's part.
 */
export async function overlappingOrganization(db: Kysely<DB>, actor: Actor, organizationId: string, permissions: readonly Permission[]) {
  const org = await db.selectFrom('organizations').select(['id', 'path']).where('id', '=', organizationId).executeTakeFirst();
  const overlaps = (path: string) => permissions.some((p) => scopesFor(actor, p).some((s) => path.startsWith(s) || s.startsWith(path)));
  if (!org || !overlaps(org.path)) throw notFound();
  return org;
}
