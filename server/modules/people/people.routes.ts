import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/context.ts';
import { pageQuery, pageSchema } from '../../http/paging.ts';
import { isoDay, todayInVietnam } from '../../lib/dates.ts';
import { listPeople, personTimeline } from './people.queries.ts';
import * as s from './people.schema.ts';
import * as svc from './people.service.ts';

const idParams = z.object({ id: z.uuid() });
const tags = ['people'];

export function peopleRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/people', {
    schema: {
      tags,
      summary: 'People directory, sorted the Vietnamese way (given, middle, family name); q ignores diacritics',
      querystring: z.strictObject({ ...pageQuery, ...s.listPeopleQuery.shape }),
      response: { 200: pageSchema(s.person) },
    },
    handler: async (req) => {
      const ctx = ctxOf(req);
      const { subtree, ...rest } = req.query;
      return listPeople(ctx.db, ctx.actor, { ...rest, subtree: subtree !== 'false' }, req.query);
    },
  });

  r.get('/api/v1/people/:id', {
    schema: { tags, summary: 'One person', params: idParams, response: { 200: s.person } },
    handler: async (req) => svc.getPerson(ctxOf(req), req.params.id),
  });

  r.post('/api/v1/people', {
    schema: { tags, summary: 'Add a person to the directory', body: s.createPersonBody, response: { 201: s.person } },
    handler: async (req, reply) => reply.code(201).send(await svc.createPerson(ctxOf(req), req.body)),
  });

  r.patch('/api/v1/people/:id', {
    schema: { tags, summary: 'Edit a person', params: idParams, body: s.updatePersonBody, response: { 200: s.person } },
    handler: async (req) => svc.updatePerson(ctxOf(req), req.params.id, req.body),
  });

  r.get('/api/v1/people/:id/title', {
    schema: {
      tags,
      summary: 'The title printed before the name on a date: every post held that day, party posts first',
      params: idParams,
      querystring: z.strictObject({ date: isoDay.optional() }),
      response: { 200: s.personTitle },
    },
    handler: async (req) => svc.personTitle(ctxOf(req), req.params.id, req.query.date ?? todayInVietnam()),
  });

  r.get('/api/v1/people/:id/timeline', {
    schema: {
      tags,
      summary: 'Posts, body seats and cell assignments of a person, newest first',
      params: idParams,
      response: { 200: z.object({ data: z.array(s.timelineEntry) }) },
    },
    handler: async (req) => {
      const ctx = ctxOf(req);
      await svc.getPerson(ctx, req.params.id);
      return { data: await personTimeline(ctx.db, req.params.id) };
    },
  });
}
