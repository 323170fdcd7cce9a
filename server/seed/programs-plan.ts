import type { Insertable } from 'kysely';
import { json } from '../db/json.ts';
import type { DB } from '../db/schema.ts';
import { addDays } from '../lib/dates.ts';
import { PROGRAM_ITEMS, TASK_TEXTS, type TaskText } from './programs-texts.ts';
import { type TaskRows, type TaskSpec, addTask } from './programs-tasks.ts';
import type { WorkOrg, WorkWorld } from './programs-world.ts';
import { type Rng, demoId } from './random.ts';

/**
 * The committee's programs (the term's, this year's and last year's, the last twelve months' and next
 * month's) with their items, most items turned into tasks, and the tasks every cell gives itself each
 * month over two years.
 */

export interface PlanRows extends TaskRows {
  programs: Insertable<DB['programs']>[];
  items: Insertable<DB['programItems']>[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthStart = (y: number, m: number) => {
  const d = new Date(Date.UTC(y, m - 1, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-01`;
};
const monthEnd = (first: string) => {
  const d = new Date(`${first}T00:00:00Z`);
  return addDays(monthStart(d.getUTCFullYear(), d.getUTCMonth() + 2), -1);
};

function spec(rng: Rng, w: WorkWorld, key: string, text: TaskText, lead: WorkOrg, startOn: string, dueOn: string, source: Pick<TaskSpec, 'sourceKind' | 'sourceId'>): TaskSpec {
  const others = w.cells.filter((c) => c.id !== lead.id);
  const cooperating = rng.chance(0.3) && others.length ? [rng.pick(others)] : [];
  return {
    key, text, lead, cooperating, ownerId: lead.people.length ? rng.pick(lead.people.slice(0, 6)) : null, startOn, dueOn, ...source,
    priority: rng.weighted([['normal', 80], ['high', 15], ['urgent', 5]] as const),
  };
}

interface ProgramDef {
  key: string;
  kind: 'term' | 'year' | 'month';
  title: string;
  start: string;
  end: string;
  items: number;
  withTasks: boolean;
  adopted: boolean;
  /** The organization whose program it is (the committee unless a cell's own); a cell's items are its own. */
  owner?: WorkOrg;
}

function addProgram(rows: PlanRows, rng: Rng, w: WorkWorld, p: ProgramDef) {
  const id = demoId(`program:${p.key}`);
  const created = `${addDays(p.start, -10)}T09:00:00+07:00`;
  const owner = p.owner ?? w.committee;
  rows.programs.push({
    id, organizationId: owner.id, scopePath: owner.path, kind: p.kind, title: p.title, periodStart: p.start, periodEnd: p.end,
    termId: p.kind === 'term' ? w.termId : null, meetingId: null, status: p.adopted ? 'adopted' : 'draft', createdBy: w.officeUserId,
    createdAt: created, updatedAt: created, deletedAt: null,
  });
  const texts = rng.shuffle(PROGRAM_ITEMS);
  for (let i = 0; i < p.items; i++) {
    const text = texts[i % texts.length] as TaskText;
    const lead = p.owner ?? (i % 3 === 0 ? w.committee : rng.pick(w.cells));
    const due = p.kind === 'term' ? null : rng.day(addDays(p.start, Math.min(10, (Date.parse(p.end) - Date.parse(p.start)) / 86_400_000)), p.end);
    const itemId = demoId(`program-item:${p.key}:${i}`);
    const s = spec(rng, w, `item:${p.key}:${i}`, text, lead, p.start, due ?? p.end, { sourceKind: 'program_item', sourceId: itemId });
    const taskId = p.withTasks && due && p.start <= w.today ? addTask(rows, rng, w, s) : null;
    rows.items.push({
      id: itemId, programId: id, position: i + 1, title: s.text.title.replaceAll('{year}', p.start.slice(0, 4)), leadUnitId: lead.id,
      cooperatingUnitIds: json(s.cooperating.map((c) => c.id)), responsiblePersonId: s.ownerId, dueOn: due,
      expectedResult: s.text.result, taskId, createdAt: created, updatedAt: created, deletedAt: null,
    });
  }
}

function programs(rows: PlanRows, rng: Rng, w: WorkWorld) {
  const year = Number(w.today.slice(0, 4));
  const month = Number(w.today.slice(5, 7));
  const [ty, te] = [w.termStart.slice(0, 4), w.termEnd.slice(0, 4)];
  addProgram(rows, rng, w, {
    key: 'term', kind: 'term', title: `Chương trình làm việc toàn khóa của Ban Chấp hành Đảng bộ Văn phòng Quốc hội nhiệm kỳ ${ty} - ${te}`,
    start: w.termStart, end: w.termEnd, items: 12, withTasks: false, adopted: true,
  });
  for (const y of [year - 1, year]) {
    addProgram(rows, rng, w, {
      key: `year:${y}`, kind: 'year', title: `Chương trình công tác năm ${y} của Đảng ủy Văn phòng Quốc hội`,
      start: `${y}-01-01`, end: `${y}-12-31`, items: 12, withTasks: true, adopted: true,
    });
  }
  for (let i = -11; i <= 1; i++) {
    const start = monthStart(year, month + i);
    addProgram(rows, rng, w, {
      key: `month:${start.slice(0, 7)}`, kind: 'month', title: `Chương trình công tác tháng ${start.slice(5, 7)}/${start.slice(0, 4)} của Thường trực Đảng ủy`,
      start, end: monthEnd(start), items: 6, withTasks: true, adopted: i <= 0,
    });
  }
  // Each cell with a secretary's demo account adopts its own program for the year, carried out by the cell.
  for (const cell of w.cells.filter((c) => w.secretaryUsers.has(c.id))) {
    addProgram(rows, rng, w, {
      key: `year:${year}:${cell.id}`, kind: 'year', title: `Chương trình công tác năm ${year} của ${cell.name}`,
      start: `${year}-01-01`, end: `${year}-12-31`, items: 8, withTasks: true, adopted: true, owner: cell,
    });
  }
}

/** Every cell's own tasks, month by month over two years and the coming month. */
function monthlyTasks(rows: PlanRows, rng: Rng, w: WorkWorld) {
  const year = Number(w.today.slice(0, 4));
  const month = Number(w.today.slice(5, 7));
  for (let i = -24; i <= 1; i++) {
    const first = monthStart(year, month + i);
    for (const lead of [w.committee, ...w.cells]) {
      const count = lead === w.committee ? rng.int(4, 6) : rng.int(6, 9);
      const texts = rng.shuffle(TASK_TEXTS);
      for (let k = 0; k < count; k++) {
        const start = addDays(first, rng.int(0, 20));
        if (start > w.today) continue;
        const s = spec(rng, w, `manual:${lead.id}:${first}:${k}`, texts[k % texts.length] as TaskText, lead, start, addDays(start, rng.int(10, 75)), { sourceKind: 'manual', sourceId: null });
        addTask(rows, rng, w, s);
      }
    }
  }
}

/** The secretaries with a demo account own work on their list today: one task overdue, one due in a few days. */
function secretariesTasks(rows: PlanRows, rng: Rng, w: WorkWorld) {
  for (const cell of w.cells.filter((c) => w.secretaryUsers.has(c.id))) {
    const [first, second] = [TASK_TEXTS[7], TASK_TEXTS[18]] as [TaskText, TaskText];
    const start = addDays(w.today, -30);
    for (const [k, text, due, progress] of [[0, first, addDays(w.today, -4), 60], [1, second, addDays(w.today, 3), 40]] as const) {
      const s = spec(rng, w, `secretary:${cell.id}:${k}`, text, cell, start, due, { sourceKind: 'manual', sourceId: null });
      addTask(rows, rng, w, { ...s, ownerId: cell.people[0] ?? null, fixedProgress: progress, priority: 'high' });
    }
  }
}

export function buildPlan(rng: Rng, w: WorkWorld): PlanRows {
  const rows: PlanRows = { programs: [], items: [], tasks: [], units: [], events: [] };
  programs(rows, rng, w);
  monthlyTasks(rows, rng, w);
  secretariesTasks(rows, rng, w);
  return rows;
}
