import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/context.ts';
import { pageQuery, pageSchema } from '../../http/paging.ts';
import * as q from './organizations.queries.ts';
import * as s from './organizations.schema.ts';
import * as svc from './organizations.service.ts';

const idParams = z.object({ id: z.uuid() });
const tags = ['organizations'];

export function organizationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/organizations', {
    schema: {
      tags,
      summary: 'Organizations the caller may see, paged (sort: path, name, updatedAt; prefix - for descending)',
      querystring: z.strictObject({ ...pageQuery, ...s.listOrganizationsQuery.shape }),
      response: { 200: pageSchema(s.organization) },
    },
    handler: async (req) => {
      const ctx = ctxOf(req);
      const { includeDissolved, ...rest } = req.query;
      return q.listOrganizations(ctx.db, ctx.actor, { ...rest, includeDissolved: includeDissolved === 'true' }, req.query);
    },
  });

  r.get('/api/v1/organizations/tree', {
    schema: {
      tags,
      summary: 'The visible organization tree as a flat list, parents first',
      querystring: z.strictObject({ includeDissolved: z.enum(['true', 'false']).optional() }),
      response: { 200: z.object({ data: z.array(s.organizationNode) }) },
    },
    handler: async (req) => {
      const ctx = ctxOf(req);
      return { data: await q.organizationTree(ctx.db, ctx.actor, req.query.includeDissolved === 'true') };
    },
  });

  r.get('/api/v1/organizations/:id', {
    schema: { tags, summary: 'One organization', params: idParams, response: { 200: s.organization } },
    handler: async (req) => svc.getOrganization(ctxOf(req), req.params.id),
  });

  r.get('/api/v1/organizations/:id/events', {
    schema: {
      tags,
      summary: 'History: created, renamed, moved, merged, dissolved',
      params: idParams,
      response: { 200: z.object({ data: z.array(s.organizationEvent) }) },
    },
    handler: async (req) => {
      const ctx = ctxOf(req);
      await svc.getOrganization(ctx, req.params.id);
      return { data: (await q.organizationEvents(ctx.db, req.params.id)) as z.infer<typeof s.organizationEvent>[] };
    },
  });

  r.post('/api/v1/organizations', {
    schema: { tags, summary: 'Create an organization', body: s.createOrganizationBody, response: { 201: s.organization } },
    handler: async (req, reply) => reply.code(201).send(await svc.createOrganization(ctxOf(req), req.body)),
  });

  r.patch('/api/v1/organizations/:id', {
    schema: {
      tags,
      summary: 'Edit or rename (a rename is recorded in the history)',
      params: idParams,
      body: s.updateOrganizationBody,
      response: { 200: s.organization },
    },
    handler: async (req) => svc.updateOrganization(ctxOf(req), req.params.id, req.body),
  });

  r.post('/api/v1/organizations/:id/move', {
    schema: { tags, summary: 'Move under another parent', params: idParams, body: s.moveOrganizationBody, response: { 200: s.organization } },
    handler: async (req) => svc.moveOrganization(ctxOf(req), req.params.id, req.body),
  });

  r.post('/api/v1/organizations/:id/dissolve', {
    schema: { tags, summary: 'Dissolve (never deleted)', params: idParams, body: s.dissolveOrganizationBody, response: { 200: s.organization } },
    handler: async (req) => svc.dissolveOrganization(ctxOf(req), req.params.id, req.body),
  });

  r.post('/api/v1/organizations/:id/merge', {
    schema: { tags, summary: 'Merge into another organization', params: idParams, body: s.mergeOrganizationBody, response: { 200: s.organization } },
    handler: async (req) => svc.dissolveOrganization(ctxOf(req), req.params.id, req.body),
  });
}
