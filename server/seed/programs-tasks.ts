import type { Insertable } from 'kysely';
import { type JsonObject, json } from '../db/json.ts';
import type { DB } from '../db/schema.ts';
import { addDays } from '../lib/dates.ts';
import { CANCEL_REASONS, PROGRESS_NOTES, RESCHEDULE_REASONS, type TaskText } from './programs-texts.ts';
import { type Rng, demoId } from './random.ts';
import type { WorkOrg, WorkWorld } from './programs-world.ts';

/**
 * Demo tasks with their timeline: created, a few progress updates, some rescheduled with a reason
 * (the original deadline kept), completed on time or late, a few cancelled, and some overdue today.
 */

export interface TaskRows {
  tasks: Insertable<DB['tasks']>[];
  units: Insertable<DB['taskCooperatingUnits']>[];
  events: Insertable<DB['taskEvents']>[];
}

export const emptyTaskRows = (): TaskRows => ({ tasks: [], units: [], events: [] });

export interface TaskSpec {
  key: string;
  text: TaskText;
  lead: WorkOrg;
  cooperating: WorkOrg[];
  ownerId: string | null;
  startOn: string;
  dueOn: string;
  sourceKind: 'program_item' | 'manual';
  sourceId: string | null;
  priority: 'normal' | 'high' | 'urgent';
  /** A task kept in progress at this percentage, whatever its deadline (the demo accounts' own work). */
  fixedProgress?: number;
}

const at = (day: string, time: string) => `${day}T${time}:00+07:00`;
const min = (a: string, b: string) => (a < b ? a : b);

interface Outcome {
  status: 'open' | 'in_progress' | 'done' | 'cancelled';
  progress: number;
  completedOn: string | null;
  dueOn: string;
  rescheduled: { from: string; on: string; reason: string } | null;
}

/** What became of a task by today: mostly done when due long ago, some late, some still running. */
function outcome(rng: Rng, s: TaskSpec, today: string): Outcome {
  if (s.fixedProgress !== undefined) return { status: 'in_progress', progress: s.fixedProgress, completedOn: null, dueOn: s.dueOn, rescheduled: null };
  let dueOn = s.dueOn;
  let rescheduled: Outcome['rescheduled'] = null;
  if (rng.chance(0.12)) {
    const on = addDays(s.dueOn, -rng.int(1, 10));
    if (on > s.startOn && on <= today) {
      dueOn = addDays(s.dueOn, rng.int(15, 45));
      rescheduled = { from: s.dueOn, on, reason: rng.pick(RESCHEDULE_REASONS) };
    }
  }
  if (s.startOn > today) return { status: 'open', progress: 0, completedOn: null, dueOn, rescheduled };
  if (dueOn < today) {
    const r = rng.next();
    if (r < 0.04) return { status: 'cancelled', progress: rng.int(0, 40), completedOn: null, dueOn, rescheduled };
    if (r < 0.92 || addDays(dueOn, 120) < today) {
      const completedOn = min(addDays(dueOn, rng.chance(0.15) ? rng.int(1, 12) : -rng.int(0, 8)), today);
      return { status: 'done', progress: 100, completedOn: completedOn < s.startOn ? s.startOn : completedOn, dueOn, rescheduled };
    }
    return { status: 'in_progress', progress: rng.int(2, 8) * 10, completedOn: null, dueOn, rescheduled };
  }
  const span = Math.max(1, Date.parse(dueOn) - Date.parse(s.startOn));
  const share = Math.min(0.9, (Date.parse(today) - Date.parse(s.startOn)) / span);
  if (rng.chance(0.1) && share > 0.5) return { status: 'done', progress: 100, completedOn: today, dueOn, rescheduled };
  const progress = Math.round((share * 100) / 10) * 10;
  return { status: progress > 0 ? 'in_progress' : 'open', progress, completedOn: null, dueOn, rescheduled };
}

function fill(text: string, s: TaskSpec): string {
  const [y, m] = s.startOn.split('-');
  const quarter = ['I', 'II', 'III', 'IV'][Math.floor((Number(m) - 1) / 3)] ?? 'I';
  return text.replaceAll('{unit}', s.lead.name).replaceAll('{month}', `${m}/${y}`).replaceAll('{year}', y ?? '')
    .replaceAll('{quarter}', quarter);
}

function addEvents(rows: TaskRows, rng: Rng, s: TaskSpec, id: string, o: Outcome, createdBy: string | null) {
  let n = 0;
  const event = (kind: string, day: string, e: { progress?: number | null; dueOn?: string | null; note?: string | null; details?: JsonObject }) =>
    rows.events.push({
      id: demoId(`work-task-event:${s.key}:${n++}`), taskId: id, kind, occurredAt: at(day, `${String(8 + (n % 9)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`),
      progress: e.progress ?? null, dueOn: e.dueOn ?? null, note: e.note ?? null, details: json(e.details ?? {}), createdBy,
    });
  event('created', s.startOn, { progress: 0, dueOn: s.dueOn, note: s.sourceKind === 'program_item' ? 'Giao việc từ chương trình công tác' : 'Giao nhiệm vụ' });
  const last = o.completedOn ?? min(o.dueOn, addDays(s.startOn, 60));
  let progress = 0;
  const steps = o.status === 'open' ? 0 : rng.int(1, 3);
  const days = Array.from({ length: steps }, () => rng.day(s.startOn, last)).sort();
  for (let i = 1; i <= steps; i++) {
    const target = o.status === 'done' ? Math.round((i / (steps + 1)) * 10) * 10 : Math.round((o.progress * i) / steps / 10) * 10;
    const day = days[i - 1] ?? last;
    if (target <= progress) continue;
    event('progress', day, { progress: target, note: rng.pick(PROGRESS_NOTES), details: { from: progress, reason: null } });
    progress = target;
  }
  if (o.rescheduled) {
    event('rescheduled', o.rescheduled.on, { dueOn: o.dueOn, note: o.rescheduled.reason, details: { from: o.rescheduled.from, originalDueOn: s.dueOn } });
  }
  if (o.status === 'done' && o.completedOn) {
    event('completed', o.completedOn, { progress: 100, note: `Đã hoàn thành: ${fill(s.text.result, s).toLowerCase()}`, details: { completedOn: o.completedOn, onTime: o.completedOn <= o.dueOn } });
  }
  if (o.status === 'cancelled') event('cancelled', min(addDays(s.startOn, 20), last), { note: rng.pick(CANCEL_REASONS) });
}

/** Adds one task and its timeline; returns its id. */
export function addTask(rows: TaskRows, rng: Rng, w: WorkWorld, s: TaskSpec): string {
  const id = demoId(`work-task:${s.key}`);
  const o = outcome(rng, s, w.today);
  const createdBy = w.officeUserId;
  const createdAt = at(s.startOn, '08:00');
  rows.tasks.push({
    id, title: fill(s.text.title, s), description: null, sourceKind: s.sourceKind, sourceId: s.sourceId, ownerPersonId: s.ownerId,
    leadUnitId: s.lead.id, scopePath: s.lead.path, startOn: s.startOn, dueOn: o.dueOn, originalDueOn: s.dueOn,
    expectedResult: fill(s.text.result, s), priority: s.priority, status: o.status, progress: o.progress, completedOn: o.completedOn,
    result: o.status === 'done' ? `Đã hoàn thành: ${fill(s.text.result, s).toLowerCase()}` : null,
    createdBy, createdAt, updatedAt: createdAt, deletedAt: null,
  });
  for (const c of s.cooperating) rows.units.push({ taskId: id, organizationId: c.id });
  addEvents(rows, rng, s, id, o, createdBy);
  return id;
}
