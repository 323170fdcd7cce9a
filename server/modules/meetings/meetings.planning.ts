import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { CELL_MEETING_KINDS, type MeetingKind } from '../../../common/enums.ts';
import { toRoman } from '../../../common/vietnamese.ts';
import type { DB } from '../../db/schema.ts';
import { titlesOn } from '../people/index.ts';
import { bodyMembersOn, cellMembersOn } from './meetings.queries.ts';

/** What planning a meeting fills in by itself: term, body, number, title, the invited members. */

export function termOn(trx: Transaction<DB>, organizationId: string, day: string) {
  return trx.selectFrom('terms').select(['id', 'ordinal'])
    .where('organizationId', '=', organizationId)
    .where('startsOn', '<=', day)
    .where((eb) => eb.or([eb('endsOn', 'is', null), eb('endsOn', '>=', day)]))
    .orderBy('startsOn', 'desc').limit(1).executeTakeFirst();
}

const BODY_OF_KIND: Partial<Record<MeetingKind, 'executive_committee' | 'standing_committee'>> = {
  executive_conference: 'executive_committee',
  standing_meeting: 'standing_committee',
};

/** The body in office on the day that a committee meeting of this kind gathers. */
export async function bodyFor(trx: Transaction<DB>, organizationId: string, kind: MeetingKind, day: string): Promise<string | null> {
  const bodyKind = BODY_OF_KIND[kind];
  if (!bodyKind) return null;
  const body = await trx.selectFrom('bodies').select('id')
    .where('organizationId', '=', organizationId).where('kind', '=', bodyKind)
    .where('startsOn', '<=', day)
    .where((eb) => eb.or([eb('endsOn', 'is', null), eb('endsOn', '>=', day)]))
    .orderBy('startsOn', 'desc').limit(1).executeTakeFirst();
  return body?.id ?? null;
}

/** Executive conferences are numbered within the term: "Hội nghị lần thứ II". */
export async function nextOrdinal(trx: Transaction<DB>, organizationId: string, kind: MeetingKind, termId: string | null): Promise<number | null> {
  if (kind !== 'executive_conference') return null;
  let q = trx.selectFrom('meetings').select((eb) => eb.fn.max('ordinal').as('max'))
    .where('organizationId', '=', organizationId).where('kind', '=', kind).where('deletedAt', 'is', null)
    .where('state', '!=', 'cancelled');
  q = termId ? q.where('termId', '=', termId) : q.where('termId', 'is', null);
  const row = await q.executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

export function defaultTitle(kind: MeetingKind, orgName: string, day: string, ordinal: number | null): string {
  const [y, m, d] = day.split('-');
  const month = `${m}/${y}`;
  const quarter = Math.ceil(Number(m) / 3);
  switch (kind) {
    case 'executive_conference':
      return `Hội nghị Ban Chấp hành ${orgName}${ordinal ? ` lần thứ ${toRoman(ordinal)}` : ''}`;
    case 'standing_meeting':
      return `Họp Ban Thường vụ ${orgName} ngày ${d}/${month}`;
    case 'leadership_briefing':
      return `Họp giao ban tháng ${month}`;
    case 'cell_regular':
      return `Sinh hoạt ${orgName} thường kỳ tháng ${month}`;
    case 'cell_thematic':
      return `Sinh hoạt chuyên đề ${orgName} quý ${quarter}/${y}`;
    case 'review_conference':
      return `Hội nghị tổng kết năm ${y} ${orgName}`;
    case 'superior_session':
      return `Làm việc với cấp ủy cấp trên ngày ${d}/${month}`;
    case 'congress':
      return `Đại hội ${orgName}`;
  }
}

/** Member statuses invited to a cell meeting: those belonging to the cell on the day. */
const INVITED_STATUSES = new Set(['official', 'probationary', 'exempt', 'temporarily_elsewhere']);

/**
 * Invites the cell's members (with the status each had on the day) or the body's members; each with
 * every title they held that day, frozen.
 */
export async function inviteMembers(
  trx: Transaction<DB>,
  m: { id: string; kind: MeetingKind; organizationId: string; bodyId: string | null },
  day: string,
): Promise<number> {
  const people: Array<{ personId: string; fullName: string; memberStatus: string | null; inQuorumBase: boolean }> = [];
  if (CELL_MEETING_KINDS.includes(m.kind)) {
    for (const r of await cellMembersOn(trx, m.organizationId, day)) {
      if (INVITED_STATUSES.has(r.status)) people.push({ personId: r.personId, fullName: r.fullName, memberStatus: r.status, inQuorumBase: r.status === 'official' });
    }
  } else if (m.bodyId) {
    for (const r of await bodyMembersOn(trx, m.bodyId, day)) people.push({ ...r, memberStatus: null, inQuorumBase: true });
  }
  if (people.length === 0) return 0;
  const titles = await titlesOn(trx, people.map((p) => p.personId), day);
  await trx.insertInto('meetingParticipants').values(people.map((p, position) => ({
    id: randomUUID(), meetingId: m.id, personId: p.personId, organizationId: null, kind: 'attendee' as const,
    name: p.fullName, title: titles.get(p.personId) ?? null, memberStatus: p.memberStatus, inQuorumBase: p.inQuorumBase,
    absenceReason: null, checkedInAt: null, position,
  }))).execute();
  return people.length;
}
