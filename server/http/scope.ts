import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';
import { type Actor, type Permission, type SecrecyLevel, SECRECY_LEVELS, scopesFor } from '../lib/roles.ts';

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
