import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { officialDateLine, vnUpper } from '../../../common/vietnamese.ts';
import type { Ctx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { inScope, organizationFor } from '../../http/scope.ts';
import { addDays, todayInVietnam } from '../../lib/dates.ts';
import { scopesFor } from '../../lib/roles.ts';
import { ruleOn } from '../rules/index.ts';
import type { PartyHeading } from '../../lib/docx/index.ts';
import type { MeetingSummary } from './meetings.schema.ts';
import { summaryColumns, visibleMeetings } from './meetings.queries.ts';

/**
 * The meetings calendar: what the user may see between two days, and the iCalendar feeds that calendar
 * applications subscribe to. Days are Vietnam days (UTC+7): a meeting at 06:00 on the 1st in Hà Nội
 * is on the 1st even though it is still the 31st in UTC.
 */

/** A month view with the weeks around it fits; a year at once would be a report, not a calendar. */
export const CALENDAR_MAX_DAYS = 62;
/** Personal and organization feeds: what a phone needs, not the whole history. */
export const FEED_DAYS_BACK = 90;
export const FEED_DAYS_AHEAD = 365;
/** A subscribed feed is fetched every few hours: bounded so one large committee cannot make it huge. */
export const FEED_MAX_EVENTS = 5000;

export const vnMidnight = (day: string) => `${day}T00:00:00+07:00`;

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** The organization, if the actor may read meetings there; else 404 (never a hint that it exists). */
export const readableOrganization = (ctx: Ctx, organizationId: string) => organizationFor(ctx.db, ctx.actor, organizationId, 'meetings.read');

function summaries(ctx: Ctx) {
  return ctx.db
    .selectFrom('meetings as m')
    .innerJoin('organizations as o', 'o.id', 'm.organizationId')
    .select(summaryColumns)
    .where('m.deletedAt', 'is', null);
}

/** Meetings starting on the days from..to (inclusive) that the actor may see, optionally in one subtree. */
export async function calendarMeetings(ctx: Ctx, q: { from: string; to: string; organizationId?: string | undefined }): Promise<MeetingSummary[]> {
  const span = daysBetween(q.from, q.to);
  if (span < 0) throw new AppError(400, 'calendar.range_reversed');
  if (span + 1 > CALENDAR_MAX_DAYS) throw new AppError(400, 'calendar.range_too_long', { days: CALENDAR_MAX_DAYS });
  // The same meetings as the list: those in the reader's scope and those they are invited to.
  let query = visibleMeetings(ctx.db, ctx.actor).select(summaryColumns)
    .where('m.startsAt', '>=', vnMidnight(q.from))
    .where('m.startsAt', '<', vnMidnight(addDays(q.to, 1)));
  if (q.organizationId) {
    const org = await readableOrganization(ctx, q.organizationId);
    query = query.where('m.scopePath', 'like', `${org.path}%`);
  }
  return query.orderBy('m.startsAt').orderBy('m.id').execute();
}

/** Cells the person belongs to now (a transferred-out or ended record is history, not membership). */
const ACTIVE_MEMBER = ['probationary', 'official', 'exempt', 'temporarily_elsewhere'];
const myCells = (db: Kysely<DB>, personId: string) =>
  db.selectFrom('members as mb').select('mb.cellId').where('mb.personId', '=', personId).where('mb.status', 'in', ACTIVE_MEMBER);

function feedWindow() {
  const today = todayInVietnam();
  return { from: vnMidnight(addDays(today, -FEED_DAYS_BACK)), to: vnMidnight(addDays(today, FEED_DAYS_AHEAD + 1)) };
}

/**
 * My calendar: meetings I am invited to (as a member, a guest or a chair), and every meeting of the
 * cells I belong to that I may read. An invitation is shown even outside my reading scope: the
 * invitation itself already told me its time and place.
 */
export async function personalFeedMeetings(ctx: Ctx): Promise<MeetingSummary[]> {
  const personId = ctx.actor.personId;
  if (!personId) return [];
  const w = feedWindow();
  return summaries(ctx)
    .where('m.startsAt', '>=', w.from)
    .where('m.startsAt', '<', w.to)
    // Two index lookups (my invitations; my cells' meetings) instead of testing every meeting in the window.
    .where('m.id', 'in', (eb) =>
      eb
        .selectFrom('meetingParticipants as p')
        .select('p.meetingId')
        .where('p.personId', '=', personId)
        .unionAll(
          eb
            .selectFrom('meetings as c')
            .select('c.id as meetingId')
            .where('c.organizationId', 'in', myCells(ctx.db, personId))
            .where(inScope(ctx.actor, 'meetings.read', sql.ref('c.scopePath'))),
        ),
    )
    .orderBy('m.startsAt')
    .orderBy('m.id')
    .limit(FEED_MAX_EVENTS)
    .execute();
}

/** An organization's feed: its meetings and those of everything below it. */
export async function organizationFeedMeetings(ctx: Ctx, organizationId: string) {
  const org = await readableOrganization(ctx, organizationId);
  const w = feedWindow();
  const meetings = await summaries(ctx)
    .where('m.scopePath', 'like', `${org.path}%`)
    .where(inScope(ctx.actor, 'meetings.read', sql.ref('m.scopePath')))
    .where('m.startsAt', '>=', w.from)
    .where('m.startsAt', '<', w.to)
    .orderBy('m.startsAt')
    .orderBy('m.id')
    .limit(FEED_MAX_EVENTS)
    .execute();
  return { organization: org, meetings };
}

/**
 * The organizations offered as feeds: where the actor's meeting-reading roles are granted, and the
 * cells they belong to. Their subtrees are in the feeds, so nested grants are not listed twice.
 */
export async function feedOrganizations(ctx: Ctx): Promise<Array<{ id: string; name: string }>> {
  const prefixes = scopesFor(ctx.actor, 'meetings.read');
  const personId = ctx.actor.personId;
  const granted = ctx.actor.grants.filter((g) => prefixes.includes(g.path)).map((g) => g.organizationId);
  return ctx.db
    .selectFrom('organizations as o')
    .select(['o.id', 'o.name'])
    .where('o.deletedAt', 'is', null)
    .where(inScope(ctx.actor, 'meetings.read', sql.ref('o.path')))
    .where((eb) => {
      const anyOf = [eb('o.id', 'in', granted.length ? granted : ['00000000-0000-0000-0000-000000000000'])];
      if (personId) anyOf.push(eb('o.id', 'in', myCells(ctx.db, personId)));
      return eb.or(anyOf);
    })
    .orderBy(sql`o.path COLLATE "C"`)
    .limit(200)
    .execute();
}

/** The party header of a document issued by an organization: its superior's name and its own, upper-cased. */
export async function partyHeadingOf(ctx: Ctx, org: { name: string; parentId: string | null }, day: string): Promise<PartyHeading> {
  return partyHeadingIn(ctx.db, org, day);
}

/** The heading of a party document: the superior and the issuer in capitals, the place and date line. */
export async function partyHeadingIn(db: Kysely<DB>, org: { name: string; parentId: string | null }, day: string): Promise<PartyHeading> {
  const parent = org.parentId
    ? await db.selectFrom('organizations').select('name').where('id', '=', org.parentId).executeTakeFirst()
    : undefined;
  const place = await ruleOn(db, 'office.place_name', day);
  return { superiorName: parent ? vnUpper(parent.name) : null, organizationName: vnUpper(org.name), placeDateLine: officialDateLine(place.name, day) };
}
