import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { inScope } from '../../http/scope.ts';
import type { Actor } from '../../lib/roles.ts';
import type { Entry } from './ratings.schema.ts';

export function entryColumns() {
  return [
    'e.id',
    'e.memberId',
    sql<string>`coalesce(p.full_name, o.name)`.as('subjectName'),
    'e.selfScore',
    'e.selfLevel',
    'e.selfNote',
    'e.proposedLevel',
    'e.decidedLevel',
    'e.decidedOn',
    'e.version',
  ] as const;
}

function entriesBase(db: Kysely<DB>) {
  return db
    .selectFrom('ratingEntries as e')
    .innerJoin('ratingRounds as r', 'r.id', 'e.roundId')
    .innerJoin('organizations as o', 'o.id', 'r.organizationId')
    .leftJoin('members as m', 'm.id', 'e.memberId')
    .leftJoin('people as p', 'p.id', 'm.personId');
}

/** The organization's own entry first, then members in Vietnamese name order. */
export async function roundEntries(db: Kysely<DB>, roundId: string): Promise<Entry[]> {
  return (await entriesBase(db)
    .select(entryColumns())
    .where('e.roundId', '=', roundId)
    .orderBy(sql`e.member_id IS NOT NULL`)
    .orderBy(sql`p.sort_key COLLATE "C"`)
    .orderBy('e.id')
    .execute()) as Entry[];
}

/** One entry with what the policy needs: its round's organization, the parent's path, the member's person. */
export type FoundEntry = Entry & { roundId: string; year: number; path: string; parentPath: string | null; personId: string | null };

export async function findEntry(db: Kysely<DB>, actor: Actor, id: string): Promise<FoundEntry | undefined> {
  return entriesBase(db)
    .leftJoin('organizations as parent', 'parent.id', 'o.parentId')
    .select([...entryColumns(), 'r.id as roundId', 'r.year', 'o.path', 'parent.path as parentPath', 'm.personId'])
    .where('e.id', '=', id)
    .where((eb) => eb.or([inScope(actor, 'members.read', eb.ref('o.path')), ...(actor.personId ? [eb('m.personId', '=', actor.personId)] : [])]))
    .executeTakeFirst() as Promise<FoundEntry | undefined>;
}

export async function memberRatings(db: Kysely<DB>, memberId: string) {
  return db
    .selectFrom('ratingEntries as e')
    .innerJoin('ratingRounds as r', 'r.id', 'e.roundId')
    .innerJoin('organizations as o', 'o.id', 'r.organizationId')
    .select(['r.year', 'o.name as organizationName', 'e.selfScore', 'e.selfLevel', 'e.proposedLevel', 'e.decidedLevel'])
    .where('e.memberId', '=', memberId)
    .orderBy('r.year', 'desc')
    .execute();
}
