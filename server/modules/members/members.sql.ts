import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { inScope, overlappingOrganization } from '../../http/scope.ts';
import type { Actor } from '../../lib/roles.ts';

/** Shared pieces of the register's report queries (raw SQL: unions, laterals and FILTER clauses). */

/** Statuses of people who are members today (đảng viên hiện có), as the reports count them. */
export const CURRENT_STATUSES = ['probationary', 'official', 'exempt', 'temporarily_elsewhere'] as const;
export const inList = (values: readonly string[]) => sql.join(values.map((v) => sql.lit(v)));

/** The organizations (by path `pathColumn`) where the actor reads members; FALSE when nowhere. */
export const scopeClause = (actor: Actor, pathColumn: RawBuilder<unknown>) =>
  inScope(actor, 'members.read', pathColumn as RawBuilder<string | null>);

/** Restricts to an organization's subtree; the organization must itself be one the actor reads. */
export async function subtreeClause(db: Kysely<DB>, actor: Actor, organizationId: string | undefined, pathColumn: RawBuilder<unknown>) {
  if (!organizationId) return sql<SqlBool>`true`;
  const org = await overlappingOrganization(db, actor, organizationId, ['members.read']);
  return sql<SqlBool>`${pathColumn} LIKE ${`${org.path}%`}`;
}
