import type { Insertable } from 'kysely';
import { json } from '../db/json.ts';
import type { MeetingParticipantsTable } from '../db/schema.meetings.ts';
import { addDays } from '../lib/dates.ts';
import type { Quorum } from '../modules/meetings/meetings.schema.ts';
import { type Builder, type MeetingSpec, addParticipants, clock, instant, quorumOf } from './meetings-rows.ts';
import { type ConclusionText, SPEECHES, fill } from './meetings-texts.ts';
import type { Org } from './meetings-world.ts';
import { demoId } from './random.ts';

/** One meeting's rows: the meeting, its people and quorum, and the helpers the kinds' content is written with. */

export interface Ctx {
  b: Builder;
  spec: MeetingSpec;
  id: string;
  endsAt: string;
  people: Insertable<MeetingParticipantsTable>[];
  quorum: Quorum | null;
  /** Values for the notes' placeholders. */
  facts: Record<string, string | number>;
}

const monthOf = (day: string) => ({ month: Number(day.slice(5, 7)), year: Number(day.slice(0, 4)) });

function facts(spec: MeetingSpec, people: Ctx['people'], endsAt: string): Record<string, string | number> {
  const { month, year } = monthOf(spec.day);
  const next = month === 12 ? `1/${year + 1}` : `${month + 1}/${year}`;
  const attendees = people.filter((p) => p.kind === 'attendee');
  const secretary = people.find((p) => p.isSecretary)?.name ?? '';
  return { month, year, next, present: attendees.filter((p) => p.attendance === 'present').length, invited: attendees.length, secretary, end: clock(endsAt) };
}

export function startMeeting(b: Builder, spec: MeetingSpec): Ctx {
  const id = demoId(`meeting:${spec.key}`);
  const startsAt = instant(spec.day, spec.start);
  const endsAt = instant(spec.day, spec.start, spec.minutes);
  const people = addParticipants(b, spec, id, startsAt);
  const held = spec.state === 'held';
  const quorum = held ? quorumOf(spec.basis, people) : null;
  const now = new Date().toISOString();
  const created = instant(spec.day, spec.start, -14 * 24 * 60);
  b.rows.meetings.push({
    id, organizationId: spec.org.id, scopePath: spec.org.path, bodyId: spec.bodyId, termId: spec.termId, kind: spec.kind,
    ordinal: spec.ordinal, title: spec.title, startsAt, endsAt, place: spec.place, state: spec.state, stateReason: spec.stateReason,
    postponedFrom: null, quorum: quorum ? json(quorum) : null, closedAt: held ? endsAt : null, createdBy: null,
    createdAt: created < now ? created : now, updatedAt: held ? endsAt : created < now ? created : now, deletedAt: null,
  });
  return { b, spec, id, endsAt, people, quorum, facts: facts(spec, people, endsAt) };
}

/** Agenda items (one level); notes and presenters only once the meeting was held. Returns their ids. */
export function addItems(c: Ctx, titles: readonly string[], notes: (i: number) => string | null, presenter: (i: number) => string | null): string[] {
  const held = c.spec.state === 'held';
  return titles.map((title, position) => {
    const id = demoId(`meeting-item:${c.spec.key}:${position}`);
    c.b.rows.agenda.push({
      id, meetingId: c.id, parentId: null, position, title: fill(title, c.facts), presenter: presenter(position),
      documents: json([]), notes: held ? notes(position) : null, result: null, deletedAt: null,
    });
    return id;
  });
}

export const presentAttendees = (c: Ctx) => c.people.filter((p) => p.kind === 'attendee' && p.attendance === 'present');

/** A few present people other than the chair speak; each summary used once per meeting. */
export function addSpeeches(c: Ctx, itemId: string, count: number, pool = presentAttendees(c).filter((p) => !p.isChair)) {
  const speakers = c.b.rng.shuffle(pool).slice(0, count);
  const summaries = c.b.rng.shuffle(SPEECHES);
  speakers.forEach((p, position) => {
    c.b.rows.speeches.push({
      id: demoId(`meeting-speech:${c.spec.key}:${position}`), itemId, personId: p.personId ?? null, speakerName: p.name,
      speakerTitle: p.title ?? null, summary: summaries[position % summaries.length] ?? '', position, deletedAt: null,
    });
  });
  c.facts.speeches = speakers.length;
  return speakers.length;
}

export interface Tally {
  base: number;
  present: number;
  forCount: number;
  against: number;
  abstain: number;
}

/** Counts of a show-of-hands vote among the quorum base present; never more than those present. */
export function tally(c: Ctx): Tally {
  const { rng } = c.b;
  const base = c.quorum?.base ?? 0;
  const present = c.quorum?.present ?? 0;
  const against = present > 3 && rng.chance(0.1) ? 1 : 0;
  const abstain = present > 3 && rng.chance(0.2) ? 1 : 0;
  const t = { base, present, forCount: present - against - abstain, against, abstain };
  Object.assign(c.facts, { for: t.forCount, base });
  return t;
}

/** A vote by simple majority (more than half of the base). */
export function addVote(c: Ctx, itemId: string, subject: string, isResolution: boolean, n: number, t: Tally = tally(c)): string {
  const required = Math.floor(t.base / 2) + 1;
  const id = demoId(`meeting-vote:${c.spec.key}:${n}`);
  c.b.rows.votes.push({
    id, meetingId: c.id, itemId, subject: fill(subject, c.facts), method: 'show_of_hands', majority: 'simple', baseCount: t.base,
    presentCount: t.present, forCount: t.forCount, againstCount: t.against, abstainCount: t.abstain, requiredCount: required,
    passed: t.forCount >= required, isResolution, createdBy: null, createdAt: c.endsAt, deletedAt: null,
  });
  return id;
}

export interface ConclusionSpec {
  text: string;
  /** When set, the conclusion becomes a task for this owner, led by this unit. */
  task?: { of: ConclusionText; ownerId: string; lead: Org; cooperating?: Org[] };
}

export function addConclusions(c: Ctx, itemId: string | null, list: readonly ConclusionSpec[]) {
  list.forEach((s, position) => {
    const id = demoId(`meeting-conclusion:${c.spec.key}:${position}`);
    const taskId = s.task ? addTask(c, id, s.task) : null;
    c.b.rows.conclusions.push({ id, meetingId: c.id, itemId, position, text: fill(s.text, c.facts), taskId, createdAt: c.endsAt, deletedAt: null });
  });
}

/** Tasks whose day has passed are done, but for a few due in the last three months (overdue); later ones are open or under way. */
function taskState(c: Ctx, due: string): { status: 'open' | 'in_progress' | 'done'; progress: number; completedOn: string | null } {
  const { rng, world } = c.b;
  const overdue = due < world.today && due > addDays(world.today, -90) && rng.chance(0.25);
  if (due < world.today && !overdue) {
    const done = addDays(due, -rng.int(0, 10));
    return { status: 'done', progress: 100, completedOn: done > c.spec.day ? done : addDays(c.spec.day, 1) };
  }
  if (rng.chance(0.55)) return { status: 'in_progress', progress: rng.int(2, 8) * 10, completedOn: null };
  return { status: 'open', progress: 0, completedOn: null };
}

function addTask(c: Ctx, conclusionId: string, t: NonNullable<ConclusionSpec['task']>): string {
  const { rng, rows } = c.b;
  const id = demoId(`task:${conclusionId}`);
  const due = addDays(c.spec.day, rng.int(14, 60));
  const state = taskState(c, due);
  rows.tasks.push({
    id, title: fill(t.of.task, c.facts), description: fill(t.of.conclusion, c.facts), sourceKind: 'meeting_conclusion', sourceId: conclusionId,
    ownerPersonId: t.ownerId, leadUnitId: t.lead.id, scopePath: t.lead.path, startOn: addDays(c.spec.day, 1), dueOn: due,
    originalDueOn: due, expectedResult: fill(t.of.result, c.facts), priority: rng.chance(0.15) ? 'high' : 'normal',
    status: state.status, progress: state.progress, completedOn: state.completedOn,
    result: state.status === 'done' ? `Đã hoàn thành: ${fill(t.of.result, c.facts).toLowerCase()}` : null,
    createdBy: null, createdAt: c.endsAt, updatedAt: c.endsAt, deletedAt: null,
  });
  for (const unit of t.cooperating ?? []) rows.taskUnits.push({ taskId: id, organizationId: unit.id });
  const event = (kind: string, at: string, extra: { progress?: number; note?: string }) => rows.taskEvents.push({
    id: demoId(`task-event:${id}:${kind}`), taskId: id, kind, occurredAt: at, progress: extra.progress ?? null, dueOn: due,
    note: extra.note ?? null, details: json({}), createdBy: null,
  });
  event('created', c.endsAt, { note: `Giao từ kết luận cuộc họp: ${c.spec.title}`, progress: 0 });
  const week = addDays(c.spec.day, 7);
  if (state.status === 'in_progress') event('progress', instant(week < c.b.world.today ? week : c.b.world.today, '08:00'), { progress: state.progress });
  if (state.completedOn) event('completed', instant(state.completedOn, '16:30'), { progress: 100 });
  return id;
}

