import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/context.ts';
import * as s from './posts.schema.ts';
import * as svc from './posts.service.ts';

const idParams = z.object({ id: z.uuid() });
const tags = ['posts'];

export function postRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/organizations/:id/posts', {
    schema: { tags, summary: 'Posts of an organization with their holders', params: idParams, response: { 200: z.object({ data: z.array(s.post) }) } },
    handler: async (req) => ({ data: await svc.listPosts(ctxOf(req), req.params.id) }),
  });

  r.post('/api/v1/organizations/:id/posts', {
    schema: { tags, summary: 'Create a post', params: idParams, body: s.createPostBody, response: { 201: s.post } },
    handler: async (req, reply) => reply.code(201).send(await svc.createPost(ctxOf(req), req.params.id, req.body)),
  });

  r.patch('/api/v1/posts/:id', {
    schema: { tags, summary: 'Edit a post', params: idParams, body: s.updatePostBody, response: { 200: s.post } },
    handler: async (req) => svc.updatePost(ctxOf(req), req.params.id, req.body),
  });

  r.post('/api/v1/posts/:id/holdings', {
    schema: { tags, summary: 'Appoint a person to a post from a date', params: idParams, body: s.addHoldingBody, response: { 201: s.holding } },
    handler: async (req, reply) => reply.code(201).send(await svc.addHolding(ctxOf(req), req.params.id, req.body)),
  });

  r.post('/api/v1/post-holdings/:id/end', {
    schema: { tags, summary: 'End a holding on a date', params: idParams, body: s.endBody, response: { 200: s.holding } },
    handler: async (req) => svc.endHolding(ctxOf(req), req.params.id, req.body.endsOn),
  });

  r.get('/api/v1/organizations/:id/assignments', {
    schema: { tags, summary: 'Committee members in charge of this cell', params: idParams, response: { 200: z.object({ data: z.array(s.assignment) }) } },
    handler: async (req) => ({ data: await svc.listAssignments(ctxOf(req), req.params.id) }),
  });

  r.post('/api/v1/organizations/:id/assignments', {
    schema: { tags, summary: 'Assign a committee member to this cell', params: idParams, body: s.addAssignmentBody, response: { 201: s.assignment } },
    handler: async (req, reply) => reply.code(201).send(await svc.addAssignment(ctxOf(req), req.params.id, req.body)),
  });

  r.post('/api/v1/assignments/:id/end', {
    schema: { tags, summary: 'End an assignment on a date', params: idParams, body: s.endBody, response: { 200: s.assignment } },
    handler: async (req) => svc.endAssignment(ctxOf(req), req.params.id, req.body.endsOn),
  });
}
