import { type Kysely, type SqlBool, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { inScope } from '../../http/scope.ts';
import { todayInVietnam } from '../../lib/dates.ts';
import type { Actor } from '../../lib/roles.ts';

/**
 * Every reporter of a period with its submission's state: 'missing' when nothing was saved. Days late
 * count calendar days after the due date: up to the day it was sent, or up to today while not sent.
 */
export async function periodSubmissions(db: Kysely<DB>, actor: Actor, periodId: string, dueOn: string, all: boolean) {
  const today = todayInVietnam();
  const rows = await db.selectFrom('reportPeriods as p')
    .innerJoin('reportScheduleReporters as r', 'r.scheduleId', 'p.scheduleId')
    .innerJoin('organizations as o', 'o.id', 'r.organizationId')
    .leftJoin('reportSubmissions as sub', (j) => j.onRef('sub.periodId', '=', 'p.id').onRef('sub.organizationId', '=', 'r.organizationId'))
    .select([
      'o.id as organizationId', 'o.name as organizationName', 'sub.id as submissionId', 'sub.submittedAt', 'sub.version',
      sql<'missing' | 'draft' | 'submitted' | 'returned' | 'accepted'>`coalesce(sub.status, 'missing')`.as('status'),
      // Vietnam is UTC+7 all year: the day a report was sent, there.
      sql<number>`greatest(0, (CASE WHEN sub.status IN ('submitted', 'accepted') THEN ((sub.submitted_at AT TIME ZONE 'UTC') + interval '7 hours')::date
        ELSE ${today}::date END) - ${dueOn}::date)`.as('daysLate'),
    ])
    .where('p.id', '=', periodId)
    .where((eb) => (all ? sql<SqlBool>`true` : inScope(actor, 'reports.read', eb.ref('o.path'))))
    .orderBy('o.name').execute();
  return rows.map((r) => ({ ...r, daysLate: Number(r.daysLate) }));
}
