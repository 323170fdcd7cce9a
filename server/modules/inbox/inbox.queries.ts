import { type Kysely, type RawBuilder, sql } from 'kysely';
import { CURRENT_STATUSES } from '../members/index.ts';
import type { DB } from '../../db/schema.ts';
import { withinClearance } from '../../http/scope.ts';
import { addDays } from '../../lib/dates.ts';
import type { Actor } from '../../lib/roles.ts';
import { NOTICE_DAYS, REPORTER_ROLES } from '../notifications/index.ts';
import type { InboxItem, InboxSection, InboxSectionKey } from './inbox.schema.ts';

type Row = InboxItem & { total: number; anyOverdue: boolean };

/**
 * One section from a query yielding (id, kind, title, subtitle, due_on, link, overdue): the first `limit`
 * by urgency, with the count and the overdue flag over all of them, in one round trip.
 */
export async function section(db: Kysely<DB>, key: InboxSectionKey, items: RawBuilder<unknown>, limit: number): Promise<InboxSection> {
  const result = await sql<Row>`
    SELECT x.*, count(*) OVER () AS total, bool_or(x.overdue) OVER () AS any_overdue
    FROM (${items}) x
    ORDER BY x.due_on NULLS LAST, x.title, x.id
    LIMIT ${limit}`.execute(db);
  const first = result.rows[0];
  return {
    key,
    count: Number(first?.total ?? 0),
    overdue: first?.anyOverdue ?? false,
    items: result.rows.map(({ total: _t, anyOverdue: _a, ...item }) => item),
  };
}

const NONE = '00000000-0000-0000-0000-000000000000';
const personOf = (actor: Actor) => actor.personId ?? NONE;

/** Open tasks I own that are due within the notice window or overdue. */
export const myTasks = (actor: Actor, today: string) => sql`
  SELECT t.id, t.status AS kind, t.title, o.name AS subtitle, t.due_on, '/tasks/' || t.id AS link, t.due_on < ${today}::date AS overdue
  FROM tasks t JOIN organizations o ON o.id = t.lead_unit_id
  WHERE t.owner_person_id = ${personOf(actor)} AND t.deleted_at IS NULL AND t.status IN ('open', 'in_progress')
    AND t.due_on <= ${addDays(today, NOTICE_DAYS)}::date`;

/**
 * Open periods an organization I report for (my cell secretary or office grant on it) has not submitted,
 * or was returned: once the data period has ended, or the due date is near.
 */
export function myReports(actor: Actor, today: string) {
  const orgs = actor.grants.filter((g) => REPORTER_ROLES.includes(g.role)).map((g) => g.organizationId);
  return sql`
    SELECT rp.id, COALESCE(s.status, 'missing') AS kind, rs.name || ' — ' || rp.label AS title, o.name AS subtitle,
      rp.due_on, '/reports/periods/' || rp.id AS link, rp.due_on < ${today}::date AS overdue
    FROM report_periods rp
    JOIN report_schedules rs ON rs.id = rp.schedule_id AND rs.active
    JOIN report_schedule_reporters rr ON rr.schedule_id = rs.id
    JOIN organizations o ON o.id = rr.organization_id
    LEFT JOIN report_submissions s ON s.period_id = rp.id AND s.organization_id = o.id
    WHERE rp.state = 'open' AND rr.organization_id IN (${sql.join([NONE, ...orgs])})
      AND (s.id IS NULL OR s.status IN ('draft', 'returned'))
      AND (rp.period_end < ${today}::date OR rp.due_on <= ${addDays(today, NOTICE_DAYS)}::date)`;
}

/** Today's meetings where I am invited, or of an organization I hold a role on or belong to as a member. */
export function myMeetings(actor: Actor, today: string) {
  const orgs = actor.grants.map((g) => g.organizationId);
  const local = sql`(m.starts_at AT TIME ZONE 'UTC' + interval '7 hours')`;
  return sql`
    SELECT m.id, m.kind, m.title, to_char(${local}, 'HH24:MI') || COALESCE(' · ' || m.place, '') AS subtitle,
      ${today}::date AS due_on, '/meetings/' || m.id AS link, false AS overdue
    FROM meetings m
    WHERE m.deleted_at IS NULL AND m.state IN ('planned', 'invited', 'held')
      AND m.starts_at >= ${`${today}T00:00:00+07:00`}::timestamptz AND m.starts_at < ${`${addDays(today, 1)}T00:00:00+07:00`}::timestamptz
      AND (EXISTS (SELECT 1 FROM meeting_participants p WHERE p.meeting_id = m.id AND p.person_id = ${personOf(actor)})
        OR m.organization_id IN (${sql.join([NONE, ...orgs])})
        OR m.organization_id IN (SELECT mb.cell_id FROM members mb WHERE mb.person_id = ${personOf(actor)}
          AND mb.status IN (${sql.join(CURRENT_STATUSES)})))`;
}

/** Documents waiting for my signature (submitted, I am the named signer), within my clearance. */
export const documentsToSign = (actor: Actor) => sql`
  SELECT d.id, d.state AS kind, d.summary AS title, d.issuer_code AS subtitle, NULL::date AS due_on,
    '/documents/' || d.id AS link, false AS overdue
  FROM documents d
  WHERE d.signer_person_id = ${personOf(actor)} AND d.state = 'submitted' AND ${withinClearance(actor, sql`d.secrecy`)}`;

/** Incoming documents I was directed to handle and that are not done, within my clearance. */
export const incomingToHandle = (actor: Actor, today: string) => sql`
  SELECT i.id, i.urgency AS kind, i.summary AS title, i.sender || COALESCE(' · ' || i.symbol, '') AS subtitle,
    i.deadline AS due_on, '/incoming/' || i.id AS link, COALESCE(i.deadline < ${today}::date, false) AS overdue
  FROM incoming_documents i
  WHERE i.lead_person_id = ${personOf(actor)} AND i.state <> 'done' AND i.done_on IS NULL
    AND ${withinClearance(actor, sql`i.secrecy`)}`;
