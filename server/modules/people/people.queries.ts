import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { type PageParams, paginate } from '../../http/paging.ts';
import { inScope } from '../../http/scope.ts';
import { personalView } from '../../lib/personal-data.ts';
import type { Actor, Permission } from '../../lib/roles.ts';
import type { Person } from './people.schema.ts';

const personColumns = [
  'p.id',
  'p.familyName',
  'p.middleName',
  'p.givenName',
  'p.fullName',
  'p.gender',
  'p.birthDate',
  'p.organizationId',
  'o.name as organizationName',
  'p.email',
  'p.phone',
  'p.isDemo',
  'p.version',
  'p.createdAt',
  'p.updatedAt',
  'o.path as organizationPath',
] as const;

/** The person as the actor may see them: birth date and phone masked without the need to know. */
function personView(actor: Actor, row: Person & { organizationPath: string }): Person {
  const { organizationPath, ...person } = row;
  return personalView(actor, person, organizationPath, person.id);
}

/** People whose organization lies in the actor's scope for `permission`. */
export function visiblePeople(db: Kysely<DB>, actor: Actor, permission: Permission = 'people.read') {
  return db
    .selectFrom('people as p')
    .innerJoin('organizations as o', 'o.id', 'p.organizationId')
    .where('p.deletedAt', 'is', null)
    .where((eb) => inScope(actor, permission, eb.ref('o.path')));
}

export async function findPerson(db: Kysely<DB>, actor: Actor, id: string, permission: Permission = 'people.read') {
  const row = await visiblePeople(db, actor, permission).select(personColumns).where('p.id', '=', id).executeTakeFirst();
  return row && personView(actor, row as Person & { organizationPath: string });
}

export interface PeopleFilter {
  q?: string | undefined;
  organizationId?: string | undefined;
  subtree?: boolean | undefined;
  modifiedSince?: string | undefined;
}

export async function listPeople(db: Kysely<DB>, actor: Actor, f: PeopleFilter, page: PageParams) {
  let q = visiblePeople(db, actor).select([...personColumns, 'p.sortKey']);
  if (f.organizationId) {
    const orgId = f.organizationId;
    q = f.subtree
      ? q.where('o.path', 'like', sql<string>`(SELECT path FROM organizations WHERE id = ${orgId}) || '%'`)
      : q.where('p.organizationId', '=', orgId);
  }
  if (f.modifiedSince) q = q.where('p.updatedAt', '>=', f.modifiedSince);
  // Diacritics- and case-insensitive: "nguyen van a" finds "Nguyễn Văn A"; the trigram index serves it.
  if (f.q) q = q.where(sql<boolean>`p.name_fold LIKE '%' || vn_fold(${f.q}) || '%'`);
  const result = await paginate(q, page, {
    default: 'name',
    id: sql`p.id`,
    columns: {
      name: { expr: sql`p.sort_key COLLATE "C"`, value: (r) => r.sortKey },
      updatedAt: { expr: sql`p.updated_at`, value: (r) => r.updatedAt },
    },
  });
  return { ...result, data: result.data.map((r) => personView(actor, r as Person & { organizationPath: string })) };
}

type TimelineKind = 'post' | 'body' | 'assignment';

/** Every post, body seat and cell assignment of a person, newest first. */
export function personTimeline(db: Kysely<DB>, personId: string) {
  const posts = db
    .selectFrom('postHoldings as h')
    .innerJoin('posts as po', 'po.id', 'h.postId')
    .innerJoin('organizations as o', 'o.id', 'po.organizationId')
    .select([
      sql<TimelineKind>`'post'`.as('kind'),
      'h.id',
      'po.title as label',
      'o.id as organizationId',
      'o.name as organizationName',
      'h.startsOn',
      'h.endsOn',
    ])
    .where('h.personId', '=', personId);
  const bodies = db
    .selectFrom('bodyMembers as m')
    .innerJoin('bodies as b', 'b.id', 'm.bodyId')
    .innerJoin('organizations as o', 'o.id', 'b.organizationId')
    .select([
      sql<TimelineKind>`'body'`.as('kind'),
      'm.id',
      'b.kind as label',
      'o.id as organizationId',
      'o.name as organizationName',
      'm.startsOn',
      'm.endsOn',
    ])
    .where('m.personId', '=', personId);
  const assignments = db
    .selectFrom('cellAssignments as a')
    .innerJoin('organizations as o', 'o.id', 'a.organizationId')
    .select([
      sql<TimelineKind>`'assignment'`.as('kind'),
      'a.id',
      sql<string>`'in_charge'`.as('label'),
      'o.id as organizationId',
      'o.name as organizationName',
      'a.startsOn',
      'a.endsOn',
    ])
    .where('a.personId', '=', personId);
  return posts
    .unionAll(bodies)
    .unionAll(assignments)
    .orderBy('startsOn', 'desc')
    .limit(500)
    .execute();
}
