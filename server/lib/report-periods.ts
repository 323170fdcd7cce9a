import { addDays } from './dates.ts';

/**
 * Reporting periods (Decree 09/2019, domain.md "Reporting periods"): data from the day after the
 * cut-off day of the month before the period, to the cut-off day of its last month, inclusive. With the
 * default cut-off (14): monthly 15 Oct - 14 Nov; quarterly 15 Dec - 14 Mar; six months 15 Dec - 14 Jun;
 * nine months 15 Dec - 14 Sep; yearly 15 Dec - 14 Dec. Pure; the cut-off day is rule data.
 * A cut-off day of null means calendar months (1st to the last day).
 */

export const PERIODIC_REPORT_KINDS = ['monthly', 'quarterly', 'six_months', 'nine_months', 'yearly'] as const;
export type PeriodicReportKind = (typeof PERIODIC_REPORT_KINDS)[number];
export const REPORT_KINDS = [...PERIODIC_REPORT_KINDS, 'thematic', 'ad_hoc'] as const;
export type ReportKindValue = (typeof REPORT_KINDS)[number];

export interface ReportPeriod {
  label: string;
  periodStart: string;
  periodEnd: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const day = (y: number, m: number, d: number) => {
  // Month arithmetic across years: month 0 is December of the year before.
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.toISOString().slice(0, 10);
};

/** The number of the period (month 1-12, quarter 1-4, or 1 for the others) in `year`; a null cut-off: calendar months. */
export function periodOf(kind: PeriodicReportKind, year: number, index: number, cutoffDay: number | null): ReportPeriod {
  const range = (firstMonth: number, lastMonth: number, label: string): ReportPeriod => cutoffDay === null
    ? { label, periodStart: day(year, firstMonth, 1), periodEnd: day(year, lastMonth + 1, 0) }
    : { label, periodStart: addDays(day(year, firstMonth - 1, cutoffDay), 1), periodEnd: day(year, lastMonth, cutoffDay) };
  switch (kind) {
    case 'monthly':
      if (index < 1 || index > 12) throw new RangeError('month');
      return range(index, index, `Tháng ${pad(index)}/${year}`);
    case 'quarterly':
      if (index < 1 || index > 4) throw new RangeError('quarter');
      return range(index * 3 - 2, index * 3, `Quý ${['I', 'II', 'III', 'IV'][index - 1] ?? ''}/${year}`);
    case 'six_months':
      return range(1, 6, `6 tháng đầu năm ${year}`);
    case 'nine_months':
      return range(1, 9, `9 tháng năm ${year}`);
    case 'yearly':
      return range(1, 12, `Năm ${year}`);
  }
}

/** The period whose data includes `on`: the period a report about that day belongs to. */
export function periodContaining(kind: PeriodicReportKind, on: string, cutoffDay: number | null): ReportPeriod & { year: number; index: number } {
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  // After the cut-off day, the data belongs to next month's period.
  let month = cutoffDay !== null && d > cutoffDay ? m + 1 : m;
  let year = y;
  if (month === 13) {
    month = 1;
    year += 1;
  }
  const index = kind === 'monthly' ? month : kind === 'quarterly' ? Math.ceil(month / 3) : 1;
  return { ...periodOf(kind, year, index, cutoffDay), year, index };
}

/**
 * The window a schedule's periods use (a column of the schedule): the Decree 09 cut-off, for state
 * reporting, applies to periods that start on or after the day the decree took effect (`cutoffFrom`, the
 * effective date of the cut-off rule's legal basis); earlier periods, such as a 2016 party report, are
 * calendar months. 'calendar_month' is always the calendar month; 'custom' is the schedule's cut-off day
 * whatever the date.
 */
export const PERIOD_WINDOWS = ['decree_09', 'calendar_month', 'custom'] as const;
export type PeriodWindow = (typeof PERIOD_WINDOWS)[number];
export interface WindowRule {
  window: PeriodWindow;
  cutoffDay: number;
  /** The first day the Decree 09 cut-off applies. */
  cutoffFrom: string;
}

/** The cut-off day a period of the rule uses, or null for calendar months. */
function cutoffFor(rule: WindowRule, cutoffStart: () => string): number | null {
  if (rule.window === 'calendar_month') return null;
  if (rule.window === 'custom') return rule.cutoffDay;
  return cutoffStart() >= rule.cutoffFrom ? rule.cutoffDay : null;
}

export function windowPeriodOf(kind: PeriodicReportKind, year: number, index: number, rule: WindowRule): ReportPeriod & { cutoffDay: number | null } {
  const cutoffDay = cutoffFor(rule, () => periodOf(kind, year, index, rule.cutoffDay).periodStart);
  return { ...periodOf(kind, year, index, cutoffDay), cutoffDay };
}

export function windowPeriodContaining(kind: PeriodicReportKind, on: string, rule: WindowRule) {
  const cutoffDay = cutoffFor(rule, () => periodContaining(kind, on, rule.cutoffDay).periodStart);
  return { ...periodContaining(kind, on, cutoffDay), cutoffDay };
}

/** Calendar months if the dates run from a 1st to a month's last day. */
export function isCalendarWindow(start: string, end: string): boolean {
  return start.endsWith('-01') && addDays(end, 1).endsWith('-01');
}
