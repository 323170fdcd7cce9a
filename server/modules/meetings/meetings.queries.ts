import { type Kysely, type SqlBool, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { inScope } from '../../http/scope.ts';
import { todayInVietnam } from '../../lib/dates.ts';
import type { Actor } from '../../lib/roles.ts';
import type { AgendaDocumentRef } from '../../db/schema.meetings.ts';
import type { AgendaItem, Participant, Vote } from './meetings.schema.ts';

type Access = 'meetings.read' | 'meetings.write';

/**
 * Meetings the actor may see: those of organizations in their scope, and (for reading) those they are
 * invited to, so a guest from another organization finds the meeting on their calendar.
 */
export function visibleMeetings(db: Kysely<DB>, actor: Actor, access: Access = 'meetings.read') {
  return db
    .selectFrom('meetings as m')
    .innerJoin('organizations as o', 'o.id', 'm.organizationId')
    .where('m.deletedAt', 'is', null)
    .where((eb) => {
      const scoped = inScope(actor, access, eb.ref('m.scopePath'));
      if (access === 'meetings.write' || !actor.personId) return scoped;
      const invited = sql<SqlBool>`EXISTS (SELECT 1 FROM meeting_participants mp WHERE mp.meeting_id = m.id AND mp.person_id = ${actor.personId})`;
      return eb.or([scoped, invited]);
    });
}

export const summaryColumns = [
  'm.id',
  'm.organizationId',
  'o.name as organizationName',
  'm.kind',
  'm.ordinal',
  'm.title',
  'm.startsAt',
  'm.endsAt',
  'm.place',
  'm.state',
  'm.version',
  'm.updatedAt',
] as const;

const detailColumns = [
  ...summaryColumns,
  'o.path as organizationPath',
  'o.kind as organizationKind',
  'o.parentId as organizationParentId',
  'm.scopePath',
  'm.bodyId',
  'm.termId',
  'm.stateReason',
  'm.postponedFrom',
] as const;

/** A meeting without a reader's scope: for system work (demo data, jobs), never for a request. */
export function meetingById(db: Kysely<DB>, id: string) {
  return db.selectFrom('meetings as m').innerJoin('organizations as o', 'o.id', 'm.organizationId')
    .select(detailColumns).where('m.id', '=', id).executeTakeFirst();
}

export async function findMeeting(db: Kysely<DB>, actor: Actor, id: string, access: Access = 'meetings.read') {
  return visibleMeetings(db, actor, access)
    .select(detailColumns)
    .where('m.id', '=', id)
    .executeTakeFirst();
}
export type FoundMeeting = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;

export async function loadParticipants(db: Kysely<DB>, meetingId: string): Promise<Participant[]> {
  return db
    .selectFrom('meetingParticipants')
    .select([
      'id', 'kind', 'personId', 'organizationId', 'name', 'title', 'isChair', 'isSecretary', 'memberStatus',
      'inQuorumBase', 'attendance', 'absenceReason', 'checkedInAt', 'version',
    ])
    .where('meetingId', '=', meetingId)
    .orderBy('position')
    .orderBy('name')
    .execute();
}

/** The agenda tree, flattened depth-first, each item numbered '1', '1.1'..., with its speeches. */
export async function loadAgenda(db: Kysely<DB>, meetingId: string): Promise<AgendaItem[]> {
  const [items, speeches] = await Promise.all([
    db.selectFrom('meetingAgendaItems')
      .select(['id', 'parentId', 'position', 'title', 'presenter', 'documents', 'notes', 'result', 'version'])
      .where('meetingId', '=', meetingId).where('deletedAt', 'is', null)
      .orderBy('position').orderBy('createdAt').execute(),
    db.selectFrom('meetingSpeeches as s')
      .innerJoin('meetingAgendaItems as i', 'i.id', 's.itemId')
      .select(['s.id', 's.itemId', 's.personId', 's.speakerName', 's.speakerTitle', 's.summary', 's.position'])
      .where('i.meetingId', '=', meetingId).where('s.deletedAt', 'is', null)
      .orderBy('s.position').execute(),
  ]);
  const out: AgendaItem[] = [];
  const walk = (parentId: string | null, prefix: string) => {
    items.filter((i) => i.parentId === parentId).forEach((item, index) => {
      const number = prefix ? `${prefix}.${index + 1}` : String(index + 1);
      out.push({
        ...item,
        number,
        documents: (item.documents ?? []) as AgendaDocumentRef[],
        speeches: speeches.filter((s) => s.itemId === item.id).map(({ itemId: _itemId, ...s }) => s),
      });
      walk(item.id, number);
    });
  };
  walk(null, '');
  return out;
}

export async function loadVotes(db: Kysely<DB>, meetingId: string): Promise<Vote[]> {
  return db
    .selectFrom('meetingVotes')
    .select([
      'id', 'itemId', 'subject', 'method', 'majority', 'baseCount', 'presentCount', 'forCount', 'againstCount',
      'abstainCount', 'requiredCount', 'passed', 'isResolution',
    ])
    .where('meetingId', '=', meetingId).where('deletedAt', 'is', null)
    .orderBy('createdAt').execute();
}

export function loadAdoptedDocuments(db: Kysely<DB>, meetingId: string) {
  return db.selectFrom('meetingAdoptedDocuments')
    .select(['id', 'itemId', 'documentType', 'title', 'documentId', 'voteId'])
    .where('meetingId', '=', meetingId).where('deletedAt', 'is', null)
    .orderBy('createdAt').execute();
}

export async function loadConclusions(db: Kysely<DB>, meetingId: string) {
  const rows = await db.selectFrom('meetingConclusions')
    .select(['id', 'itemId', 'text', 'taskId'])
    .where('meetingId', '=', meetingId).where('deletedAt', 'is', null)
    .orderBy('position').orderBy('createdAt').execute();
  return rows.map((r, i) => ({ ...r, number: i + 1 }));
}

export function latestMinutes(db: Kysely<DB>, meetingId: string) {
  return db.selectFrom('meetingMinutes')
    .select(['id', 'versionNo', 'status'])
    .where('meetingId', '=', meetingId)
    .orderBy('versionNo', 'desc').limit(1).executeTakeFirst();
}

/**
 * The cell's members and the status each had on `day`. From today on, the status the register holds
 * now (actions may be entered with earlier dates than the record's entry). Before today, the last status
 * an event set on or before that day; before its first event, a record entered from existing papers ('recorded') already had the
 * status it was entered with; an applicant's record did not exist yet.
 */
export async function cellMembersOn(db: Kysely<DB>, cellId: string, day: string) {
  const current = day >= todayInVietnam();
  const rows = await db
    .selectFrom('members as m')
    .innerJoin('people as p', 'p.id', 'm.personId')
    .select([
      'm.personId', 'p.fullName', 'p.sortKey', 'm.status',
      sql<string | null>`(SELECT e.status_after FROM member_events e WHERE e.member_id = m.id AND e.status_after IS NOT NULL
        AND e.occurred_on <= ${day} ORDER BY e.occurred_on DESC, e.created_at DESC LIMIT 1)`.as('statusOn'),
      sql<{ kind: string; status: string } | null>`(SELECT json_build_object('kind', e.kind, 'status', e.status_after) FROM member_events e
        WHERE e.member_id = m.id AND e.status_after IS NOT NULL ORDER BY e.occurred_on, e.created_at LIMIT 1)`.as('first'),
    ])
    .where('m.cellId', '=', cellId)
    .where('p.deletedAt', 'is', null)
    .execute();
  const statusOn = (r: (typeof rows)[number]) => {
    if (current) return r.status;
    if (r.statusOn) return r.statusOn;
    if (!r.first) return r.status;
    return r.first.kind === 'recorded' ? r.first.status : null;
  };
  return rows
    .map((r) => ({ personId: r.personId, fullName: r.fullName, sortKey: r.sortKey, status: statusOn(r) }))
    .filter((r): r is typeof r & { status: string } => r.status !== null)
    .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
}

/** Members of a body (executive or standing committee) on `day`. */
export function bodyMembersOn(db: Kysely<DB>, bodyId: string, day: string) {
  return db
    .selectFrom('bodyMembers as bm')
    .innerJoin('people as p', 'p.id', 'bm.personId')
    .select(['bm.personId', 'p.fullName'])
    .where('bm.bodyId', '=', bodyId)
    .where('bm.startsOn', '<=', day)
    .where((eb) => eb.or([eb('bm.endsOn', 'is', null), eb('bm.endsOn', '>=', day)]))
    .orderBy('p.sortKey')
    .execute();
}

