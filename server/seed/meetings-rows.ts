import type { Insertable } from 'kysely';
import type { AttendanceState, MeetingKind, MeetingState } from '../../common/enums.ts';
import type {
  MeetingAdoptedDocumentsTable, MeetingAgendaItemsTable, MeetingConclusionsTable, MeetingParticipantsTable,
  MeetingSpeechesTable, MeetingVotesTable, MeetingsTable, TaskCooperatingUnitsTable, TaskEventsTable, TasksTable,
} from '../db/schema.meetings.ts';
import { computeQuorum } from '../modules/meetings/index.ts';
import type { Quorum } from '../modules/meetings/meetings.schema.ts';
import { type Org, type World, titlesOn } from './meetings-world.ts';
import { ABSENCE_REASONS, ELSEWHERE_REASON, EXEMPT_REASON } from './meetings-texts.ts';
import { type Rng, demoId } from './random.ts';

/** The rows of the demo meetings, and how one meeting's people and quorum are made. */

export interface Rows {
  meetings: Insertable<MeetingsTable>[];
  participants: Insertable<MeetingParticipantsTable>[];
  agenda: Insertable<MeetingAgendaItemsTable>[];
  speeches: Insertable<MeetingSpeechesTable>[];
  votes: Insertable<MeetingVotesTable>[];
  documents: Insertable<MeetingAdoptedDocumentsTable>[];
  conclusions: Insertable<MeetingConclusionsTable>[];
  tasks: Insertable<TasksTable>[];
  taskUnits: Insertable<TaskCooperatingUnitsTable>[];
  taskEvents: Insertable<TaskEventsTable>[];
}

export const emptyRows = (): Rows => ({
  meetings: [], participants: [], agenda: [], speeches: [], votes: [], documents: [], conclusions: [], tasks: [], taskUnits: [], taskEvents: [],
});

export type Basis = Quorum['basis'];

/** Someone invited: a member of the cell (with their status on the day), of the body, or a guest. */
export interface Invitee {
  personId: string;
  memberStatus: string | null;
  guest?: boolean;
}

export interface MeetingSpec {
  key: string;
  kind: MeetingKind;
  org: Org;
  bodyId: string | null;
  termId: string | null;
  ordinal: number | null;
  title: string;
  day: string;
  /** Local time in Vietnam, 'HH:MM', and the length in minutes. */
  start: string;
  minutes: number;
  place: string;
  state: MeetingState;
  stateReason: string | null;
  basis: Basis;
  invitees: Invitee[];
  chairId: string | null;
  secretaryId: string | null;
  /** Share of ordinary members who come (0.9 a usual month, lower in a few). */
  attendanceRate: number;
  topic?: string;
  /** Forces the first conclusion to become a task of this person (the demo member's own task). */
  taskOwner?: string;
}

export interface Builder {
  rng: Rng;
  world: World;
  rows: Rows;
}

/** An instant from a day and a Vietnamese wall-clock time, plus minutes, as a UTC ISO string. */
export function instant(day: string, hhmm: string, plusMinutes = 0): string {
  return new Date(Date.parse(`${day}T${hhmm}:00+07:00`) + plusMinutes * 60_000).toISOString();
}

/** 'HH:MM' in Vietnam of an instant. */
export const clock = (iso: string) => new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(11, 16);

export const nameOf = (w: World, personId: string) => w.names.get(personId)?.name ?? '';

function attendance(b: Builder, spec: MeetingSpec, inv: Invitee): { attendance: AttendanceState; reason: string | null } {
  if (spec.state !== 'held') return { attendance: 'pending', reason: null };
  if (inv.personId === spec.chairId || inv.personId === spec.secretaryId || inv.personId === spec.taskOwner || inv.guest) return { attendance: 'present', reason: null };
  if (inv.memberStatus === 'temporarily_elsewhere') return { attendance: 'absent_excused', reason: ELSEWHERE_REASON };
  if (inv.memberStatus === 'exempt') return b.rng.chance(0.3) ? { attendance: 'present', reason: null } : { attendance: 'absent_excused', reason: EXEMPT_REASON };
  if (b.rng.chance(spec.attendanceRate)) return { attendance: 'present', reason: null };
  // A rare absence without a reason; most come with one.
  if (b.rng.chance(0.08)) return { attendance: 'absent_unexcused', reason: null };
  return { attendance: 'absent_excused', reason: b.rng.weighted(ABSENCE_REASONS) };
}

/** In the quorum base (domain.md "Meetings"): official members, exempt members only when they attend; a body's members. */
function inBase(basis: Basis, inv: Invitee, present: boolean): boolean {
  if (inv.guest || basis === 'none') return false;
  if (basis === 'body') return true;
  return inv.memberStatus === 'official' || (inv.memberStatus === 'exempt' && present);
}

/** Participant rows of a meeting: the chair first, then by name. Returns them for the content to use. */
export function addParticipants(b: Builder, spec: MeetingSpec, meetingId: string, startsAt: string) {
  const w = b.world;
  const sortKey = (p: Invitee) => `${p.guest ? 1 : 0}${p.personId === spec.chairId ? 0 : 1}${w.names.get(p.personId)?.sortKey ?? ''}`;
  const ordered = [...spec.invitees].sort((x, y) => (sortKey(x) < sortKey(y) ? -1 : sortKey(x) > sortKey(y) ? 1 : 0));
  const rows = ordered.map((inv, position): Insertable<MeetingParticipantsTable> => {
    const a = attendance(b, spec, inv);
    return {
      id: demoId(`meeting-participant:${spec.key}:${inv.personId}`), meetingId, personId: inv.personId, organizationId: null,
      kind: inv.guest ? 'guest' : 'attendee', isChair: inv.personId === spec.chairId, isSecretary: inv.personId === spec.secretaryId,
      name: nameOf(w, inv.personId), title: inv.guest ? guestTitle(w, inv.personId, spec.day) : titlesOn(w, inv.personId, spec.day),
      memberStatus: inv.memberStatus, inQuorumBase: inBase(spec.basis, inv, a.attendance === 'present'),
      attendance: a.attendance, absenceReason: a.reason, position,
      checkedInAt: a.attendance === 'present' ? instant(spec.day, spec.start, -b.rng.int(2, 15)) : null,
      createdAt: instant(spec.day, spec.start, -7 * 24 * 60), updatedAt: startsAt,
    };
  });
  if (spec.state === 'held' && spec.basis !== 'none') ensureQuorum(spec, rows);
  b.rows.participants.push(...rows);
  return rows;
}

/** A held meeting was valid: if the draw left it short of the quorum, the first absentees in the base came after all. */
function ensureQuorum(spec: MeetingSpec, rows: Row[]) {
  const short = () => quorumOf(spec.basis, rows);
  for (const r of rows) {
    const q = short();
    if (q.met) return;
    if (r.inQuorumBase && r.attendance !== 'present') Object.assign(r, { attendance: 'present', absenceReason: null, checkedInAt: instant(spec.day, spec.start, -3) });
  }
}

function guestTitle(w: World, personId: string, day: string): string {
  return titlesOn(w, personId, day) ?? 'Đại diện Đảng ủy Khối các cơ quan Trung ương';
}

type Row = Insertable<MeetingParticipantsTable>;

/** The snapshot stored on meetings.quorum: the meetings module's own computation, with the 2/3 share of the rule. */
export function quorumOf(basis: Basis, rows: readonly Row[]): Quorum {
  const people = rows.map((r) => ({ kind: r.kind, memberStatus: r.memberStatus ?? null, inQuorumBase: r.inQuorumBase === true, attendance: r.attendance ?? 'pending' }));
  return computeQuorum(people, basis, { numerator: 2, denominator: 3 });
}
