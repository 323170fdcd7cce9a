import type { Insertable } from 'kysely';
import { json } from '../db/json.ts';
import type { DB } from '../db/schema.ts';
import type { ReportKind } from '../db/schema.programs.ts';
import { addDays } from '../lib/dates.ts';
import { type PeriodicReportKind, type ReportPeriod, periodContaining, periodOf } from '../lib/report-periods.ts';
import { addWorkingDays } from '../lib/working-days.ts';
import type { Template } from '../modules/reports/reports.schema.ts';
import { REPORT_SECTIONS_TEXT } from './programs-texts.ts';
import type { WorkOrg, WorkWorld } from './programs-world.ts';
import { type Rng, demoId } from './random.ts';

/**
 * Two years of monthly and quarterly reports from every cell to the committee, and one thematic report
 * due in the coming days. Old periods are closed with nearly every cell on time; the last two periods
 * stay open with a few cells missing (red on the late board), the thematic one waits for half the cells
 * (amber), and the running period has a few drafts.
 */

export interface ReportRows {
  schedules: Insertable<DB['reportSchedules']>[];
  reporters: Insertable<DB['reportScheduleReporters']>[];
  periods: Insertable<DB['reportPeriods']>[];
  submissions: Insertable<DB['reportSubmissions']>[];
  /** The monthly period the consolidated report is drafted for: the last one already due. */
  lastMonthly: { id: string; scheduleId: string; period: ReportPeriod; dueOn: string; template: Template } | null;
}

export const CELL_TEMPLATE: Template = {
  figures: [
    { key: 'so_dang_vien', label: 'Tổng số đảng viên', type: 'integer' },
    { key: 'so_buoi_sinh_hoat', label: 'Số buổi sinh hoạt chi bộ', type: 'integer' },
    { key: 'luot_du_hop', label: 'Số lượt đảng viên dự sinh hoạt', type: 'integer' },
    { key: 'ket_nap_moi', label: 'Số quần chúng được kết nạp', type: 'integer' },
    { key: 'dang_phi', label: 'Đảng phí đã thu (triệu đồng)', type: 'decimal' },
    { key: 'co_vu_viec', label: 'Có vụ việc phức tạp phát sinh', type: 'boolean' },
    { key: 'ghi_chu', label: 'Ghi chú', type: 'text' },
  ],
  sections: [
    { key: 'ket_qua', title: 'Kết quả thực hiện nhiệm vụ' },
    { key: 'tu_tuong', title: 'Tình hình tư tưởng cán bộ, đảng viên' },
    { key: 'phuong_huong', title: 'Phương hướng, nhiệm vụ kỳ tới' },
    { key: 'kien_nghi', title: 'Kiến nghị, đề xuất' },
  ],
};

const THEMATIC_TEMPLATE: Template = {
  figures: [
    { key: 'so_dang_vien_dang_ky', label: 'Số đảng viên đăng ký làm theo', type: 'integer' },
    { key: 'so_dien_hinh', label: 'Số điển hình được biểu dương', type: 'integer' },
  ],
  sections: [{ key: 'ket_qua', title: 'Kết quả học tập và làm theo' }, { key: 'kien_nghi', title: 'Kiến nghị, đề xuất' }],
};

type Fate = 'accepted' | 'submitted' | 'returned' | 'draft' | 'missing';

function figures(rng: Rng, t: Template, cell: WorkOrg): Record<string, number | string | boolean | null> {
  const out: Record<string, number | string | boolean | null> = {};
  for (const f of t.figures) {
    if (f.key === 'so_dang_vien') out[f.key] = Math.max(3, cell.people.length);
    else if (f.key === 'luot_du_hop') out[f.key] = Math.round(Math.max(3, cell.people.length) * rng.int(88, 100) / 100);
    else if (f.key === 'dang_phi') out[f.key] = Math.round(Math.max(3, cell.people.length) * rng.int(60, 120)) / 1000;
    else if (f.type === 'integer') out[f.key] = f.key === 'so_buoi_sinh_hoat' ? rng.int(1, 2) : rng.int(0, 3);
    else if (f.type === 'boolean') out[f.key] = rng.chance(0.05);
    else out[f.key] = f.type === 'text' ? '' : null;
  }
  return out;
}

function narrative(rng: Rng, t: Template): Record<string, string> {
  return Object.fromEntries(t.sections.map((s) => [s.key, rng.pick(REPORT_SECTIONS_TEXT[s.key] ?? REPORT_SECTIONS_TEXT.ket_qua ?? [''])]));
}

interface PeriodDef {
  scheduleKey: string;
  scheduleId: string;
  template: Template;
  period: ReportPeriod;
  dueOn: string;
  open: boolean;
  /** Each reporter's fate in this period. */
  fate: (cell: WorkOrg, i: number) => Fate;
}

function addPeriod(rows: ReportRows, rng: Rng, w: WorkWorld, d: PeriodDef): string {
  const id = demoId(`report-period:${d.scheduleKey}:${d.period.periodStart}`);
  rows.periods.push({ id, scheduleId: d.scheduleId, label: d.period.label, periodStart: d.period.periodStart, periodEnd: d.period.periodEnd, dueOn: d.dueOn, state: d.open ? 'open' : 'closed', createdAt: `${d.period.periodStart}T07:00:00+07:00` });
  w.cells.forEach((cell, i) => {
    const fate = d.fate(cell, i);
    if (fate === 'missing') return;
    const late = rng.chance(0.15);
    const planned = late ? addDays(d.dueOn, rng.int(1, 6)) : addDays(d.dueOn, -rng.int(0, 3));
    const sentDay = fate === 'draft' ? null : planned < w.today ? planned : w.today;
    const submittedAt = sentDay ? `${sentDay}T${String(rng.int(8, 16)).padStart(2, '0')}:${String(rng.int(10, 59))}:00+07:00` : null;
    const status = fate === 'draft' || !submittedAt ? 'draft' : fate;
    const reviewDay = sentDay ? addDays(sentDay, rng.int(1, 3)) : null;
    const reviewed = (status === 'accepted' || status === 'returned') && reviewDay ? `${reviewDay < w.today ? reviewDay : w.today}T15:00:00+07:00` : null;
    const at = submittedAt ?? `${addDays(d.period.periodEnd, 1)}T09:00:00+07:00`;
    rows.submissions.push({
      id: demoId(`report-submission:${id}:${cell.id}`), periodId: id, organizationId: cell.id, scopePath: cell.path, status,
      figures: json(figures(rng, d.template, cell)), narrative: json(narrative(rng, d.template)),
      submittedAt: status === 'draft' ? null : submittedAt, submittedBy: status === 'draft' ? null : (w.secretaryUsers.get(cell.id) ?? null),
      reviewedAt: reviewed, reviewedBy: reviewed ? w.officeUserId : null,
      returnReason: status === 'returned' ? 'Đề nghị bổ sung số liệu đảng phí và số lượt đảng viên dự sinh hoạt' : null,
      createdAt: at, updatedAt: reviewed ?? at,
    });
  });
  return id;
}

function addSchedule(rows: ReportRows, w: WorkWorld, key: string, name: string, kind: ReportKind, template: Template, dueWorkingDays: number) {
  const id = demoId(`report-schedule:${key}`);
  rows.schedules.push({
    id, recipientOrganizationId: w.committee.id, scopePath: w.committee.path, name, kind, template: json(template), cutoffDay: 14,
    dueWorkingDays, createdBy: w.officeUserId, createdAt: `${addDays(w.today, -760)}T08:00:00+07:00`, updatedAt: `${addDays(w.today, -760)}T08:00:00+07:00`,
  });
  for (const c of w.cells) rows.reporters.push({ scheduleId: id, organizationId: c.id });
  return id;
}

/** A past or running period's fates: closed ones nearly complete; the open ones with gaps (never Vụ Tổng hợp's cell, the demo's own). */
function fates(rng: Rng, w: WorkWorld, age: number, dueOn: string): (cell: WorkOrg, i: number) => Fate {
  const own = w.secretaryUsers;
  if (dueOn >= w.today) return (cell, i) => (own.has(cell.id) ? 'missing' : i % 4 === 1 ? 'draft' : 'missing');
  if (age === 1) return (cell, i) => (own.has(cell.id) ? 'accepted' : i % 5 === 2 ? 'missing' : i % 5 === 4 ? 'draft' : i % 5 === 3 ? 'returned' : rng.chance(0.3) ? 'submitted' : 'accepted');
  if (age === 2) return (cell, i) => (own.has(cell.id) ? 'accepted' : i === w.cells.length - 1 ? 'missing' : 'accepted');
  return (cell) => (own.has(cell.id) || rng.chance(0.97) ? 'accepted' : 'missing');
}

function periodic(rows: ReportRows, rng: Rng, w: WorkWorld, key: string, kind: PeriodicReportKind, count: number, scheduleId: string) {
  const current = periodContaining(kind, w.today, 14);
  const per = kind === 'monthly' ? 12 : 4;
  for (let back = count; back >= 0; back--) {
    const n = current.year * per + (current.index - 1) - back;
    const period = periodOf(kind, Math.floor(n / per), (n % per) + 1, 14);
    const dueOn = addWorkingDays(period.periodEnd, 2, w.holidays);
    const age = back === 0 ? 0 : dueOn >= w.today ? 0 : back;
    const id = addPeriod(rows, rng, w, { scheduleKey: key, scheduleId, template: CELL_TEMPLATE, period, dueOn, open: age <= 2, fate: fates(rng, w, age, dueOn) });
    if (kind === 'monthly' && dueOn < w.today) rows.lastMonthly = { id, scheduleId, period, dueOn, template: CELL_TEMPLATE };
  }
}

export function buildReports(rng: Rng, w: WorkWorld): ReportRows {
  const rows: ReportRows = { schedules: [], reporters: [], periods: [], submissions: [], lastMonthly: null };
  const monthly = addSchedule(rows, w, 'monthly', 'Báo cáo công tác xây dựng Đảng hằng tháng', 'monthly', CELL_TEMPLATE, 2);
  periodic(rows, rng, w, 'monthly', 'monthly', 24, monthly);
  const quarterly = addSchedule(rows, w, 'quarterly', 'Báo cáo công tác xây dựng Đảng hằng quý', 'quarterly', CELL_TEMPLATE, 2);
  periodic(rows, rng, w, 'quarterly', 'quarterly', 8, quarterly);
  const year = w.today.slice(0, 4);
  const thematic = addSchedule(rows, w, 'thematic', 'Báo cáo chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', 'thematic', THEMATIC_TEMPLATE, 1);
  // Due in the coming days (amber on the late board), even when a long holiday follows today.
  const working = addWorkingDays(w.today, 1, w.holidays);
  const dueOn = working <= addDays(w.today, 3) ? working : addDays(w.today, 2);
  addPeriod(rows, rng, w, {
    scheduleKey: 'thematic', scheduleId: thematic, template: THEMATIC_TEMPLATE, dueOn, open: true,
    period: { label: `Chuyên đề năm ${year}`, periodStart: `${year}-01-01`, periodEnd: w.today },
    fate: (cell, i) => (w.secretaryUsers.has(cell.id) ? 'draft' : i % 2 === 0 ? 'submitted' : i % 3 === 0 ? 'draft' : 'missing'),
  });
  return rows;
}
