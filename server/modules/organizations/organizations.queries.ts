import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { type PageParams, paginate } from '../../http/paging.ts';
import { inScope } from '../../http/scope.ts';
import type { Actor, Permission } from '../../lib/roles.ts';
import type { Organization, OrganizationKind } from './organizations.schema.ts';

export const organizationColumns = [
  'o.id',
  'o.parentId',
  'o.path',
  'o.depth',
  'o.kind',
  'o.name',
  'o.shortName',
  'o.code',
  'o.sortOrder',
  'o.foundedOn',
  'o.dissolvedOn',
  'o.mergedIntoId',
  'o.version',
  'o.createdAt',
  'o.updatedAt',
] as const;

/** Organizations the actor holds `permission` on; everything else does not exist for them. */
export function visibleOrganizations(db: Kysely<DB>, actor: Actor, permission: Permission = 'organizations.read') {
  return db
    .selectFrom('organizations as o')
    .where('o.deletedAt', 'is', null)
    .where((eb) => inScope(actor, permission, eb.ref('o.path')));
}

export async function findOrganization(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  permission: Permission = 'organizations.read',
): Promise<Organization | undefined> {
  return (await visibleOrganizations(db, actor, permission)
    .select(organizationColumns)
    .where('o.id', '=', id)
    .executeTakeFirst()) as Organization | undefined;
}

export interface OrganizationFilter {
  parentId?: string | undefined;
  q?: string | undefined;
  kind?: OrganizationKind | undefined;
  includeDissolved?: boolean | undefined;
  modifiedSince?: string | undefined;
}

export function listOrganizations(db: Kysely<DB>, actor: Actor, f: OrganizationFilter, page: PageParams) {
  let q = visibleOrganizations(db, actor).select([...organizationColumns, 'o.nameFold']);
  if (f.parentId) q = q.where('o.parentId', '=', f.parentId);
  if (f.kind) q = q.where('o.kind', '=', f.kind);
  if (!f.includeDissolved) q = q.where('o.dissolvedOn', 'is', null);
  if (f.modifiedSince) q = q.where('o.updatedAt', '>=', f.modifiedSince);
  if (f.q) q = q.where(sql<boolean>`o.name_fold LIKE '%' || vn_fold(${f.q}) || '%'`);
  return paginate(q, page, {
    default: 'path',
    id: sql`o.id`,
    columns: {
      path: { expr: sql`o.path COLLATE "C"`, value: (r) => r.path },
      name: { expr: sql`o.name_fold COLLATE "C"`, value: (r) => r.nameFold },
      updatedAt: { expr: sql`o.updated_at`, value: (r) => r.updatedAt },
    },
  });
}

/** The visible tree as a flat list (parents before children), for the tree view. */
export function organizationTree(db: Kysely<DB>, actor: Actor, includeDissolved: boolean) {
  let q = visibleOrganizations(db, actor).select([
    'o.id',
    'o.parentId',
    'o.kind',
    'o.name',
    'o.shortName',
    'o.sortOrder',
    'o.dissolvedOn',
    'o.depth',
  ]);
  if (!includeDissolved) q = q.where('o.dissolvedOn', 'is', null);
  return q.orderBy('o.depth').orderBy('o.sortOrder').orderBy(sql`o.name_fold COLLATE "C"`).limit(10_000).execute();
}

export function organizationEvents(db: Kysely<DB>, organizationId: string) {
  return db
    .selectFrom('organizationEvents')
    .selectAll()
    .where('organizationId', '=', organizationId)
    .orderBy('occurredOn', 'desc')
    .orderBy('createdAt', 'desc')
    .limit(500)
    .execute();
}
