import { sql } from 'kysely';
import type { Ctx } from '../../http/context.ts';
import { messageFor } from '../../http/errors.ts';
import { todayInVietnam } from '../../lib/dates.ts';
import { knownCalendar, outsideCalendar } from '../rules/index.ts';
import { scopeClause, subtreeClause } from './members.sql.ts';

import type { Reminder } from './members.reminders.schema.ts';

export { REMINDER_KINDS, type ReminderKind } from '../../../common/enums.ts';
export type { Reminder } from './members.reminders.schema.ts';


/**
 * Deadlines the rules set (domain: "Members"), computed in SQL with the same rule values and holiday
 * calendar as the workflows (rule_int, add_working_days, probation_end): shown when the step opens within
 * `within` days, or is overdue. A step that was taken changes the status, so it never shows again.
 */
export async function findReminders(ctx: Ctx, organizationId: string | undefined, within: number): Promise<Reminder[]> {
  const today = todayInVietnam();
  const path = sql`o.path`;
  const subtree = await subtreeClause(ctx.db, ctx.actor, organizationId, path);
  const lastEvent = (kinds: string[]) => sql`(SELECT e.kind, e.occurred_on, e.details FROM member_events e
    WHERE e.member_id = s.id AND e.kind IN (${sql.join(kinds)}) ORDER BY e.occurred_on DESC, e.created_at DESC LIMIT 1)`;
  const result = await sql<Omit<Reminder, 'calendarWarning'>>`
    WITH s AS (
      SELECT m.id, m.status, m.cell_id, m.admission_decision_date, m.ceremony_date, p.full_name, o.name AS cell_name
      FROM members m JOIN people p ON p.id = m.person_id JOIN organizations o ON o.id = m.cell_id
      WHERE ${scopeClause(ctx.actor, path)} AND ${subtree}
        AND m.status IN ('applicant', 'probationary', 'transferred_out', 'exempt')
    ), retired AS (
      SELECT m.id, m.status, m.cell_id, m.admission_decision_date, m.ceremony_date, p.full_name, o.name AS cell_name, r.occurred_on, r.details
      FROM member_events r JOIN members m ON m.id = r.member_id JOIN people p ON p.id = m.person_id JOIN organizations o ON o.id = m.cell_id
      WHERE r.kind = 'retirement' AND r.details->>'needsTransfer' = 'true' AND ${scopeClause(ctx.actor, path)} AND ${subtree}
        AND m.status IN ('official', 'probationary', 'exempt')
        AND NOT EXISTS (SELECT 1 FROM member_events t WHERE t.member_id = m.id AND t.kind = 'transfer_out' AND t.occurred_on >= r.occurred_on)
    ), items AS (
      SELECT 'ceremony_due' AS kind, s.*, s.admission_decision_date AS opens_on,
        add_working_days(s.admission_decision_date, rule_int('member.admission.ceremony_within_working_days', s.admission_decision_date)) AS due_on
      FROM s WHERE s.status = 'applicant' AND s.admission_decision_date IS NOT NULL AND s.ceremony_date IS NULL
      UNION ALL
      SELECT 'probation_review', s.*, x.ends_on,
        add_working_days(x.ends_on, rule_int('member.recognition_within_working_days', x.ends_on))
      FROM s CROSS JOIN LATERAL (SELECT probation_end(s.ceremony_date) AS ends_on) x
      WHERE s.status = 'probationary' AND s.ceremony_date IS NOT NULL
      UNION ALL
      SELECT 'transfer_incomplete', s.*, t.occurred_on, (t.details->>'dueOn')::date
      FROM s CROSS JOIN LATERAL ${lastEvent(['transfer_out', 'transfer_receipt', 'transfer_in'])} t
      WHERE s.status = 'transferred_out' AND t.kind = 'transfer_out' AND t.details->>'kind' = 'official'
      UNION ALL
      SELECT 'retirement_transfer', id, status, cell_id, admission_decision_date, ceremony_date, full_name, cell_name,
        occurred_on, (details->>'transferDueOn')::date
      FROM retired
      UNION ALL
      SELECT 'certificate_expiring', s.*, x.due, x.due
      FROM s CROSS JOIN LATERAL ${lastEvent(['course_certificate'])} c
      CROSS JOIN LATERAL (SELECT (c.occurred_on + make_interval(months =>
        rule_int('member.admission.certificate_validity_months', c.occurred_on)))::date AS due) x
      WHERE s.status = 'applicant' AND s.admission_decision_date IS NULL
      UNION ALL
      SELECT 'exemption_review', s.*, x.due, x.due
      FROM s CROSS JOIN LATERAL ${lastEvent(['exemption'])} ex
      CROSS JOIN LATERAL (SELECT (ex.occurred_on + make_interval(months =>
        rule_int('member.exemption_review_months', ex.occurred_on)))::date AS due) x
      WHERE s.status = 'exempt'
    )
    SELECT kind, id AS member_id, full_name, cell_id, cell_name, due_on, opens_on,
      due_on < ${today}::date AS overdue, (due_on - ${today}::date) AS days_left
    FROM items
    WHERE opens_on <= ${today}::date + ${within}::integer OR due_on < ${today}::date
    ORDER BY due_on, full_name, id
    LIMIT 500`.execute(ctx.db);
  const known = await knownCalendar(ctx.db);
  return result.rows.map((r) => ({ ...r, calendarWarning: outsideCalendar(known, r.opensOn, r.dueOn) }));
}

/** The reminders with the warning their list carries when a deadline lies outside the holiday calendar. */
export async function remindersWithWarnings(ctx: Ctx, organizationId: string | undefined, within: number) {
  const data = await findReminders(ctx, organizationId, within);
  const warnings = data.some((r) => r.calendarWarning) ? [calendarWarning(ctx, await knownCalendar(ctx.db))] : [];
  return { data, warnings };
}

/** The warning a deadline outside the holiday calendar carries: its working days may include a holiday. */
export function calendarWarning(ctx: Ctx, known: { from: string; to: string } | null) {
  const vars = { from: known?.from ?? '-', to: known?.to ?? '-' };
  return { code: 'calendar.outside_known' as const, message: messageFor('calendar.outside_known', ctx.lang, vars), ...vars };
}
