import type { Scenario, Targets } from './scenario.types.ts';

/**
 * The meetings screens under load: a committee's calendar for one month, and the compliance dashboard's
 * first page of cells of the whole bloc for a year. The SQL twins are the statements of
 * meetings.calendar.ts and meetings.compliance.ts, with the administrator's scope (the whole tree).
 * The month and year lie inside the generated data (which runs up to December 2026).
 */

export const CALENDAR_MONTH = { from: '2026-11-01', to: '2026-11-30' };
export const COMPLIANCE_YEAR = 2025;
const vnMidnight = (day: string) => `${day}T00:00:00+07:00`;
const localStart = `(timezone('UTC', m.starts_at) + interval '7 hours')`;

export function meetingScenarios(t: Targets): Scenario[] {
  return [
    {
      name: 'meeting calendar: a month of a large committee',
      path: `/api/v1/meetings/calendar?from=${CALENDAR_MONTH.from}&to=${CALENDAR_MONTH.to}&organizationId=${t.committeeId}`,
      sql: `SELECT m.id, m.organization_id, o.name, m.kind, m.ordinal, m.title, m.starts_at, m.ends_at, m.place, m.state, m.version, m.updated_at
            FROM meetings m JOIN organizations o ON o.id = m.organization_id
            WHERE m.deleted_at IS NULL AND m.scope_path LIKE $1 AND m.starts_at >= $2 AND m.starts_at < $3
            ORDER BY m.starts_at, m.id`,
      params: [`${t.committeePath}%`, vnMidnight(CALENDAR_MONTH.from), vnMidnight('2026-12-01')],
    },
    {
      name: 'compliance dashboard: a year, first page of cells of the whole bloc',
      path: `/api/v1/meetings/compliance?organizationId=${t.rootId}&year=${COMPLIANCE_YEAR}&limit=50`,
      sql: `WITH cells AS (
              SELECT o.id, o.name, o.name_fold, o.founded_on FROM organizations o
              WHERE o.kind IN ('cell_under_committee', 'grassroots_cell') AND o.deleted_at IS NULL AND o.dissolved_on IS NULL AND o.path LIKE $1
              ORDER BY o.name_fold COLLATE "C", o.id LIMIT 51)
            SELECT c.id, c.name, c.name_fold, c.founded_on::text,
              (SELECT json_agg(json_build_object('month', r.month, 'meetingId', r.id, 'present', r.present, 'invited', r.invited) ORDER BY r.month)
               FROM (
                 SELECT DISTINCT ON (extract(month FROM ${localStart})) m.id, extract(month FROM ${localStart})::int AS month, a.present, a.invited
                 FROM meetings m
                 CROSS JOIN LATERAL (
                   SELECT (count(*) FILTER (WHERE p.attendance = 'present'))::int AS present, count(*)::int AS invited
                   FROM meeting_participants p WHERE p.meeting_id = m.id AND p.kind = 'attendee' AND p.member_status IS NOT NULL) a
                 WHERE m.organization_id = c.id AND m.kind = 'cell_regular' AND m.state = 'held' AND m.deleted_at IS NULL
                   AND m.starts_at >= $2 AND m.starts_at < $3
                 ORDER BY extract(month FROM ${localStart}), m.starts_at) r) AS regular,
              (SELECT array_agg(DISTINCT ((extract(month FROM ${localStart})::int + 2) / 3)) FROM meetings m
               WHERE m.organization_id = c.id AND m.kind = 'cell_thematic' AND m.state = 'held' AND m.deleted_at IS NULL
                 AND m.starts_at >= $2 AND m.starts_at < $3) AS thematic
            FROM cells c ORDER BY c.name_fold COLLATE "C", c.id`,
      params: [`${t.rootPath}%`, vnMidnight(`${COMPLIANCE_YEAR}-01-01`), vnMidnight(`${COMPLIANCE_YEAR + 1}-01-01`)],
    },
  ];
}
