import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Lang } from '../../http/i18n.ts';
import { type PeriodWindow, type WindowRule, isCalendarWindow } from '../../lib/report-periods.ts';

/**
 * The window of a schedule's periods (issue 13, item 8): its rule (a column of the schedule) and the day
 * from which the Decree 09 cut-off applies, read from the legal basis of the cut-off rule (its effective
 * date), so that the date is data like the cut-off day itself.
 */
export async function windowRuleOf(db: Kysely<DB>, s: { periodWindow: PeriodWindow; cutoffDay: number }): Promise<WindowRule> {
  const basis = await db.selectFrom('ruleValues as v').innerJoin('legalBases as b', 'b.id', 'v.legalBasisId')
    .select(['b.effectiveFrom', 'b.issuedOn']).where('v.key', '=', 'report.cutoff_day').orderBy('v.validFrom').limit(1).executeTakeFirst();
  // Without a recorded basis the cut-off applies at any date (the behaviour before windows existed).
  return { window: s.periodWindow, cutoffDay: s.cutoffDay, cutoffFrom: basis?.effectiveFrom ?? basis?.issuedOn ?? '0001-01-01' };
}

/** What the consolidated report says about its window: the schedule's rule and what its dates are. */
export interface AppliedWindow {
  rule: PeriodWindow;
  /** The period's dates: calendar months, a cut-off day, or dates chosen for a thematic or ad hoc period. */
  applied: 'calendar_month' | 'cutoff' | 'dates';
  cutoffDay: number | null;
}

export function appliedWindow(rule: PeriodWindow, periodic: boolean, start: string, end: string): AppliedWindow {
  if (!periodic) return { rule, applied: 'dates', cutoffDay: null };
  if (isCalendarWindow(start, end)) return { rule, applied: 'calendar_month', cutoffDay: null };
  return { rule, applied: 'cutoff', cutoffDay: Number(end.slice(8, 10)) };
}

/** The window in words, for the Word file and the server's texts. */
export function windowText(w: AppliedWindow, lang: Lang): string {
  const vi = lang === 'vi';
  if (w.applied === 'dates') return vi ? 'theo thời gian của đợt báo cáo' : "the report's own dates";
  if (w.applied === 'calendar_month') {
    if (w.rule === 'decree_09') return vi ? 'theo tháng dương lịch (trước ngày Nghị định 09/2019/NĐ-CP có hiệu lực)' : 'calendar months (before Decree 09/2019/NĐ-CP took effect)';
    return vi ? 'theo tháng dương lịch' : 'calendar months';
  }
  const day = String(w.cutoffDay ?? '');
  if (w.rule === 'decree_09') return vi ? `chốt số liệu ngày ${day} theo Nghị định 09/2019/NĐ-CP` : `cut-off on day ${day} (Decree 09/2019/NĐ-CP)`;
  return vi ? `chốt số liệu ngày ${day} hằng tháng` : `cut-off on day ${day} of the month`;
}
