import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/context.ts';
import { pageQuery, pageSchema } from '../../http/paging.ts';
import { todayInVietnam } from '../../lib/dates.ts';
import { memberActionRoutes } from './members.actions.routes.ts';
import { memberReportRoutes } from './members.reports.routes.ts';
import { listMembers } from './members.queries.ts';
import * as s from './members.schema.ts';
import * as svc from './members.service.ts';

const idParams = z.object({ id: z.uuid() });
const tags = ['members'];


export function memberRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/members', {
    schema: {
      tags,
      summary: 'The member register (sổ đảng viên): filter by cell subtree, status, name without diacritics',
      querystring: z.strictObject({ ...pageQuery, ...s.listMembersQuery.shape }),
      response: { 200: pageSchema(s.member) },
    },
    handler: async (req) => {
      const ctx = ctxOf(req);
      const { q, cellId, subtree, status, modifiedSince } = req.query;
      const filter = { q, cellId, subtree: subtree !== 'false', statuses: s.statusList(status), modifiedSince };
      return listMembers(ctx.db, ctx.actor, filter, req.query, todayInVietnam());
    },
  });

  r.get('/api/v1/members/me', {
    schema: { tags, summary: "The logged-in user's own member record", response: { 200: s.member } },
    handler: async (req) => svc.getOwnMember(ctxOf(req)),
  });

  r.get('/api/v1/members/:id', {
    schema: { tags, summary: 'One member record', params: idParams, response: { 200: s.member } },
    handler: async (req) => svc.getMember(ctxOf(req), req.params.id),
  });

  r.post('/api/v1/members', {
    schema: {
      tags,
      summary: "Open a member record: a new applicant ('application') or an existing member's data ('record')",
      body: s.createMemberBody,
      response: { 201: s.member },
    },
    handler: async (req, reply) => reply.code(201).send(await svc.createMember(ctxOf(req), req.body)),
  });

  r.patch('/api/v1/members/:id', {
    schema: {
      tags,
      summary: 'Edit the record\'s descriptive fields; status, cell and dates change only through the actions',
      params: idParams,
      body: s.updateMemberBody,
      response: { 200: s.member },
    },
    handler: async (req) => svc.updateMember(ctxOf(req), req.params.id, req.body),
  });

  r.get('/api/v1/members/:id/events', {
    schema: {
      tags,
      summary: "The member's history, oldest first",
      params: idParams,
      response: { 200: z.object({ data: z.array(s.memberEvent) }) },
    },
    handler: async (req) => ({ data: await svc.listEvents(ctxOf(req), req.params.id) }),
  });

  memberActionRoutes(app);
  memberReportRoutes(app);
}
