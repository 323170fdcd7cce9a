import type { Transaction } from 'kysely';
import { json, jsonText } from '../db/json.ts';
import type { DB } from '../db/schema.ts';
import { addDays } from '../lib/dates.ts';
import { appendAudit } from '../modules/audit/index.ts';
import { combineSubmissions, systemRecords } from '../modules/reports/index.ts';
import type { ConsolidatedContent, Submission } from '../modules/reports/reports.schema.ts';
import { buildPlan } from './programs-plan.ts';
import { type ReportRows, buildReports } from './programs-reports.ts';
import { type WorkWorld, loadWorkWorld } from './programs-world.ts';
import { Rng, demoId } from './random.ts';

/**
 * Demo work programs, tasks and periodic reports of the committee "Đảng bộ Văn phòng Quốc hội": the
 * term's program, last year's and this year's, the last twelve months' and next month's, with items
 * turned into tasks; a few thousand tasks of the committee and its cells with their timelines; two
 * years of monthly and quarterly reports from the cells, and the consolidated report of last month.
 * Dated relative to today in Vietnam; the same day gives the same rows. Runs inside the demo seed's
 * transaction, after the members and the meetings.
 */

const SEED = 0x20_26_11_30;
const BATCH = 500;

export interface ProgramsSummary {
  programs: number;
  programItems: number;
  tasks: number;
  taskEvents: number;
  reportSchedules: number;
  reportPeriods: number;
  reportSubmissions: number;
  consolidatedReports: number;
}

type Put = <R>(entity: string, label: string, rows: R[], insert: (chunk: R[]) => Promise<unknown>) => Promise<number>;

function putter(trx: Transaction<DB>, log: (msg: string) => void): Put {
  return async (entity, label, rows, insert) => {
    for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
    // One audit row per table: the seed is one act, not thousands of edits.
    await appendAudit(trx, { actor: null, label: 'seed' }, { action: 'seed.demo', entity, entityId: 'demo', after: { rows: rows.length } });
    log(`  ${label}: ${rows.length}`);
    return rows.length;
  };
}

/** Last month's consolidated report, drafted from the cells' sent reports and the system's records as the reports module does. */
async function consolidated(trx: Transaction<DB>, w: WorkWorld, r: ReportRows, put: Put): Promise<number> {
  const last = r.lastMonthly;
  if (!last) return 0;
  const subs = r.submissions.filter((s) => s.periodId === last.id);
  const names = new Map(w.cells.map((c) => [c.id, c.name]));
  const sent = subs.filter((s) => s.status === 'submitted' || s.status === 'accepted').map((s) => ({
    organizationName: names.get(s.organizationId) ?? '',
    figures: JSON.parse(jsonText(s.figures) ?? 'null') as Submission['figures'],
    narrative: JSON.parse(jsonText(s.narrative) ?? 'null') as Submission['narrative'],
  })).sort((a, b) => a.organizationName.localeCompare(b.organizationName));
  const dueEnd = `${addDays(last.dueOn, 1)}T00:00:00+07:00`;
  const late = w.cells.filter((c) => {
    const s = subs.find((x) => x.organizationId === c.id);
    return s?.submittedAt ? new Date(s.submittedAt) >= new Date(dueEnd) : true;
  }).length;
  const content: ConsolidatedContent = {
    label: last.period.label, periodStart: last.period.periodStart, periodEnd: last.period.periodEnd, organizationName: w.committee.name,
    submissions: { expected: w.cells.length, submitted: sent.length, accepted: subs.filter((s) => s.status === 'accepted').length, late },
    ...combineSubmissions(last.template, sent),
    records: await systemRecords(trx, w.committee.path, last.period.periodStart, last.period.periodEnd),
    summary: `Trong ${last.period.label.toLowerCase()}, Đảng bộ đã lãnh đạo các chi bộ hoàn thành các nhiệm vụ trọng tâm theo chương trình công tác; các chi bộ duy trì sinh hoạt định kỳ; tư tưởng cán bộ, đảng viên ổn định.`,
  };
  const at = `${addDays(last.dueOn, 2)}T10:00:00+07:00`;
  const row = {
    id: demoId(`consolidated:${last.id}`), periodId: last.id, organizationId: w.committee.id, scopePath: w.committee.path,
    content: json(content), createdBy: w.officeUserId, createdAt: at, updatedAt: at,
  };
  return put('consolidated_report', 'báo cáo tổng hợp / consolidated reports', [row], (c) => trx.insertInto('consolidatedReports').values(c).execute());
}

/**
 * Loads the demo programs, tasks and reports. Call it inside the demo seed's transaction, after the
 * organizations, people, accounts, members and meetings.
 */
export async function seedProgramsAndReports(trx: Transaction<DB>, log: (msg: string) => void): Promise<ProgramsSummary> {
  const world = await loadWorkWorld(trx);
  const rng = new Rng(SEED);
  const plan = buildPlan(rng, world);
  const reports = buildReports(rng, world);
  const put = putter(trx, log);
  const tasks = await put('task', 'nhiệm vụ theo chương trình / program and unit tasks', plan.tasks, (c) => trx.insertInto('tasks').values(c).execute());
  await put('task_cooperating_unit', 'đơn vị phối hợp / cooperating units', plan.units, (c) => trx.insertInto('taskCooperatingUnits').values(c).execute());
  const taskEvents = await put('task_event', 'diễn biến nhiệm vụ / task events', plan.events, (c) => trx.insertInto('taskEvents').values(c).execute());
  const programs = await put('program', 'chương trình công tác / work programs', plan.programs, (c) => trx.insertInto('programs').values(c).execute());
  const programItems = await put('program_item', 'mục chương trình / program items', plan.items, (c) => trx.insertInto('programItems').values(c).execute());
  const reportSchedules = await put('report_schedule', 'chế độ báo cáo / report schedules', reports.schedules, (c) => trx.insertInto('reportSchedules').values(c).execute());
  await put('report_schedule_reporter', 'đơn vị báo cáo / reporters', reports.reporters, (c) => trx.insertInto('reportScheduleReporters').values(c).execute());
  const reportPeriods = await put('report_period', 'kỳ báo cáo / report periods', reports.periods, (c) => trx.insertInto('reportPeriods').values(c).execute());
  const reportSubmissions = await put('report_submission', 'báo cáo của chi bộ / submissions', reports.submissions, (c) => trx.insertInto('reportSubmissions').values(c).execute());
  const consolidatedReports = await consolidated(trx, world, reports, put);
  return { programs, programItems, tasks, taskEvents, reportSchedules, reportPeriods, reportSubmissions, consolidatedReports };
}
