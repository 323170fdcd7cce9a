import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { type Page, type PageParams, paginate } from '../../http/paging.ts';
import { inScope } from '../../http/scope.ts';
import { personalView } from '../../lib/personal-data.ts';
import type { Actor } from '../../lib/roles.ts';
import type { Member, MemberEvent } from './members.schema.ts';

/** Statuses in which a member counts party age (tuổi đảng): recognized and still in the Party. */
export const PARTY_AGE_STATUSES = ['official', 'exempt', 'temporarily_elsewhere', 'transferred_out'] as const;
const partyAgeStatuses = sql.join(PARTY_AGE_STATUSES.map((s) => sql.lit(s)));

/** The Member of the API; `today` is the Vietnamese day the party age is counted to. */
export function memberColumns(today: string) {
  return [
    'm.id', 'm.personId', 'p.fullName', 'p.gender', 'p.birthDate', 'm.cellId', 'o.name as cellName', 'o.path as cellPath',
    'm.status', 'm.partyCardNumber', 'm.citizenId', 'm.admissionDecisionNumber', 'm.admissionDecisionDate',
    'm.ceremonyDate', 'm.officialRecognitionDate',
    sql<string | null>`CASE WHEN m.status = 'probationary' AND m.ceremony_date IS NOT NULL THEN probation_end(m.ceremony_date) END`.as('probationEndsOn'),
    // Tuổi đảng counts from the admission decision (domain: "Probation").
    sql<number | null>`CASE WHEN m.status IN (${partyAgeStatuses}) AND m.admission_decision_date IS NOT NULL
      THEN extract(year FROM age(${today}::date, m.admission_decision_date))::integer END`.as('partyAgeYears'),
    'm.educationLevel', 'm.politicalTheoryLevel', 'm.occupation', 'm.position', 'm.contact', 'm.version',
    'm.createdAt', 'm.updatedAt',
  ] as const;
}

/**
 * Members the actor may see: those of cells in their members.read (or .write) subtrees; for reading,
 * also their own record, which is all an ordinary member sees.
 */
export function visibleMembers(db: Kysely<DB>, actor: Actor, permission: 'members.read' | 'members.write' = 'members.read') {
  return db
    .selectFrom('members as m')
    .innerJoin('people as p', 'p.id', 'm.personId')
    .innerJoin('organizations as o', 'o.id', 'm.cellId')
    .where((eb) => {
      const scoped = inScope(actor, permission, eb.ref('o.path'));
      return permission === 'members.read' && actor.personId ? eb.or([scoped, eb('m.personId', '=', actor.personId)]) : scoped;
    });
}

export async function findMember(
  db: Kysely<DB>, actor: Actor, id: string, today: string, permission: 'members.read' | 'members.write' = 'members.read',
): Promise<Member | undefined> {
  const m = (await visibleMembers(db, actor, permission).select(memberColumns(today)).where('m.id', '=', id).executeTakeFirst()) as
    | Member
    | undefined;
  return m && memberView(actor, m);
}

/** The record as the actor may see it: personal fields masked without the need to know (lib/personal-data.ts). */
export const memberView = <T extends Member>(actor: Actor, m: T): T => personalView(actor, m, m.cellPath, m.personId);

export async function findMemberByPerson(db: Kysely<DB>, personId: string, today: string): Promise<Member | undefined> {
  return (await db
    .selectFrom('members as m')
    .innerJoin('people as p', 'p.id', 'm.personId')
    .innerJoin('organizations as o', 'o.id', 'm.cellId')
    .select(memberColumns(today))
    .where('m.personId', '=', personId)
    .executeTakeFirst()) as Member | undefined;
}

export interface MemberFilter {
  q?: string | undefined;
  cellId?: string | undefined;
  subtree?: boolean | undefined;
  statuses?: string[] | undefined;
  modifiedSince?: string | undefined;
}

/** The filtered register, before paging: shared by the list and the Excel export. */
export function filteredMembers(db: Kysely<DB>, actor: Actor, f: MemberFilter, today: string) {
  let q = visibleMembers(db, actor).select([...memberColumns(today), 'p.sortKey']);
  if (f.cellId) {
    const cellId = f.cellId;
    q = f.subtree === false
      ? q.where('m.cellId', '=', cellId)
      : q.where('o.path', 'like', sql<string>`(SELECT path FROM organizations WHERE id = ${cellId}) || '%'`);
  }
  if (f.statuses?.length) q = q.where('m.status', 'in', f.statuses);
  if (f.modifiedSince) q = q.where('m.updatedAt', '>=', f.modifiedSince);
  // Diacritics- and case-insensitive on the person's name: "nguyen van a" finds "Nguyễn Văn A".
  if (f.q) q = q.where(sql<boolean>`p.name_fold LIKE '%' || vn_fold(${f.q}) || '%'`);
  return q;
}

const NO_DATE = '0001-01-01';

export type MemberRow = Member & { sortKey: string };

export async function listMembers(db: Kysely<DB>, actor: Actor, f: MemberFilter, page: PageParams, today: string) {
  const result = await paginate(filteredMembers(db, actor, f, today), page, {
    default: 'name',
    id: sql`m.id`,
    columns: {
      name: { expr: sql`p.sort_key COLLATE "C"`, value: (r) => r.sortKey },
      updatedAt: { expr: sql`m.updated_at`, value: (r) => r.updatedAt },
      // Records without a decision date sort first, and page like the others.
      admissionDecisionDate: {
        expr: sql`coalesce(m.admission_decision_date, ${NO_DATE}::date)`,
        value: (r) => r.admissionDecisionDate ?? NO_DATE,
      },
    },
  });
  const rows = result as Page<MemberRow>;
  return { ...rows, data: rows.data.map((m) => memberView(actor, m)) };
}

export async function memberEvents(db: Kysely<DB>, memberId: string): Promise<MemberEvent[]> {
  return (await db
    .selectFrom('memberEvents')
    .select(['id', 'kind', 'occurredOn', 'statusAfter', 'decisionNumber', 'decisionSymbol', 'decisionIssuer', 'details', 'note', 'createdAt'])
    .where('memberId', '=', memberId)
    .orderBy('occurredOn')
    .orderBy('createdAt')
    .orderBy('id')
    .execute()) as MemberEvent[];
}

/** The latest event of a kind, for the workflow checks that depend on an earlier step. */
export function latestEvent(db: Kysely<DB>, memberId: string, kinds: string[]) {
  return db
    .selectFrom('memberEvents')
    .select(['id', 'kind', 'occurredOn', 'details', 'createdAt'])
    .where('memberId', '=', memberId)
    .where('kind', 'in', kinds)
    .orderBy('occurredOn', 'desc')
    .orderBy('createdAt', 'desc')
    .limit(1)
    .executeTakeFirst() as Promise<{ id: string; kind: string; occurredOn: string; details: Record<string, unknown>; createdAt: string } | undefined>;
}
