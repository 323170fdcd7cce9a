import type { Scenario, Targets } from './scenario.types.ts';
import { BENCH_TODAY } from './data-meetings.ts';

/**
 * Work programs and reports under load: the late board of the open periods, and one unit's task list.
 * The SQL twins are the statements of reports.late.ts and tasks.service.ts with the administrator's scope.
 * The server computes "today" from the clock; the twins use the data's today, which only moves the
 * severity labels, not the rows read.
 */
export function workScenarios(t: Targets): Scenario[] {
  return [
    {
      name: 'late board: reporters not yet sent, open periods, first page',
      path: '/api/v1/reports/late-board?limit=50',
      sql: `SELECT p.id::text || ':' || o.id::text AS id, p.id, s.name, p.label, p.due_on, o.id, o.name, coalesce(sub.status, 'missing'),
              greatest(0, $2::date - p.due_on) AS days_late
            FROM report_periods p JOIN report_schedules s ON s.id = p.schedule_id
            JOIN report_schedule_reporters r ON r.schedule_id = s.id JOIN organizations o ON o.id = r.organization_id
            LEFT JOIN report_submissions sub ON sub.period_id = p.id AND sub.organization_id = r.organization_id
              AND sub.period_id IN (SELECT op.id FROM report_periods op WHERE op.state = 'open')
            WHERE p.state = 'open' AND s.scope_path LIKE $1 AND coalesce(sub.status, 'missing') IN ('missing', 'draft', 'returned')
            ORDER BY p.due_on, p.id::text || ':' || o.id::text LIMIT 51`,
      params: [`${t.rootPath}%`, BENCH_TODAY],
    },
    {
      name: "a unit's task list, by deadline",
      path: `/api/v1/tasks?leadUnitId=${t.cellId}&limit=50`,
      sql: `SELECT t.id, t.title, t.source_kind, t.owner_person_id, op.full_name, t.lead_unit_id, lu.name, t.start_on, t.due_on, t.status, t.progress
            FROM tasks t JOIN organizations lu ON lu.id = t.lead_unit_id LEFT JOIN people op ON op.id = t.owner_person_id
            WHERE t.deleted_at IS NULL AND t.scope_path LIKE $1 AND t.lead_unit_id = $2
            ORDER BY coalesce(t.due_on, '9999-12-31'::date), t.id LIMIT 51`,
      params: [`${t.rootPath}%`, t.cellId],
    },
  ];
}
