import { sql } from 'kysely';
import type { Ctx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { inScope } from '../../http/scope.ts';
import { todayInVietnam } from '../../lib/dates.ts';
import { ruleOn } from '../rules/index.ts';
import { readableOrganization, vnMidnight } from './meetings.calendar.ts';
import type { ComplianceQuery, ComplianceReport, ComplianceRow } from './meetings.compliance.schema.ts';

export { complianceQuery, complianceReport, complianceRow, type ComplianceReport, type ComplianceRow } from './meetings.compliance.schema.ts';

/**
 * The compliance dashboard: did every cell hold its monthly meeting (Party Charter art. 24), its
 * thematic meeting each quarter (practice), and did enough members attend? One row per cell, twelve
 * months and four quarters each, computed by one SQL statement per page.
 *
 * attendanceShare is computed from the participants, not from the quorum stored on the meeting:
 * present members / invited members, where a member is an attendee with a member status on the day
 * (guests and invited non-members do not count). It is a fraction 0..1, rounded to 4 places.
 */

interface Cursor {
  n: string;
  id: string;
}
const encode = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');
function decode(raw: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<Cursor>;
    if (typeof c.n === 'string' && typeof c.id === 'string' && /^[0-9a-f-]{36}$/i.test(c.id)) return { n: c.n, id: c.id };
  } catch {
    // fall through
  }
  throw new AppError(400, 'request.malformed');
}

interface RawRow {
  id: string;
  name: string;
  nameFold: string;
  foundedOn: string | null;
  regular: Array<{ month: number; meetingId: string; present: number; invited: number }> | null;
  thematic: number[] | null;
}

/** Local (Vietnam) month and quarter of a meeting's start. */
const localStart = sql`(timezone('UTC', m.starts_at) + interval '7 hours')`;

async function cellsPage(ctx: Ctx, prefix: string | null, year: number, limit: number, cursor: Cursor | null): Promise<RawRow[]> {
  const start = vnMidnight(`${year}-01-01`);
  const end = vnMidnight(`${year + 1}-01-01`);
  const result = await sql<RawRow>`
    WITH cells AS (
      SELECT o.id, o.name, o.name_fold, o.founded_on
      FROM organizations o
      WHERE o.kind IN ('cell_under_committee', 'grassroots_cell')
        AND o.deleted_at IS NULL AND o.dissolved_on IS NULL
        AND ${prefix === null ? sql`true` : sql`o.path LIKE ${`${prefix}%`}`}
        AND ${inScope(ctx.actor, 'meetings.read', sql.ref('o.path'))}
        AND ${cursor ? sql`(o.name_fold COLLATE "C", o.id) > (${cursor.n}, ${cursor.id}::uuid)` : sql`true`}
      ORDER BY o.name_fold COLLATE "C", o.id
      LIMIT ${limit + 1}
    )
    SELECT c.id, c.name, c.name_fold AS "nameFold", c.founded_on::text AS "foundedOn",
      (SELECT json_agg(json_build_object('month', r.month, 'meetingId', r.id, 'present', r.present, 'invited', r.invited) ORDER BY r.month)
       FROM (
         SELECT DISTINCT ON (extract(month FROM ${localStart})) m.id, extract(month FROM ${localStart})::int AS month, a.present, a.invited
         FROM meetings m
         CROSS JOIN LATERAL (
           SELECT (count(*) FILTER (WHERE p.attendance = 'present'))::int AS present, count(*)::int AS invited
           FROM meeting_participants p
           WHERE p.meeting_id = m.id AND p.kind = 'attendee' AND p.member_status IS NOT NULL) a
         WHERE m.organization_id = c.id AND m.kind = 'cell_regular' AND m.state = 'held' AND m.deleted_at IS NULL
           AND m.starts_at >= ${start} AND m.starts_at < ${end}
         ORDER BY extract(month FROM ${localStart}), m.starts_at
       ) r) AS regular,
      (SELECT array_agg(DISTINCT ((extract(month FROM ${localStart})::int + 2) / 3))
       FROM meetings m
       WHERE m.organization_id = c.id AND m.kind = 'cell_thematic' AND m.state = 'held' AND m.deleted_at IS NULL
         AND m.starts_at >= ${start} AND m.starts_at < ${end}) AS thematic
    FROM cells c
    ORDER BY c.name_fold COLLATE "C", c.id`.execute(ctx.db);
  return result.rows;
}

/** The last day of a month, 'YYYY-MM-DD'. */
const monthEnd = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);

/** Shapes one cell's row: a month is missed only once it has ended, and only if the cell existed then. */
export function toComplianceRow(raw: RawRow, year: number, today: string, thresholdBasisPoints: number): ComplianceRow {
  const byMonth = new Map((raw.regular ?? []).map((r) => [r.month, r]));
  const months = Array.from({ length: 12 }, (_, i) => {
    const month = i + 1;
    const held = byMonth.get(month);
    const end = monthEnd(year, month);
    const due = end < today && (raw.foundedOn === null || raw.foundedOn <= end);
    const attendanceShare = held && held.invited > 0 ? Math.round((held.present / held.invited) * 10_000) / 10_000 : null;
    return { month, regularHeld: Boolean(held), meetingId: held?.meetingId ?? null, attendanceShare, due };
  });
  const thematic = new Set(raw.thematic ?? []);
  const missedMonths = months.filter((m) => m.due && !m.regularHeld).length;
  const lowAttendanceMonths = months.filter((m) => m.attendanceShare !== null && m.attendanceShare * 10_000 < thresholdBasisPoints).length;
  return {
    organizationId: raw.id,
    organizationName: raw.name,
    months,
    quarters: [1, 2, 3, 4].map((quarter) => ({ quarter, thematicHeld: thematic.has(quarter) })),
    missedMonths,
    lowAttendanceMonths,
    flagged: missedMonths > 0 || lowAttendanceMonths > 0,
  };
}

export async function meetingCompliance(ctx: Ctx, q: ComplianceQuery): Promise<ComplianceReport> {
  const today = todayInVietnam();
  const year = q.year ?? Number(today.slice(0, 4));
  const prefix = q.organizationId ? (await readableOrganization(ctx, q.organizationId)).path : null;
  // The threshold valid at the end of the year, or today for the current year.
  const yearEnd = `${year}-12-31`;
  const rule = await ruleOn(ctx.db, 'meeting.attendance_alert', yearEnd < today ? yearEnd : today);
  const rows = await cellsPage(ctx, prefix, year, q.limit, q.cursor ? decode(q.cursor) : null);
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  const next = rows.length > q.limit && last ? encode({ n: last.nameFold, id: last.id }) : null;
  return {
    year,
    thresholdBasisPoints: rule.basisPoints,
    data: page.map((r) => toComplianceRow(r, year, today, rule.basisPoints)),
    links: { next },
  };
}
