import { type Insertable, type Kysely, sql } from 'kysely';
import { toRoman } from '../common/vietnamese.ts';
import type { DB } from '../server/db/schema.ts';
import { CELL_CONCLUSIONS, THEMATIC_TOPICS, fill } from '../server/seed/meetings-texts.ts';
import { Rng } from '../server/seed/random.ts';
import { type BenchOptions, SIZES } from './args.ts';
import { insertChunks, progress } from './chunks.ts';

/**
 * Meetings and tasks for the benchmark data: month by month back from the data's "today", every cell's
 * monthly meeting (4% skipped, 1% cancelled), a thematic meeting most quarters, each committee's
 * standing meeting, briefing and quarterly executive conference, until the size's count is reached;
 * members invited to the monthly meetings with their attendance (in SQL, by committee); tasks from the
 * conclusions of held meetings, and from other sources. Deterministic.
 */

/** The data's today: meetings before it were held, later ones are planned. */
export const BENCH_TODAY = '2026-12-01';
const LAST_MONTH = 2026 * 12 + 11; // December 2026, as a month index (year * 12 + month - 1)
const SEED = 0x3e_e7_20_26;

type Meeting = Insertable<DB['meetings']>;
interface Org {
  id: string;
  path: string;
  name: string;
}
interface Held {
  id: string;
  org: Org;
  day: string;
  cell: boolean;
  committeeId: string;
}
interface Ctx {
  rng: Rng;
  cells: (Org & { committeeId: string })[];
  committees: Org[];
  meetings: Meeting[];
  held: Held[];
}

function uuid(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => rng.int(0, 15).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-b${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A weekday of the month near `day` (Saturday and Sunday move to Monday). */
function weekday(month: number, day: number): string {
  const d = new Date(Date.UTC(Math.floor(month / 12), month % 12, day));
  const dow = d.getUTCDay();
  d.setUTCDate(d.getUTCDate() + (dow === 6 ? 2 : dow === 0 ? 1 : 0));
  return d.toISOString().slice(0, 10);
}

function add(c: Ctx, org: Org, committeeId: string, kind: Meeting['kind'], title: string, day: string, hours: [string, string], ordinal: number | null = null) {
  const startsAt = `${day}T${hours[0]}:00+07:00`;
  const endsAt = `${day}T${hours[1]}:00+07:00`;
  const cancelled = kind === 'cell_regular' && c.rng.chance(0.01);
  const state = day >= BENCH_TODAY ? 'planned' : cancelled ? 'cancelled' : 'held';
  const id = uuid(c.rng);
  c.meetings.push({
    id, organizationId: org.id, scopePath: org.path, bodyId: null, termId: null, kind, ordinal, title, startsAt, endsAt,
    place: 'Phòng họp cơ quan', state, stateReason: cancelled ? 'Trùng lịch công tác' : null, postponedFrom: null, quorum: null,
    closedAt: state === 'held' ? endsAt : null, createdBy: null, createdAt: startsAt, updatedAt: startsAt, deletedAt: null,
  });
  if (state === 'held') c.held.push({ id, org, day, cell: kind.startsWith('cell_'), committeeId });
}

/** One month of meetings across the bloc. */
function month(c: Ctx, m: number) {
  const [y, mo] = [Math.floor(m / 12), (m % 12) + 1];
  const label = `${mo}/${y}`;
  for (const cell of c.cells) {
    if (c.rng.chance(0.96)) add(c, cell, cell.committeeId, 'cell_regular', `Sinh hoạt chi bộ thường kỳ tháng ${label}`, weekday(m, c.rng.int(3, 12)), ['14:00', '16:30']);
    if (mo % 3 === 2 && c.rng.chance(0.85)) {
      const title = `Sinh hoạt chuyên đề quý ${toRoman(Math.ceil(mo / 3))}/${y}: ${c.rng.pick(THEMATIC_TOPICS)}`;
      add(c, cell, cell.committeeId, 'cell_thematic', title, weekday(m, c.rng.int(15, 24)), ['08:30', '11:30']);
    }
  }
  for (const k of c.committees) {
    add(c, k, k.id, 'standing_meeting', `Họp Ban Thường vụ Đảng ủy tháng ${label}`, weekday(m, c.rng.int(1, 5)), ['08:00', '10:30']);
    add(c, k, k.id, 'leadership_briefing', `Giao ban công tác đảng và chuyên môn tháng ${label}`, weekday(m, c.rng.int(24, 27)), ['14:00', '16:00']);
    if (mo % 3 === 1) {
      // Terms of five years from July 2020 and July 2025: conferences numbered by quarter within the term.
      const ordinal = Math.floor((m - (m >= 2025 * 12 + 6 ? 2025 : 2020) * 12 - 6) / 3) + 1;
      add(c, k, k.id, 'executive_conference', `Hội nghị Ban Chấp hành ${k.name} lần thứ ${toRoman(ordinal)}`, weekday(m, c.rng.int(10, 20)), ['08:00', '11:30'], ordinal);
    }
  }
}

function buildMeetings(c: Ctx, target: number) {
  for (let m = LAST_MONTH; c.meetings.length < target; m--) month(c, m);
  // Newest first: the excess is the oldest month's tail.
  const kept = new Set(c.meetings.slice(0, target).map((m) => m.id));
  c.meetings.length = target;
  c.held = c.held.filter((h) => kept.has(h.id));
}

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

function buildTasks(c: Ctx, target: number, people: Map<string, string[]>, cellsOf: Map<string, string[]>) {
  const tasks: Insertable<DB['tasks']>[] = [];
  const conclusions: Insertable<DB['meetingConclusions']>[] = [];
  const positions = new Map<string, number>();
  for (let i = 0; i < target; i++) {
    const m = c.rng.pick(c.held);
    const text = c.rng.pick(CELL_CONCLUSIONS);
    const values = { month: Number(m.day.slice(5, 7)), next: Number(m.day.slice(5, 7)) % 12 + 1, year: m.day.slice(0, 4) };
    const cellId = m.cell ? m.org.id : c.rng.pick(cellsOf.get(m.committeeId) ?? [m.org.id]);
    const owner = c.rng.pick(people.get(cellId) ?? ['']);
    const id = uuid(c.rng);
    const fromMeeting = c.rng.chance(0.7);
    const conclusionId = fromMeeting ? uuid(c.rng) : null;
    if (conclusionId) {
      const position = positions.get(m.id) ?? 0;
      positions.set(m.id, position + 1);
      conclusions.push({ id: conclusionId, meetingId: m.id, itemId: null, position, text: fill(text.conclusion, values), taskId: id, createdAt: `${m.day}T10:00:00+07:00`, deletedAt: null });
    }
    const due = addDays(m.day, c.rng.int(14, 60));
    const done = due < BENCH_TODAY && c.rng.chance(0.85);
    tasks.push({
      id, title: fill(text.task, values), description: null, sourceKind: fromMeeting ? 'meeting_conclusion' : c.rng.pick(['manual', 'program_item'] as const),
      sourceId: conclusionId, ownerPersonId: owner || null, leadUnitId: m.org.id, scopePath: m.org.path, startOn: addDays(m.day, 1), dueOn: due,
      originalDueOn: due, expectedResult: fill(text.result, values), priority: 'normal', status: done ? 'done' : c.rng.pick(['open', 'in_progress'] as const),
      progress: done ? 100 : c.rng.int(0, 9) * 10, completedOn: done ? due : null, result: null, createdBy: null,
      createdAt: `${m.day}T10:00:00+07:00`, updatedAt: `${m.day}T10:00:00+07:00`, deletedAt: null,
    });
  }
  return { tasks, conclusions };
}

/** The cell's members invited to its monthly meetings, one committee at a time; attendance drawn from a hash of the pair. */
async function insertParticipants(db: Kysely<DB>, committees: Org[]): Promise<number> {
  let total = 0;
  for (const [i, k] of committees.entries()) {
    const r = await sql`
      INSERT INTO meeting_participants (id, meeting_id, person_id, kind, name, member_status, in_quorum_base, attendance, absence_reason, position, created_at, updated_at)
      SELECT id, meeting_id, person_id, 'attendee', full_name, status, status = 'official', attendance,
        CASE attendance WHEN 'absent_excused' THEN (ARRAY['Đi công tác', 'Ốm', 'Việc gia đình', 'Nghỉ phép'])[1 + v % 4] END,
        row_number() OVER (PARTITION BY meeting_id ORDER BY sort_key COLLATE "C", person_id) - 1, starts_at, starts_at
      FROM (
        SELECT md5(m.id::text || mb.id::text)::uuid AS id, m.id AS meeting_id, mb.person_id, p.full_name, p.sort_key, mb.status, m.starts_at, h.v,
          CASE WHEN m.state <> 'held' THEN 'pending'
               WHEN h.v < CASE WHEN abs(hashtext(m.id::text)) % 25 = 0 THEN 70 ELSE 93 END THEN 'present'
               WHEN h.v % 10 = 0 THEN 'absent_unexcused' ELSE 'absent_excused' END AS attendance
        FROM meetings m
        JOIN members mb ON mb.cell_id = m.organization_id
        JOIN people p ON p.id = mb.person_id
        CROSS JOIN LATERAL (SELECT abs(hashtext(m.id::text || mb.id::text)) % 100 AS v) h
        WHERE m.kind = 'cell_regular' AND m.state <> 'cancelled' AND m.scope_path LIKE ${`${k.path}%`}
      ) x`.execute(db);
    total += Number(r.numAffectedRows ?? 0n);
    progress('người dự họp / participants (theo đảng bộ / by committee)', i + 1, committees.length);
  }
  return total;
}

export async function generateMeetings(
  db: Kysely<DB>, o: BenchOptions, orgs: { rows: Insertable<DB['organizations']>[] }, members: Insertable<DB['members']>[],
): Promise<{ meetings: number; participants: number; tasks: number }> {
  const org = (r: Insertable<DB['organizations']>): Org => ({ id: r.id, path: r.path, name: r.name });
  const committees = orgs.rows.filter((r) => r.depth === 1).map(org);
  const cells = orgs.rows.filter((r) => r.depth === 2 && r.parentId).map((r) => ({ ...org(r), committeeId: r.parentId ?? '' }));
  const c: Ctx = { rng: new Rng(SEED), cells, committees, meetings: [], held: [] };
  buildMeetings(c, SIZES[o.size].meetings);
  const people = new Map<string, string[]>();
  for (const m of members) people.set(m.cellId, [...(people.get(m.cellId) ?? []), m.personId]);
  const cellsOf = new Map<string, string[]>();
  for (const cell of cells) cellsOf.set(cell.committeeId, [...(cellsOf.get(cell.committeeId) ?? []), cell.id]);
  const { tasks, conclusions } = buildTasks(c, SIZES[o.size].tasks, people, cellsOf);
  await insertChunks('cuộc họp / meetings', c.meetings, (chunk) => db.insertInto('meetings').values(chunk).execute());
  const participants = await insertParticipants(db, committees);
  await insertChunks('kết luận / conclusions', conclusions, (chunk) => db.insertInto('meetingConclusions').values(chunk).execute());
  await insertChunks('nhiệm vụ / tasks', tasks, (chunk) => db.insertInto('tasks').values(chunk).execute());
  return { meetings: c.meetings.length, participants, tasks: tasks.length };
}
