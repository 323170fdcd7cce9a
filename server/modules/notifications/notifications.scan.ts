import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { addDays } from '../../lib/dates.ts';
import { type Actor, type Role, ROLE_PERMISSIONS } from '../../lib/roles.ts';
import { loadGrants } from '../auth/index.ts';
import { findReminders } from '../members/index.ts';

/** A deadline is announced this many days ahead; overdue items are announced too (once per deadline). */
export const NOTICE_DAYS = 3;
/** Who submits an organization's periodic reports: the roles granted on that organization itself. */
export const REPORTER_ROLES: readonly Role[] = ['cell_secretary', 'committee_office'];
/** Roles that may act on member records: they receive the members' deadlines. */
export const MEMBER_WRITER_ROLES = (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((r) => ROLE_PERMISSIONS[r].includes('members.write'));

const vnMidnight = (day: string) => `${day}T00:00:00+07:00`;

/**
 * Creates the day's notifications: tasks, reports, members' deadlines, meetings. Each notified fact has a
 * dedupe key, so running the scan again (a retry, a second app instance) adds nothing. The number added.
 */
export async function scanReminders(db: Kysely<DB>, day: string): Promise<number> {
  const counts = [
    await notifyTasks(db, day),
    await notifyReports(db, day),
    await notifyMeetings(db, day),
    await notifyMemberDeadlines(db),
  ];
  return counts.reduce((a, b) => a + b, 0);
}

const inserted = (r: { numAffectedRows?: bigint }) => Number(r.numAffectedRows ?? 0);

// Set-based inserts: ids come from gen_random_uuid() (core PostgreSQL, in PGlite too) rather than one
// round trip per row from the app.
async function notifyTasks(db: Kysely<DB>, day: string): Promise<number> {
  const r = await sql`
    INSERT INTO notifications (id, person_id, kind, title, link, due_on, dedupe_key)
    SELECT gen_random_uuid(), t.owner_person_id, x.kind, t.title, '/tasks/' || t.id, t.due_on,
      'task:' || t.id || ':' || t.due_on || ':' || x.kind
    FROM tasks t
    CROSS JOIN LATERAL (SELECT CASE WHEN t.due_on < ${day}::date THEN 'task_overdue' ELSE 'task_due' END AS kind) x
    WHERE t.deleted_at IS NULL AND t.status IN ('open', 'in_progress') AND t.owner_person_id IS NOT NULL
      AND t.due_on <= ${addDays(day, NOTICE_DAYS)}::date
    ON CONFLICT (dedupe_key) DO NOTHING`.execute(db);
  return inserted(r);
}

async function notifyReports(db: Kysely<DB>, day: string): Promise<number> {
  const r = await sql`
    INSERT INTO notifications (id, person_id, kind, title, body, link, due_on, dedupe_key)
    SELECT DISTINCT ON (dedupe) gen_random_uuid(), person_id, kind, title, body, link, due_on, dedupe FROM (
      SELECT u.person_id, x.kind, rs.name || ' — ' || rp.label AS title, o.name AS body,
        '/reports/periods/' || rp.id AS link, rp.due_on,
        'report:' || rp.id || ':' || o.id || ':' || u.person_id || ':' || x.kind AS dedupe
      FROM report_periods rp
      JOIN report_schedules rs ON rs.id = rp.schedule_id AND rs.active
      JOIN report_schedule_reporters rr ON rr.schedule_id = rs.id
      JOIN organizations o ON o.id = rr.organization_id
      JOIN role_grants g ON g.organization_id = o.id AND g.role IN (${sql.join(REPORTER_ROLES)})
      JOIN users u ON u.id = g.user_id AND u.person_id IS NOT NULL AND u.disabled_at IS NULL
      LEFT JOIN report_submissions s ON s.period_id = rp.id AND s.organization_id = o.id
      CROSS JOIN LATERAL (SELECT CASE WHEN rp.due_on < ${day}::date THEN 'report_late' ELSE 'report_due' END AS kind) x
      WHERE rp.state = 'open' AND rp.due_on <= ${addDays(day, NOTICE_DAYS)}::date
        AND (s.id IS NULL OR s.status IN ('draft', 'returned'))
    ) n
    ON CONFLICT (dedupe_key) DO NOTHING`.execute(db);
  return inserted(r);
}

async function notifyMeetings(db: Kysely<DB>, day: string): Promise<number> {
  const r = await sql`
    INSERT INTO notifications (id, person_id, kind, title, body, link, due_on, dedupe_key)
    SELECT gen_random_uuid(), p.person_id, 'meeting_today', m.title, m.place, '/meetings/' || m.id, ${day}::date,
      'meeting:' || m.id || ':' || ${day} || ':' || p.person_id
    FROM meetings m JOIN meeting_participants p ON p.meeting_id = m.id AND p.person_id IS NOT NULL
    WHERE m.deleted_at IS NULL AND m.state IN ('planned', 'invited')
      AND m.starts_at >= ${vnMidnight(day)}::timestamptz AND m.starts_at < ${vnMidnight(addDays(day, 1))}::timestamptz
    ON CONFLICT (dedupe_key) DO NOTHING`.execute(db);
  return inserted(r);
}

/**
 * Members' deadlines go to every user (with a person) who may act on the member's cell. The deadlines are
 * the member register's own reminders, read as that user with only the roles that write member records.
 */
async function notifyMemberDeadlines(db: Kysely<DB>): Promise<number> {
  const users = await db
    .selectFrom('users as u')
    .select(['u.id', 'u.username', 'u.displayName', 'u.personId', 'u.isSystemAdmin'])
    .where('u.personId', 'is not', null)
    .where('u.disabledAt', 'is', null)
    .where((eb) =>
      eb.or([
        eb('u.isSystemAdmin', '=', true),
        eb.exists(eb.selectFrom('roleGrants as g').select('g.id').whereRef('g.userId', '=', 'u.id').where('g.role', 'in', MEMBER_WRITER_ROLES)),
      ]),
    )
    .execute();
  let count = 0;
  for (const u of users) {
    const personId = u.personId;
    if (!personId) continue;
    const actor = await memberWriter(db, u);
    const reminders = await findReminders({ db, actor, requestId: 'reminder-scan', lang: 'vi' }, undefined, NOTICE_DAYS);
    if (reminders.length === 0) continue;
    const rows = reminders.map((m) => {
      const kind = m.overdue ? ('member_overdue' as const) : ('member_deadline' as const);
      return {
        id: randomUUID(), personId, kind, topic: m.kind, title: m.fullName, body: m.cellName,
        link: `/members/${m.memberId}`, dueOn: m.dueOn, dedupeKey: `member:${m.kind}:${m.memberId}:${m.dueOn}:${personId}:${kind}`,
      };
    });
    const r = await db.insertInto('notifications').values(rows).onConflict((oc) => oc.column('dedupeKey').doNothing()).executeTakeFirst();
    count += Number(r.numInsertedOrUpdatedRows ?? 0);
  }
  return count;
}

type UserRow = { id: string; username: string; displayName: string; personId: string | null; isSystemAdmin: boolean };

/** The user as an actor holding only the grants that write member records (what "my deadlines" means). */
export async function memberWriter(db: Kysely<DB>, u: UserRow): Promise<Actor> {
  const grants = await loadGrants(db, u.id, u.isSystemAdmin);
  return {
    userId: u.id, username: u.username, displayName: u.displayName, personId: u.personId, clearance: 0,
    isSystemAdmin: u.isSystemAdmin, grants: grants.filter((g) => MEMBER_WRITER_ROLES.includes(g.role)), via: 'session',
  };
}
