import type { MeetingState } from '../../common/enums.ts';
import { toRoman } from '../../common/vietnamese.ts';
import { addDays } from '../lib/dates.ts';
import { isWorkingDay } from '../lib/working-days.ts';
import { addMonths } from '../lib/dates.ts';
import type { Invitee, MeetingSpec } from './meetings-rows.ts';
import { THEMATIC_TOPICS } from './meetings-texts.ts';
import { type Org, type World, holderOn, statusOn, within } from './meetings-world.ts';
import type { Rng } from './random.ts';

/**
 * When the demo meetings happen: two years up to today and the coming weeks. Each cell meets monthly
 * (three cells skip a month or two, a few months are thinly attended) and most quarters holds a
 * thematic meeting; the standing committee meets monthly, the leadership briefing is monthly, the
 * executive committee meets each quarter, numbered within its term.
 */

export type Kind = 'cell_regular' | 'cell_thematic' | 'standing_meeting' | 'leadership_briefing' | 'executive_conference';
export type Spec = MeetingSpec & { kind: Kind };

const HISTORY_MONTHS = 23;
const HORIZON_DAYS = 45;
const ATTENDING = new Set(['official', 'probationary', 'exempt', 'temporarily_elsewhere']);

export const monthStart = (w: World, offset: number) => addMonths(`${w.today.slice(0, 7)}-01`, offset);

function workingDay(w: World, day: string): string {
  let d = day;
  while (!isWorkingDay(d, w.holidays)) d = addDays(d, 1);
  return d;
}

const stateOn = (w: World, day: string): MeetingState => (day < w.today ? 'held' : day <= addDays(w.today, 7) ? 'invited' : 'planned');
const dayIn = (w: World, rng: Rng, offset: number, from: number, to: number) => workingDay(w, addDays(monthStart(w, offset), rng.int(from, to) - 1));
const monthLabel = (day: string) => `${Number(day.slice(5, 7))}/${day.slice(0, 4)}`;

/** The cell's members on the day, with their status then. */
function cellInvitees(w: World, cellId: string, day: string): Invitee[] {
  return w.members.flatMap((m) => {
    const status = m.cellId === cellId ? statusOn(m, day) : null;
    return status && ATTENDING.has(status) ? [{ personId: m.personId, memberStatus: status }] : [];
  });
}

/** Chair: the cell secretary of the day; secretary of the meeting: usually the same member, sometimes another. */
function cellRoles(w: World, rng: Rng, cell: Org, day: string, invitees: Invitee[], usual: Map<string, string>) {
  const officials = invitees.filter((i) => i.memberStatus === 'official').map((i) => i.personId);
  const holder = holderOn(w, cell.id, 'Bí thư Chi bộ', day);
  const chairId = holder && officials.includes(holder) ? holder : (officials[0] ?? null);
  const others = officials.filter((p) => p !== chairId);
  if (!usual.has(cell.id) && others.length) usual.set(cell.id, rng.pick(others));
  const regular = usual.get(cell.id);
  const secretaryId = regular && others.includes(regular) && rng.chance(0.8) ? regular : others.length ? rng.pick(others) : null;
  return { chairId, secretaryId };
}

interface CellPlan {
  skips: Map<string, Set<number>>;
  cancelled: string;
  low: Set<string>;
  usual: Map<string, string>;
}

function cellPlan(w: World, rng: Rng): CellPlan {
  const skippers = rng.shuffle(w.cells.filter((c) => !w.focusCells.includes(c.id))).slice(0, 3);
  const skips = new Map(skippers.map((c) => [c.id, new Set(Array.from({ length: rng.int(1, 2) }, () => -rng.int(1, HISTORY_MONTHS - 1)))]));
  const low = new Set(Array.from({ length: 5 }, () => `${rng.pick(w.cells).id}:${-rng.int(1, HISTORY_MONTHS)}`));
  const first = skippers[0];
  return { skips, cancelled: first ? `${first.id}:${[...(skips.get(first.id) ?? [])][0]}` : '', low, usual: new Map() };
}

function cellMeeting(w: World, rng: Rng, plan: CellPlan, cell: Org, offset: number, thematic: boolean): Spec | null {
  const day = thematic ? dayIn(w, rng, offset, 15, 22) : dayIn(w, rng, offset, 3, 10);
  if (day > addDays(w.today, HORIZON_DAYS)) return null;
  const skipped = !thematic && (plan.skips.get(cell.id)?.has(offset) ?? false);
  const cancelled = skipped && plan.cancelled === `${cell.id}:${offset}`;
  if (skipped && !cancelled) return null;
  const invitees = cellInvitees(w, cell.id, day);
  const roles = cellRoles(w, rng, cell, day, invitees, plan.usual);
  const guest = w.assignments.find((a) => a.cellId === cell.id && within(a.span, day) && !invitees.some((i) => i.personId === a.personId));
  if (guest && rng.chance(0.25)) invitees.push({ personId: guest.personId, memberStatus: null, guest: true });
  const topic = thematic ? rng.pick(THEMATIC_TOPICS) : undefined;
  const quarter = toRoman(Math.ceil(Number(day.slice(5, 7)) / 3));
  return {
    key: `cell:${cell.id}:${day}:${thematic ? 'thematic' : 'regular'}`, kind: thematic ? 'cell_thematic' : 'cell_regular', org: cell,
    bodyId: null, termId: null, ordinal: null, day, start: thematic ? '08:30' : '14:00', minutes: thematic ? 180 : 150,
    title: thematic ? `Sinh hoạt chuyên đề quý ${quarter}/${day.slice(0, 4)}: ${topic ?? ''}` : `Sinh hoạt chi bộ thường kỳ tháng ${monthLabel(day)}`,
    place: cell.name.replace(/^Chi bộ /, 'Phòng họp '), state: cancelled ? 'cancelled' : stateOn(w, day),
    stateReason: cancelled ? 'Trùng lịch phục vụ phiên họp của Quốc hội; nội dung chuyển sang kỳ sinh hoạt tháng sau' : null,
    basis: 'cell', invitees, ...roles, attendanceRate: plan.low.has(`${cell.id}:${offset}`) ? 0.72 + rng.next() * 0.05 : 0.9 + rng.next() * 0.07,
    ...(topic ? { topic } : {}),
  };
}

export function cellMeetings(w: World, rng: Rng): Spec[] {
  const plan = cellPlan(w, rng);
  const specs: Spec[] = [];
  for (const cell of w.cells) {
    for (let offset = -HISTORY_MONTHS; offset <= 1; offset++) {
      const regular = cellMeeting(w, rng, plan, cell, offset, false);
      if (regular) specs.push(regular);
      const month = Number(monthStart(w, offset).slice(5, 7));
      if (month % 3 === 2 && rng.chance(0.8)) {
        const thematic = cellMeeting(w, rng, plan, cell, offset, true);
        if (thematic) specs.push(thematic);
      }
    }
  }
  return specs;
}

/** The demo member's own tasks: the first conclusion of their cell's last two held monthly meetings. */
export function assignMemberTasks(w: World, specs: Spec[]) {
  const personId = w.memberPersonId;
  const cellId = w.members.find((m) => m.personId === personId)?.cellId;
  if (!personId || !cellId) return;
  const held = specs.filter((s) => s.org.id === cellId && s.kind === 'cell_regular' && s.state === 'held'
    && s.invitees.some((i) => i.personId === personId && (i.memberStatus === 'official' || i.memberStatus === 'probationary')));
  for (const s of held.slice(-2)) if (s.chairId !== personId) s.taskOwner = personId;
}

export { HISTORY_MONTHS, HORIZON_DAYS, dayIn, stateOn, monthLabel };
