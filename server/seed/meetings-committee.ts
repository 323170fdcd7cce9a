import { toRoman } from '../../common/vietnamese.ts';
import { addDays } from '../lib/dates.ts';
import { isWorkingDay } from '../lib/working-days.ts';
import { addMonths } from '../lib/dates.ts';
import type { Invitee } from './meetings-rows.ts';
import { HISTORY_MONTHS, HORIZON_DAYS, type Spec, dayIn, monthLabel, monthStart, stateOn } from './meetings-plan.ts';
import { type World, holderOn, within } from './meetings-world.ts';
import type { Rng } from './random.ts';

/** The committee's meetings: standing committee monthly, the leadership briefing monthly, the executive committee each quarter. */

function bodyOn(w: World, kind: string, day: string, termId?: string) {
  return w.bodies.find((b) => b.kind === kind && within(b, day) && (termId === undefined || b.termId === termId));
}

const membersOf = (body: NonNullable<ReturnType<typeof bodyOn>>, day: string): Invitee[] =>
  body.members.filter((m) => within(m, day)).map((m) => ({ personId: m.personId, memberStatus: null }));

function roles(w: World, rng: Rng, day: string, invitees: Invitee[]) {
  const chairId = holderOn(w, w.committee.id, 'Bí thư', day) ?? invitees[0]?.personId ?? null;
  const others = invitees.filter((i) => i.personId !== chairId && !i.guest);
  return { chairId, secretaryId: others.length ? rng.pick(others).personId : null };
}

function base(w: World, day: string) {
  return { org: w.committee, ordinal: null, state: stateOn(w, day), stateReason: null, attendanceRate: 0.9, day };
}

function standing(w: World, rng: Rng, offset: number): Spec | null {
  const day = dayIn(w, rng, offset, 1, 5);
  const body = bodyOn(w, 'standing_committee', day);
  if (!body || day > addDays(w.today, HORIZON_DAYS)) return null;
  const invitees = membersOf(body, day);
  return {
    ...base(w, day), key: `committee:standing:${day}`, kind: 'standing_meeting', bodyId: body.id, termId: body.termId,
    title: `Họp Ban Thường vụ Đảng ủy tháng ${monthLabel(day)}`, start: '08:00', minutes: 150, place: 'Phòng họp Đảng ủy',
    basis: 'body', invitees, ...roles(w, rng, day, invitees),
  };
}

/** Giao ban: the standing committee with the heads of the departments (Vụ trưởng, Giám đốc) on the day. */
function briefing(w: World, rng: Rng, offset: number): Spec | null {
  const day = dayIn(w, rng, offset, 24, 27);
  const body = bodyOn(w, 'standing_committee', day);
  if (!body || day > addDays(w.today, HORIZON_DAYS)) return null;
  const invitees = membersOf(body, day);
  const heads = w.holdings.filter((h) => (h.name === 'Vụ trưởng' || h.name === 'Giám đốc') && within(h.span, day)).map((h) => h.personId);
  for (const personId of new Set(heads)) if (!invitees.some((i) => i.personId === personId)) invitees.push({ personId, memberStatus: null });
  return {
    ...base(w, day), key: `committee:briefing:${day}`, kind: 'leadership_briefing', bodyId: null, termId: null,
    title: `Giao ban công tác đảng và chuyên môn tháng ${monthLabel(day)}`, start: '14:00', minutes: 120, place: 'Phòng họp Đảng ủy',
    basis: 'none', invitees, ...roles(w, rng, day, invitees),
  };
}

/** Hội nghị Ban Chấp hành: every three months from the term's start, numbered within the term. */
function executive(w: World, rng: Rng): Spec[] {
  const from = monthStart(w, -HISTORY_MONTHS);
  const until = addDays(w.today, HORIZON_DAYS);
  const specs: Spec[] = [];
  for (const term of w.terms) {
    for (let k = 0; ; k++) {
      let day = addDays(addMonths(term.startsOn, 3 * k), 10);
      while (!isWorkingDay(day, w.holidays)) day = addDays(day, 1);
      if ((term.endsOn && day > term.endsOn) || day > until) break;
      const body = bodyOn(w, 'executive_committee', day, term.id);
      if (day < from || !body) continue;
      const invitees = membersOf(body, day);
      const guest = w.superiorPeople[k % Math.max(1, w.superiorPeople.length)];
      if (guest) invitees.push({ personId: guest, memberStatus: null, guest: true });
      specs.push({
        ...base(w, day), key: `committee:executive:${term.id}:${k + 1}`, kind: 'executive_conference', bodyId: body.id, termId: term.id,
        ordinal: k + 1, title: `Hội nghị Ban Chấp hành ${w.committee.name} lần thứ ${toRoman(k + 1)}, nhiệm kỳ ${term.startYear} - ${term.endYear}`,
        start: '08:00', minutes: 210, place: 'Hội trường tầng 4, trụ sở cơ quan', basis: 'body', invitees, ...roles(w, rng, day, invitees),
      });
    }
  }
  return specs;
}

export function committeeMeetings(w: World, rng: Rng): Spec[] {
  const specs = executive(w, rng);
  for (let offset = -HISTORY_MONTHS; offset <= 1; offset++) {
    for (const s of [standing(w, rng, offset), briefing(w, rng, offset)]) if (s) specs.push(s);
  }
  return specs.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}
