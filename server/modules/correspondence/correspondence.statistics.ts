import { todayInVietnam } from '../../lib/dates.ts';
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Ctx } from '../../http/context.ts';
import { inScope, withinClearance } from '../../http/scope.ts';
import { handlerVisible } from '../letters/index.ts';
import type { MonthStatistics } from './correspondence.schema.ts';

/**
 * Monthly statistics of correspondence (how many in, out, handled, late), aggregated in SQL over the
 * twelve months of a year: one grouped pass per measure, so the cost grows with the year's rows, not
 * with rows times months. "Late" compares the day handled with the deadline; "overdue" counts the
 * entries still open at the end of a month whose deadline had passed: only entries handled late or
 * not at all can be, so those few are the ones matched against the months.
 */

type Row = Omit<MonthStatistics, 'month'> & { m: number };

export async function monthlyStatistics(ctx: Ctx, year: number, organizationId?: string): Promise<{ year: number; months: MonthStatistics[] }> {
  const org = (alias: string): RawBuilder<SqlBool> => (organizationId ? sql<SqlBool>`${sql.ref(`${alias}.organization_id`)} = ${organizationId}` : sql<SqlBool>`true`);
  const incoming = sql<SqlBool>`${inScope(ctx.actor, 'correspondence.read', sql.ref('i.scope_path'))} AND ${withinClearance(ctx.actor, sql.ref('i.secrecy'))} AND ${org('i')}`;
  const outgoing = sql<SqlBool>`${inScope(ctx.actor, 'correspondence.read', sql.ref('g.scope_path'))} AND ${withinClearance(ctx.actor, sql.ref('d.secrecy'))} AND ${org('g')}`;
  const letters = sql<SqlBool>`${inScope(ctx.actor, 'letters.read', sql.ref('l.scope_path'))} AND ${handlerVisible(ctx.actor, 'l')} AND ${org('l')}`;
  const [y0, y1] = [`${year}-01-01`, `${year}-12-31`];
  const today = todayInVietnam();
  const month = (col: string) => sql`extract(month FROM ${sql.ref(col)})::int`;
  const rows = await sql<Row>`
    WITH months AS (
      -- A month not over yet counts what is overdue today; a month still to come has nothing overdue.
      SELECT m, make_date(${year}::int, m, 1) AS first_day,
        least((make_date(${year}::int, m, 1) + interval '1 month' - interval '1 day')::date, ${today}::date) AS last_day
      FROM generate_series(1, 12) AS m
    ),
    received AS (SELECT ${month('i.received_on')} AS m, count(*) AS n FROM incoming_documents i
      WHERE ${incoming} AND i.received_on BETWEEN ${y0} AND ${y1} GROUP BY 1),
    handled AS (SELECT ${month('i.done_on')} AS m, count(*) AS n, count(*) FILTER (WHERE i.done_on > i.deadline) AS late FROM incoming_documents i
      WHERE ${incoming} AND i.done_on BETWEEN ${y0} AND ${y1} GROUP BY 1),
    late_or_open AS (SELECT i.received_on, i.done_on, i.deadline FROM incoming_documents i
      WHERE ${incoming} AND i.deadline < ${y1} AND i.received_on <= ${y1} AND (i.done_on IS NULL OR (i.done_on > i.deadline AND i.done_on >= ${y0}))),
    overdue AS (SELECT months.m, count(*) AS n FROM months JOIN late_or_open c
      ON c.deadline < months.last_day AND c.received_on <= months.last_day AND (c.done_on IS NULL OR c.done_on > months.last_day)
      WHERE months.first_day <= ${today}::date GROUP BY 1),
    issued AS (SELECT ${month('g.issued_on')} AS m, count(*) AS n FROM outgoing_register g JOIN documents d ON d.id = g.document_id
      WHERE ${outgoing} AND g.issued_on BETWEEN ${y0} AND ${y1} GROUP BY 1),
    letters_in AS (SELECT ${month('l.received_on')} AS m, count(*) AS n FROM letters l WHERE ${letters} AND l.received_on BETWEEN ${y0} AND ${y1} GROUP BY 1),
    letters_out AS (SELECT ${month('l.answered_on')} AS m, count(*) AS n, count(*) FILTER (WHERE l.answered_on > l.deadline) AS late FROM letters l
      WHERE ${letters} AND l.answered_on BETWEEN ${y0} AND ${y1} GROUP BY 1)
    SELECT months.m,
      coalesce(received.n, 0)::int AS incoming, coalesce(handled.n, 0)::int AS incoming_handled, coalesce(handled.late, 0)::int AS incoming_handled_late,
      coalesce(overdue.n, 0)::int AS incoming_overdue, coalesce(issued.n, 0)::int AS outgoing, coalesce(letters_in.n, 0)::int AS letters,
      coalesce(letters_out.n, 0)::int AS letters_answered, coalesce(letters_out.late, 0)::int AS letters_answered_late
    FROM months
      LEFT JOIN received USING (m) LEFT JOIN handled USING (m) LEFT JOIN overdue USING (m) LEFT JOIN issued USING (m)
      LEFT JOIN letters_in USING (m) LEFT JOIN letters_out USING (m)
    ORDER BY months.m`.execute(ctx.db);
  return {
    year,
    months: rows.rows.map(({ m, ...counts }) => ({ month: `${year}-${String(m).padStart(2, '0')}`, ...counts })),
  };
}
