import { randomUUID } from 'node:crypto';
import { type Insertable, type Kysely, sql } from 'kysely';
import { json } from '../server/db/json.ts';
import type { DB } from '../server/db/schema.ts';
import { addDays } from '../server/lib/dates.ts';
import { periodOf } from '../server/lib/report-periods.ts';
import { Rng } from '../server/seed/random.ts';
import { insertChunks } from './chunks.ts';
import { BENCH_TODAY } from './data-meetings.ts';

/**
 * Periodic reports for the benchmark data: the root receives a monthly report from every cell of the
 * bloc (about 2,900 reporters at M), for the 24 months up to the data's today (the last three still open). Past periods: 92% sent on
 * time, 5% late, 3% never; the current period (due after today) only 55% sent, so the late board is full.
 * Deterministic.
 */

const SEED = 0x2e_90_20_26;
const TEMPLATE = {
  figures: [
    { key: 'members_total', label: 'Tổng số đảng viên', type: 'integer' },
    { key: 'meetings_held', label: 'Số buổi sinh hoạt', type: 'integer' },
    { key: 'dues_collected', label: 'Đảng phí thu được (triệu đồng)', type: 'decimal' },
  ],
  sections: [{ key: 'results', title: 'Kết quả thực hiện nhiệm vụ' }, { key: 'plans', title: 'Phương hướng tháng tới' }],
};

/** Two working days after the cut-off, ignoring holidays (close enough for load figures). */
function dueAfter(day: string): string {
  let d = day;
  for (let left = 2; left > 0; ) {
    d = addDays(d, 1);
    const dow = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (dow !== 0 && dow !== 6) left--;
  }
  return d;
}

export async function generateReports(db: Kysely<DB>, orgs: { rows: Insertable<DB['organizations']>[] }): Promise<{ periods: number; submissions: number }> {
  const rng = new Rng(SEED);
  const root = orgs.rows.find((r) => r.depth === 0);
  if (!root) throw new Error('no root organization');
  const cells = orgs.rows.filter((r) => r.depth === 2);
  const scheduleId = randomUUID();
  await db.insertInto('reportSchedules').values({
    id: scheduleId, recipientOrganizationId: root.id, scopePath: root.path, name: 'Báo cáo tháng của các chi bộ', kind: 'monthly',
    template: json(TEMPLATE), cutoffDay: 14, dueWorkingDays: 2,
  }).execute();
  await insertChunks('đơn vị báo cáo / reporters', cells.map((c) => ({ scheduleId, organizationId: c.id })), (chunk) => db.insertInto('reportScheduleReporters').values(chunk).execute());
  const [y, m] = BENCH_TODAY.split('-').map(Number) as [number, number];
  const periods: Insertable<DB['reportPeriods']>[] = [];
  for (let back = 23; back >= 0; back--) {
    const index = ((m - 1 - back) % 12 + 12) % 12 + 1;
    const year = y + Math.floor((m - 1 - back) / 12);
    const p = periodOf('monthly', year, index, 14);
    // The office closes a period a few months on; the last three stay open.
    periods.push({ id: randomUUID(), scheduleId, ...p, dueOn: dueAfter(p.periodEnd), state: back >= 3 ? 'closed' : 'open' });
  }
  await db.insertInto('reportPeriods').values(periods).execute();
  const submissions: Insertable<DB['reportSubmissions']>[] = [];
  for (const p of periods) {
    const current = p.dueOn >= BENCH_TODAY;
    for (const c of cells) {
      const roll = rng.next();
      if (current ? roll > 0.55 : roll > 0.97) continue;
      const late = !current && roll > 0.92;
      const sentOn = late ? addDays(p.dueOn, rng.int(1, 10)) : addDays(p.dueOn, -rng.int(0, 3));
      submissions.push({
        id: randomUUID(), periodId: p.id, organizationId: c.id, scopePath: c.path, status: current ? 'submitted' : 'accepted',
        figures: json({ members_total: rng.int(8, 60), meetings_held: rng.int(1, 3), dues_collected: rng.int(50, 900) / 100 }),
        narrative: json({ results: 'Chi bộ hoàn thành các nhiệm vụ trọng tâm trong tháng.', plans: 'Tiếp tục thực hiện nghị quyết của Đảng ủy.' }),
        submittedAt: `${sentOn}T09:00:00+07:00`,
      });
    }
  }
  submissions.push(...(await yearlySchedule(db, rng, root, cells)));
  await insertChunks('báo cáo / report submissions', submissions, (chunk) => db.insertInto('reportSubmissions').values(chunk).execute());
  await sql`ANALYZE report_schedules, report_schedule_reporters, report_periods, report_submissions`.execute(db);
  return { periods: periods.length + 1, submissions: submissions.length };
}

/** The yearly report of the data's year from every cell (90% sent): what the consolidated yearly report reads. */
async function yearlySchedule(db: Kysely<DB>, rng: Rng, root: Insertable<DB['organizations']>, cells: Insertable<DB['organizations']>[]) {
  const scheduleId = randomUUID();
  await db.insertInto('reportSchedules').values({
    id: scheduleId, recipientOrganizationId: root.id, scopePath: root.path, name: 'Báo cáo tổng kết năm của các chi bộ', kind: 'yearly',
    template: json(TEMPLATE), cutoffDay: 14, dueWorkingDays: 2,
  }).execute();
  await insertChunks('đơn vị báo cáo năm / yearly reporters', cells.map((c) => ({ scheduleId, organizationId: c.id })), (chunk) => db.insertInto('reportScheduleReporters').values(chunk).execute());
  const year = Number(BENCH_TODAY.slice(0, 4));
  const p = periodOf('yearly', year, 1, 14);
  const periodId = randomUUID();
  await db.insertInto('reportPeriods').values({ id: periodId, scheduleId, ...p, dueOn: dueAfter(p.periodEnd), state: 'open' }).execute();
  return cells.filter(() => rng.chance(0.9)).map((c) => ({
    id: randomUUID(), periodId, organizationId: c.id, scopePath: c.path, status: 'submitted' as const,
    figures: json({ members_total: rng.int(8, 60), meetings_held: rng.int(12, 20), dues_collected: rng.int(600, 9000) / 100 }),
    narrative: json({ results: 'Chi bộ hoàn thành tốt nhiệm vụ năm.', plans: 'Tiếp tục nâng cao chất lượng sinh hoạt chi bộ.' }),
    submittedAt: `${p.periodEnd}T09:00:00+07:00`,
  }));
}
