import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { TaskStatus } from '../../../common/enums.ts';
import type { DB } from '../../db/schema.ts';
import { inScope } from '../../http/scope.ts';
import type { Actor } from '../../lib/roles.ts';

/** The range, the subtree asked for and today: every aggregate reads the same. */
export interface Slice {
  actor: Actor;
  /** The organization's path: rows are kept to its subtree. */
  path: string;
  from: string;
  to: string;
  today: string;
}

const under = (s: Slice, column: RawBuilder<unknown>) => sql<SqlBool>`${column} LIKE ${`${s.path}%`}`;
const ratio = (num: string, den: string) => sql.raw(`round(${num}::numeric / NULLIF(${den}, 0), 4)::float8`);

export interface TaskCountRow { unitId: string; unitName: string; status: TaskStatus; n: number; overdue: number }

/** Tasks by lead unit and status, over those due (or, without a due date, created) in the range. */
export async function taskCounts(db: Kysely<DB>, s: Slice): Promise<TaskCountRow[]> {
  const r = await sql<TaskCountRow>`
    SELECT t.lead_unit_id AS unit_id, o.name AS unit_name, t.status, count(*) AS n,
      count(*) FILTER (WHERE t.status IN ('open', 'in_progress') AND t.due_on < ${s.today}::date) AS overdue
    FROM tasks t JOIN organizations o ON o.id = t.lead_unit_id
    WHERE t.deleted_at IS NULL AND ${under(s, sql`t.scope_path`)} AND ${inScope(s.actor, 'tasks.read', sql`t.scope_path`)}
      AND COALESCE(t.due_on, (t.created_at AT TIME ZONE 'UTC' + interval '7 hours')::date) BETWEEN ${s.from}::date AND ${s.to}::date
    GROUP BY t.lead_unit_id, o.name, t.status
    ORDER BY o.name, t.lead_unit_id`.execute(db);
  return r.rows;
}

export interface OnTimeRow {
  unitId: string; unitName: string; month: string;
  due: number; onTime: number; late: number; overdue: number; pending: number; rate: number | null;
}

/** Per lead unit and month of the due date: done by the due date (completed_on <= due_on), late, open. */
export async function onTimeByUnitMonth(db: Kysely<DB>, s: Slice): Promise<OnTimeRow[]> {
  const r = await sql<OnTimeRow>`
    SELECT unit_id, unit_name, month, due, on_time, late, overdue, pending, ${ratio('on_time', 'due - pending')} AS rate
    FROM (
      SELECT t.lead_unit_id AS unit_id, o.name AS unit_name, to_char(t.due_on, 'YYYY-MM') AS month, count(*) AS due,
        count(*) FILTER (WHERE t.status = 'done' AND t.completed_on <= t.due_on) AS on_time,
        count(*) FILTER (WHERE t.status = 'done' AND (t.completed_on IS NULL OR t.completed_on > t.due_on)) AS late,
        count(*) FILTER (WHERE t.status <> 'done' AND t.due_on < ${s.today}::date) AS overdue,
        count(*) FILTER (WHERE t.status <> 'done' AND t.due_on >= ${s.today}::date) AS pending
      FROM tasks t JOIN organizations o ON o.id = t.lead_unit_id
      WHERE t.deleted_at IS NULL AND t.status <> 'cancelled' AND ${under(s, sql`t.scope_path`)}
        AND ${inScope(s.actor, 'tasks.read', sql`t.scope_path`)}
        AND t.due_on BETWEEN ${s.from}::date AND ${s.to}::date
      GROUP BY t.lead_unit_id, o.name, to_char(t.due_on, 'YYYY-MM')
    ) x
    ORDER BY month, unit_name, unit_id`.execute(db);
  return r.rows;
}

export interface PunctualityRow {
  organizationId: string; organizationName: string;
  expected: number; submitted: number; onTime: number; late: number; missing: number; rate: number | null;
}

/** Per reporting organization: of the periods due in the range, submitted by the due date (Vietnam day) or not. */
export async function reportPunctuality(db: Kysely<DB>, s: Slice): Promise<PunctualityRow[]> {
  const r = await sql<PunctualityRow>`
    SELECT organization_id, organization_name, expected, submitted, on_time, submitted - on_time AS late, missing,
      ${ratio('on_time', 'expected - not_due')} AS rate
    FROM (
      SELECT o.id AS organization_id, o.name AS organization_name, count(*) AS expected,
        count(s.submitted_at) AS submitted,
        count(*) FILTER (WHERE (s.submitted_at AT TIME ZONE 'UTC' + interval '7 hours')::date <= rp.due_on) AS on_time,
        count(*) FILTER (WHERE s.submitted_at IS NULL AND rp.due_on < ${s.today}::date) AS missing,
        count(*) FILTER (WHERE s.submitted_at IS NULL AND rp.due_on >= ${s.today}::date) AS not_due
      FROM report_periods rp
      JOIN report_schedule_reporters rr ON rr.schedule_id = rp.schedule_id
      JOIN organizations o ON o.id = rr.organization_id
      LEFT JOIN report_submissions s ON s.period_id = rp.id AND s.organization_id = o.id
      WHERE rp.due_on BETWEEN ${s.from}::date AND ${s.to}::date
        AND ${under(s, sql`o.path`)} AND ${inScope(s.actor, 'reports.read', sql`o.path`)}
      GROUP BY o.id, o.name
    ) x
    ORDER BY organization_name, organization_id`.execute(db);
  return r.rows;
}

/** Documents received (incoming register) and issued (outgoing register) per month. */
export async function correspondenceByMonth(db: Kysely<DB>, s: Slice): Promise<Array<{ month: string; incoming: number; outgoing: number }>> {
  const r = await sql<{ month: string; incoming: number; outgoing: number }>`
    SELECT month, sum(incoming)::int AS incoming, sum(outgoing)::int AS outgoing FROM (
      SELECT to_char(i.received_on, 'YYYY-MM') AS month, 1 AS incoming, 0 AS outgoing FROM incoming_documents i
      WHERE i.received_on BETWEEN ${s.from}::date AND ${s.to}::date
        AND ${under(s, sql`i.scope_path`)} AND ${inScope(s.actor, 'correspondence.read', sql`i.scope_path`)}
      UNION ALL
      SELECT to_char(g.issued_on, 'YYYY-MM'), 0, 1 FROM outgoing_register g
      WHERE g.issued_on BETWEEN ${s.from}::date AND ${s.to}::date
        AND ${under(s, sql`g.scope_path`)} AND ${inScope(s.actor, 'correspondence.read', sql`g.scope_path`)}
    ) x
    GROUP BY month ORDER BY month`.execute(db);
  return r.rows;
}
