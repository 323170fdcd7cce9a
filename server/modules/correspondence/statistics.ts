import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Ctx } from '../../http/context.ts';
import { inScope, withinClearance } from '../../http/scope.ts';
import { handlerVisible } from '../letters/letters.ts';
import type { MonthStatistics } from './correspondence.schema.ts';

/**
 * Monthly statistics of correspondence (how many in, out, handled, late), aggregated in SQL over the
 * twelve months of a year. "Late" compares the day handled with the deadline; "overdue" counts the
 * entries still open at the end of the month whose deadline had passed.
 */

type Row = Omit<MonthStatistics, 'month'> & { m: number };

export async function monthlyStatistics(ctx: Ctx, year: number, organizationId?: string): Promise<{ year: number; months: MonthStatistics[] }> {
  const org = (alias: string): RawBuilder<SqlBool> => (organizationId ? sql<SqlBool>`${sql.ref(`${alias}.organization_id`)} = ${organizationId}` : sql<SqlBool>`true`);
  const incoming = sql<SqlBool>`${inScope(ctx.actor, 'correspondence.read', sql.ref('i.scope_path'))} AND ${withinClearance(ctx.actor, sql.ref('i.secrecy'))} AND ${org('i')}`;
  const outgoing = sql<SqlBool>`${inScope(ctx.actor, 'correspondence.read', sql.ref('g.scope_path'))} AND ${withinClearance(ctx.actor, sql.ref('d.secrecy'))} AND ${org('g')}`;
  const letters = sql<SqlBool>`${inScope(ctx.actor, 'letters.read', sql.ref('l.scope_path'))} AND ${handlerVisible(ctx.actor, 'l')} AND ${org('l')}`;
  const rows = await sql<Row>`
    WITH months AS (
      SELECT m, make_date(${year}::int, m, 1) AS first_day, (make_date(${year}::int, m, 1) + interval '1 month' - interval '1 day')::date AS last_day
      FROM generate_series(1, 12) AS m
    )
    SELECT months.m,
      (SELECT count(*) FROM incoming_documents i WHERE ${incoming} AND i.received_on BETWEEN first_day AND last_day)::int AS incoming,
      (SELECT count(*) FROM incoming_documents i WHERE ${incoming} AND i.done_on BETWEEN first_day AND last_day)::int AS incoming_handled,
      (SELECT count(*) FROM incoming_documents i WHERE ${incoming} AND i.done_on BETWEEN first_day AND last_day AND i.done_on > i.deadline)::int AS incoming_handled_late,
      (SELECT count(*) FROM incoming_documents i WHERE ${incoming} AND i.received_on <= last_day
         AND (i.done_on IS NULL OR i.done_on > last_day) AND i.deadline < last_day)::int AS incoming_overdue,
      (SELECT count(*) FROM outgoing_register g JOIN documents d ON d.id = g.document_id WHERE ${outgoing} AND g.issued_on BETWEEN first_day AND last_day)::int AS outgoing,
      (SELECT count(*) FROM letters l WHERE ${letters} AND l.received_on BETWEEN first_day AND last_day)::int AS letters,
      (SELECT count(*) FROM letters l WHERE ${letters} AND l.answered_on BETWEEN first_day AND last_day)::int AS letters_answered,
      (SELECT count(*) FROM letters l WHERE ${letters} AND l.answered_on BETWEEN first_day AND last_day AND l.answered_on > l.deadline)::int AS letters_answered_late
    FROM months ORDER BY months.m`.execute(ctx.db);
  return {
    year,
    months: rows.rows.map(({ m, ...counts }) => ({ month: `${year}-${String(m).padStart(2, '0')}`, ...counts })),
  };
}
