import { TASK_STATUSES, type TaskStatus } from '../../../common/enums.ts';
import type { Ctx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { overlappingOrganization } from '../../http/scope.ts';
import { todayInVietnam } from '../../lib/dates.ts';
import type { Permission } from '../../lib/roles.ts';
import * as q from './dashboards.queries.ts';
import type { WorkDashboard, WorkQuery } from './dashboards.schema.ts';

const READERS: readonly Permission[] = ['tasks.read', 'reports.read', 'correspondence.read'];

/**
 * The work dashboard of an organization's subtree. The organization must overlap what the actor reads
 * (tasks, reports or correspondence); each aggregate is then kept to the rows its own permission reaches,
 * so a cell secretary asking for the committee sees their cell's part, and an outsider gets 404.
 */
export async function workDashboard(ctx: Ctx, query: WorkQuery): Promise<WorkDashboard> {
  const org = await overlappingOrganization(ctx.db, ctx.actor, query.organizationId, READERS);
  const today = todayInVietnam();
  const from = query.from ?? `${today.slice(0, 4)}-01-01`;
  const to = query.to ?? today;
  if (from > to) throw new AppError(400, 'dashboard.range_invalid');
  const slice: q.Slice = { actor: ctx.actor, path: org.path, from, to, today };
  const counts = await q.taskCounts(ctx.db, slice);
  return {
    organizationId: query.organizationId,
    from,
    to,
    tasks: tasksSummary(counts),
    onTime: await q.onTimeByUnitMonth(ctx.db, slice),
    reports: await q.reportPunctuality(ctx.db, slice),
    correspondence: await q.correspondenceByMonth(ctx.db, slice),
  };
}

const zeroes = () => Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>;

/** Folds the (unit, status) counts into totals by status and one row per unit; no further arithmetic. */
function tasksSummary(rows: q.TaskCountRow[]): WorkDashboard['tasks'] {
  const byStatus = zeroes();
  const units = new Map<string, WorkDashboard['tasks']['byUnit'][number]>();
  for (const r of rows) {
    byStatus[r.status] += r.n;
    const unit = units.get(r.unitId) ?? { unitId: r.unitId, unitName: r.unitName, byStatus: zeroes(), total: 0, overdue: 0 };
    unit.byStatus[r.status] += r.n;
    unit.total += r.n;
    unit.overdue += r.overdue;
    units.set(r.unitId, unit);
  }
  return { byStatus, byUnit: [...units.values()] };
}
