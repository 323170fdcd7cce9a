import type { Kysely } from 'kysely';
import { type MinutesGap, isCellKind } from '../../../common/enums.ts';
import { foldVietnamese, minutesTime } from '../../../common/vietnamese.ts';
import type { DB } from '../../db/schema.ts';
import type { Lang } from '../../http/i18n.ts';
import { partyHeadingIn } from './meetings.calendar.ts';
import { liveQuorum, meetingDay } from './meetings.core.ts';
import { type FoundMeeting, loadAdoptedDocuments, loadAgenda, loadConclusions, loadParticipants, loadVotes } from './meetings.queries.ts';
import type { Completeness, MinutesContent } from './meetings.schema.ts';

/**
 * The minutes drafted from the meeting record: heading, time, place, composition and attendance with
 * the quorum, chair, secretary, guests with their titles that day, the proceedings item by item, votes,
 * conclusions, closing time and signature places. Never typed from scratch.
 */
export async function buildMinutesContent(db: Kysely<DB>, m: FoundMeeting): Promise<MinutesContent> {
  const [participants, agenda, votes, adopted, conclusions, quorum, heading] = await Promise.all([
    loadParticipants(db, m.id), loadAgenda(db, m.id), loadVotes(db, m.id), loadAdoptedDocuments(db, m.id),
    loadConclusions(db, m.id), liveQuorum(db, m), partyHeadingIn(db, { name: m.organizationName, parentId: m.organizationParentId }, meetingDay(m)),
  ]);
  const people = participants.filter((p) => p.kind !== 'unit');
  const named = (p: { name: string; title: string | null }) => ({ name: p.name, title: p.title });
  const chairs = people.filter((p) => p.isChair).map(named);
  const secretary = people.find((p) => p.isSecretary);
  const isCell = isCellKind(m.organizationKind);
  return {
    meetingId: m.id,
    kind: m.kind,
    heading,
    title: m.title,
    organizationName: m.organizationName,
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    openingLine: `Vào hồi ${minutesTime(m.startsAt)}${m.place ? `, tại ${m.place}` : ''}, ${m.organizationName} tiến hành ${m.title.charAt(0).toLowerCase()}${m.title.slice(1)}.`,
    closingLine: `Cuộc họp kết thúc vào hồi ${minutesTime(m.endsAt)}.`,
    place: m.place,
    chairs,
    secretary: secretary ? named(secretary) : null,
    guests: people.filter((p) => p.kind === 'guest').map(named),
    invitedUnits: participants.filter((p) => p.kind === 'unit').map((p) => p.name),
    attendance: {
      present: people.filter((p) => p.kind === 'attendee' && p.attendance === 'present').map(named),
      absentExcused: people.filter((p) => p.attendance === 'absent_excused').map((p) => ({ name: p.name, reason: p.absenceReason })),
      absentUnexcused: people.filter((p) => p.attendance === 'absent_unexcused').map((p) => ({ name: p.name })),
    },
    quorum,
    items: agenda.map((item) => ({
      number: item.number,
      depth: item.number.split('.').length - 1,
      title: item.title,
      presenter: item.presenter,
      documents: item.documents.map((d) => d.title),
      notes: item.notes,
      speeches: item.speeches.map((sp) => ({ speakerName: sp.speakerName, speakerTitle: sp.speakerTitle, summary: sp.summary })),
      votes: votes.filter((v) => v.itemId === item.id),
      result: item.result,
    })),
    votes,
    adoptedDocuments: adopted.map((d) => ({ documentType: d.documentType, title: d.title })),
    conclusions: conclusions.map((c) => ({ number: c.number, text: c.text })),
    signatures: [
      { role: 'secretary', label: 'THƯ KÝ', name: secretary?.name ?? null },
      { role: 'chair', label: isCell ? 'T/M CHI BỘ\nCHỦ TRÌ' : 'CHỦ TRÌ', name: chairs[0]?.name ?? null },
    ],
  };
}

const GAP_TEXT: Record<MinutesGap, { vi: string; en: string }> = {
  not_held: { vi: 'Cuộc họp chưa được ghi nhận là đã diễn ra', en: 'The meeting is not recorded as held' },
  no_chair: { vi: 'Chưa có người chủ trì', en: 'No chair' },
  no_secretary: { vi: 'Chưa có thư ký', en: 'No secretary' },
  attendance_pending: { vi: 'Chưa điểm danh: {names}', en: 'Attendance not taken: {names}' },
  absence_without_reason: { vi: 'Vắng có lý do nhưng chưa ghi lý do: {names}', en: 'Excused absence without its reason: {names}' },
  item_without_notes: { vi: 'Mục {number} "{title}" chưa có nội dung ghi chép', en: 'Item {number} "{title}" has no notes' },
  discussion_without_opinions: { vi: 'Mục thảo luận {number} "{title}" chưa ghi ý kiến phát biểu nào', en: 'Discussion item {number} "{title}" records no opinion' },
  resolution_without_vote: { vi: 'Mục {number} "{title}" chưa ghi kết quả biểu quyết', en: 'Item {number} "{title}" records no vote' },
  no_resolution_vote: { vi: 'Chưa biểu quyết thông qua nghị quyết của cuộc họp', en: "No vote on the meeting's resolution" },
  no_conclusions: { vi: 'Chưa có kết luận', en: 'No conclusions' },
};

/**
 * What an agenda item is for, read from its title (the monthly template's "Thảo luận" and "Kết luận và
 * biểu quyết nghị quyết"): a discussion records the speakers' opinions, a resolution item its vote.
 */
export function itemPurpose(title: string): 'discussion' | 'resolution' | null {
  const t = foldVietnamese(title);
  if (/\bnghi quyet\b/.test(t) && /\b(bieu quyet|thong qua)\b/.test(t)) return 'resolution';
  if (/\bthao luan\b/.test(t)) return 'discussion';
  return null;
}

const fill = (t: string, vars: Record<string, string>) => t.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');

/** What the minutes would lack: each gap named, with the item or people it concerns. */
export function completenessOf(m: { state: string; kind: FoundMeeting['kind'] }, c: MinutesContent, ids: {
  items: Array<{ id: string; number: string }>;
  participants: Array<{ id: string; name: string; kind: string; attendance: string; absenceReason: string | null }>;
}, lang: Lang): Completeness {
  const gaps: Completeness['gaps'] = [];
  const add = (code: MinutesGap, vars: Record<string, string> = {}, itemId: string | null = null, participantIds: string[] = []) =>
    gaps.push({ code, message: fill(GAP_TEXT[code][lang], vars), itemId, participantIds });
  if (m.state !== 'held') add('not_held');
  if (c.chairs.length === 0) add('no_chair');
  if (!c.secretary) add('no_secretary');
  const pending = ids.participants.filter((p) => p.kind !== 'unit' && p.attendance === 'pending');
  const names = (ps: Array<{ name: string }>) => ps.slice(0, 10).map((p) => p.name).join(', ') + (ps.length > 10 ? ` (+${ps.length - 10})` : '');
  if (pending.length) add('attendance_pending', { names: names(pending) }, null, pending.map((p) => p.id));
  const noReason = ids.participants.filter((p) => p.attendance === 'absent_excused' && !p.absenceReason);
  if (noReason.length) add('absence_without_reason', { names: names(noReason) }, null, noReason.map((p) => p.id));
  for (const item of c.items) {
    if (item.depth > 0) continue;
    const said = item.notes || item.speeches.length || item.result || item.votes.length;
    const id = ids.items.find((i) => i.number === item.number)?.id ?? null;
    const vars = { number: item.number, title: item.title };
    if (!said) add('item_without_notes', vars, id);
    const purpose = itemPurpose(item.title);
    const within = c.items.filter((x) => x.number === item.number || x.number.startsWith(`${item.number}.`));
    if (purpose === 'discussion' && !within.some((x) => x.speeches.length)) add('discussion_without_opinions', vars, id);
    if (purpose === 'resolution' && !within.some((x) => x.votes.length)) add('resolution_without_vote', vars, id);
  }
  // A cell's regular meeting ends with the vote on its resolution (domain.md, monthly order).
  if (m.kind === 'cell_regular' && !c.votes.some((v) => v.isResolution)) add('no_resolution_vote');
  if (c.conclusions.length === 0) add('no_conclusions');
  return { complete: gaps.length === 0, gaps };
}
