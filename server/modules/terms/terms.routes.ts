import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/context.ts';
import * as s from './terms.schema.ts';
import * as svc from './terms.service.ts';

const idParams = z.object({ id: z.uuid() });
const tags = ['terms'];

export function termRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/organizations/:id/terms', {
    schema: { tags, summary: 'Terms of a party organization, newest first', params: idParams, response: { 200: z.object({ data: z.array(s.term) }) } },
    handler: async (req) => ({ data: await svc.listTerms(ctxOf(req), req.params.id) }),
  });

  r.post('/api/v1/organizations/:id/terms', {
    schema: {
      tags,
      summary: 'Open a new term: closes the previous term, its bodies and elected posts on the congress closing day',
      params: idParams,
      body: s.openTermBody,
      response: { 201: s.term },
    },
    handler: async (req, reply) => reply.code(201).send(await svc.openTerm(ctxOf(req), req.params.id, req.body)),
  });

  r.get('/api/v1/terms/:id', {
    schema: { tags, summary: 'A term with its bodies and their members', params: idParams, response: { 200: s.termDetail } },
    handler: async (req) => svc.getTerm(ctxOf(req), req.params.id),
  });

  r.post('/api/v1/bodies/:id/members', {
    schema: { tags, summary: 'Seat a person on a body', params: idParams, body: s.addMemberBody, response: { 201: s.bodyMember } },
    handler: async (req, reply) => reply.code(201).send(await svc.addBodyMember(ctxOf(req), req.params.id, req.body)),
  });

  r.post('/api/v1/body-members/:id/end', {
    schema: { tags, summary: 'End a seat on a body', params: idParams, body: s.endBody, response: { 200: s.bodyMember } },
    handler: async (req) => svc.endBodyMember(ctxOf(req), req.params.id, req.body.endsOn),
  });
}
