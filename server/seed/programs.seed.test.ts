import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../test/db.ts';
import type { Database } from '../db/client.ts';
import { todayInVietnam } from '../lib/dates.ts';
import { consolidatedContent } from '../modules/reports/reports.schema.ts';
import { seedDemo } from './demo.ts';
import { type ProgramsSummary, seedProgramsAndReports } from './programs.ts';

const silent = () => {};
const n = (v: unknown) => Number(v);

describe('demo work programs, tasks and reports', () => {
  let database: Database;
  let summary: ProgramsSummary;
  beforeAll(async () => {
    database = await freshDatabase();
    await seedDemo(database.db, silent);
    // Until the demo seed calls it, the test loads the programs on top of the demo data itself.
    const loaded = await database.db.selectFrom('programs').select('id').limit(1).executeTakeFirst();
    if (!loaded) summary = await database.db.transaction().execute((trx) => seedProgramsAndReports(trx, silent));
  }, 240_000);
  afterAll(async () => {
    await database?.close();
  });

  it('holds the term, yearly and monthly programs of the committee with items turned into tasks', async () => {
    const committee = await database.db.selectFrom('organizations').select('id').where('kind', '=', 'grassroots_committee').where('name', '=', 'Đảng bộ Văn phòng Quốc hội').executeTakeFirstOrThrow();
    const rows = await database.db.selectFrom('programs').where('organizationId', '=', committee.id).select(['kind', 'status', sql<number>`count(*)`.as('n')]).groupBy(['kind', 'status']).execute();
    const count = (kind: string) => rows.filter((r) => r.kind === kind).reduce((s, r) => s + n(r.n), 0);
    expect(count('term')).toBe(1);
    expect(count('year')).toBe(2);
    expect(count('month')).toBe(13);
    expect(rows.some((r) => r.status === 'draft')).toBe(true);
    // Each cell whose secretary has a demo account has its own program for the year, its items its own.
    const cells = await database.db.selectFrom('programs as p').innerJoin('organizations as o', 'o.id', 'p.organizationId')
      .where('o.kind', '=', 'cell_under_committee').select(['p.id', 'p.organizationId', 'p.kind']).execute();
    const secretaries = await database.db.selectFrom('roleGrants').where('role', '=', 'cell_secretary').select('organizationId').execute();
    expect(new Set(cells.map((c) => c.organizationId))).toEqual(new Set(secretaries.map((g) => g.organizationId)));
    const foreign = await database.db.selectFrom('programItems as i').innerJoin('programs as p', 'p.id', 'i.programId')
      .where('p.id', 'in', cells.map((c) => c.id)).whereRef('i.leadUnitId', '!=', 'p.organizationId').select('i.id').execute();
    expect(foreign).toEqual([]);
    const items = await database.db.selectFrom('programItems').select([sql<number>`count(*)`.as('all'), sql<number>`count(task_id)`.as('withTask')]).executeTakeFirstOrThrow();
    expect(n(items.all)).toBe(12 + 2 * 12 + 13 * 6 + cells.length * 8);
    expect(n(items.withTask)).toBeGreaterThan(60);
    if (summary) expect(summary.programItems).toBe(n(items.all));
  });

  it('gives a few thousand tasks with timelines: some overdue, some rescheduled with the original deadline kept', async () => {
    const today = todayInVietnam();
    const t = await database.db.selectFrom('tasks').where('sourceKind', 'in', ['manual', 'program_item']).select([
      sql<number>`count(*)`.as('all'),
      sql<number>`count(*) FILTER (WHERE status = 'done')`.as('done'),
      sql<number>`count(*) FILTER (WHERE status IN ('open', 'in_progress') AND due_on < ${today})`.as('overdue'),
      sql<number>`count(*) FILTER (WHERE original_due_on <> due_on)`.as('rescheduled'),
      sql<number>`count(*) FILTER (WHERE status = 'done' AND completed_on IS NULL)`.as('doneWithoutDay'),
    ]).executeTakeFirstOrThrow();
    expect(n(t.all)).toBeGreaterThan(2000);
    expect(n(t.done)).toBeGreaterThan(n(t.all) / 2);
    expect(n(t.overdue)).toBeGreaterThan(20);
    expect(n(t.rescheduled)).toBeGreaterThan(100);
    expect(n(t.doneWithoutDay)).toBe(0);
    const ev = await database.db.selectFrom('taskEvents as e').innerJoin('tasks as t', 't.id', 'e.taskId').where('t.sourceKind', 'in', ['manual', 'program_item'])
      .select(['e.kind', sql<number>`count(*)`.as('n')]).groupBy('e.kind').execute();
    const kinds = Object.fromEntries(ev.map((e) => [e.kind, n(e.n)]));
    expect(kinds.created).toBe(n(t.all));
    expect(kinds.rescheduled).toBe(n(t.rescheduled));
    expect(kinds.completed).toBe(n(t.done));
    expect(kinds.progress ?? 0).toBeGreaterThan(1000);
  });

  it('keeps two years of monthly and quarterly periods, with late and due-soon cells in the open ones', async () => {
    const today = todayInVietnam();
    const periods = await database.db.selectFrom('reportPeriods as p').innerJoin('reportSchedules as s', 's.id', 'p.scheduleId')
      .select(['s.kind', 'p.state', sql<number>`count(*)`.as('n')]).groupBy(['s.kind', 'p.state']).execute();
    const of = (kind: string) => periods.filter((p) => p.kind === kind).reduce((s, p) => s + n(p.n), 0);
    expect(of('monthly')).toBe(25);
    expect(of('quarterly')).toBe(9);
    expect(periods.some((p) => p.kind === 'monthly' && p.state === 'closed')).toBe(true);
    const board = await database.db.selectFrom('reportPeriods as p').innerJoin('reportScheduleReporters as r', 'r.scheduleId', 'p.scheduleId')
      .leftJoin('reportSubmissions as s', (j) => j.onRef('s.periodId', '=', 'p.id').onRef('s.organizationId', '=', 'r.organizationId'))
      .where('p.state', '=', 'open').where(sql<boolean>`coalesce(s.status, 'missing') IN ('missing', 'draft', 'returned')`)
      .select([sql<number>`count(*) FILTER (WHERE p.due_on < ${today})`.as('late'), sql<number>`count(*) FILTER (WHERE p.due_on >= ${today} AND p.due_on <= ${today}::date + 3)`.as('soon')])
      .executeTakeFirstOrThrow();
    expect(n(board.late)).toBeGreaterThanOrEqual(3);
    expect(n(board.soon)).toBeGreaterThanOrEqual(3);
    const subs = await database.db.selectFrom('reportSubmissions').select(['status', sql<number>`count(*)`.as('n')]).groupBy('status').execute();
    const accepted = n(subs.find((s) => s.status === 'accepted')?.n);
    expect(accepted).toBeGreaterThan(300);
    expect(subs.some((s) => s.status === 'returned')).toBe(true);
  });

  it('drafts last month\'s consolidated report from the sent reports and the system records', async () => {
    const rows = await database.db.selectFrom('consolidatedReports').select('content').execute();
    expect(rows).toHaveLength(1);
    const content = consolidatedContent.parse(rows[0]?.content);
    expect(content.label).toMatch(/^Tháng \d{2}\/\d{4}$/);
    expect(content.submissions.expected).toBeGreaterThan(10);
    expect(content.submissions.submitted).toBeGreaterThan(5);
    const members = content.figures.find((f) => f.key === 'so_dang_vien');
    expect(members?.total).toBeGreaterThan(100);
    expect(content.records.tasks.created).toBeGreaterThan(50);
  });
});
