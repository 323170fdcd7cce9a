import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { MeetingState } from '../../../common/enums.ts';
import { actorFromApiToken } from '../auth/index.ts';
import { type Ctx, ctxOf } from '../../http/context.ts';
import { isoDay } from '../../lib/dates.ts';
import * as cal from './meetings.calendar.ts';
import { type IcsEvent, icsCalendar } from './meetings.ical.ts';
import { meetingSummary, type MeetingSummary } from './meetings.schema.ts';

const tags = ['meetings'];
const ICS = 'text/calendar; charset=utf-8';

/** Calendar applications add nothing we need, but some add parameters of their own: not strict. */
const feedQuery = z.object({ token: z.string().trim().max(200).optional() });

/**
 * Feeds are fetched by calendar applications, which send neither our cookie nor a header: they may
 * carry a personal API token as `?token=ct_...` (create one with POST /api/v1/auth/tokens). A session
 * or a Bearer header works as well.
 */
async function feedCtx(req: FastifyRequest, token: string | undefined): Promise<Ctx> {
  if (!req.actor && token) req.actor = await actorFromApiToken(req.server.db, token);
  return ctxOf(req);
}

const STATUS: Record<MeetingState, IcsEvent['status']> = {
  planned: 'TENTATIVE',
  invited: 'CONFIRMED',
  held: 'CONFIRMED',
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

function toEvent(m: MeetingSummary, vi: boolean): IcsEvent {
  const postponed = m.state === 'postponed' ? (vi ? '(Hoãn) ' : '(Postponed) ') : '';
  return {
    uid: `meeting-${m.id}@congtac`,
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    summary: `${postponed}${m.title}`,
    location: m.place,
    description: m.organizationName,
    status: STATUS[m.state],
    sequence: m.version,
    updatedAt: m.updatedAt,
  };
}

/**
 * The feeds' URLs carry a secret (?token=): the per-request info lines, which print the URL, are not
 * written for them, so the token does not end up in the logs. Failures are still logged.
 */
const FEED_LOG_LEVEL = 'warn';

const baseUrl = (req: FastifyRequest) => `${req.protocol}://${req.host}`;

export function meetingCalendarRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/meetings/calendar', {
    schema: {
      tags,
      summary: 'Meetings starting between two days (Vietnam time, inclusive, at most 62 days) that the user may see, by start time; optionally in one subtree',
      querystring: z.strictObject({ from: isoDay, to: isoDay, organizationId: z.uuid().optional() }),
      response: { 200: z.object({ data: z.array(meetingSummary) }) },
    },
    handler: async (req) => ({ data: await cal.calendarMeetings(ctxOf(req), req.query) }),
  });

  r.get('/api/v1/calendar/feeds', {
    schema: {
      tags,
      summary: 'iCalendar feed addresses (without a token): mine, and one per organization where I may read meetings. Append ?token= with a personal API token',
      response: {
        200: z.object({
          personal: z.string(),
          organizations: z.array(z.object({ organizationId: z.uuid(), name: z.string(), url: z.string() })),
        }),
      },
    },
    handler: async (req) => {
      const base = baseUrl(req);
      const orgs = await cal.feedOrganizations(ctxOf(req));
      return {
        personal: `${base}/api/v1/calendar/me.ics`,
        organizations: orgs.map((o) => ({ organizationId: o.id, name: o.name, url: `${base}/api/v1/calendar/organizations/${o.id}.ics` })),
      };
    },
  });

  r.get('/api/v1/calendar/me.ics', {
    logLevel: FEED_LOG_LEVEL,
    schema: {
      tags,
      summary: 'My meetings as an iCalendar feed (90 days back, a year ahead): invitations and my cells\' meetings',
      querystring: feedQuery,
      produces: ['text/calendar'],
    },
    handler: async (req, reply) => {
      const ctx = await feedCtx(req, req.query.token);
      const meetings = await cal.personalFeedMeetings(ctx);
      const name = ctx.lang === 'vi' ? `Lịch họp của ${ctx.actor.displayName}` : `Meetings of ${ctx.actor.displayName}`;
      return reply.type(ICS).header('cache-control', 'private, max-age=300').send(icsCalendar(name, meetings.map((m) => toEvent(m, ctx.lang === 'vi'))));
    },
  });

  r.get('/api/v1/calendar/organizations/:id.ics', {
    logLevel: FEED_LOG_LEVEL,
    schema: {
      tags,
      summary: "An organization's meetings and those of everything below it, as an iCalendar feed (90 days back, a year ahead)",
      params: z.object({ id: z.uuid() }),
      querystring: feedQuery,
      produces: ['text/calendar'],
    },
    handler: async (req, reply) => {
      const ctx = await feedCtx(req, req.query.token);
      const { organization, meetings } = await cal.organizationFeedMeetings(ctx, req.params.id);
      const name = ctx.lang === 'vi' ? `Lịch họp - ${organization.name}` : `Meetings - ${organization.name}`;
      return reply.type(ICS).header('cache-control', 'private, max-age=300').send(icsCalendar(name, meetings.map((m) => toEvent(m, ctx.lang === 'vi'))));
    },
  });
}
