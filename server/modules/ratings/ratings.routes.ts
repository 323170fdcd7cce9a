import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/context.ts';
import * as s from './ratings.schema.ts';
import * as svc from './ratings.service.ts';

const tags = ['ratings'];
const idParams = z.object({ id: z.uuid() });

export function ratingRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/ratings/rounds', {
    schema: { tags, summary: "An organization's yearly quality rating round: every subject's self-assessment, proposal and decision, and the quota", querystring: s.roundQuery, response: { 200: s.round } },
    handler: async (req) => svc.getRound(ctxOf(req), req.query.organizationId, req.query.year),
  });

  r.post('/api/v1/ratings/rounds', {
    schema: { tags, summary: "Opens an organization's round for a year, with its official and probationary members", body: s.createRoundBody, response: { 201: s.round } },
    handler: async (req, reply) => reply.code(201).send(await svc.createRound(ctxOf(req), req.body.organizationId, req.body.year)),
  });

  r.put('/api/v1/ratings/entries/:id/self', {
    schema: { tags, summary: 'Self-assessment (score, level, note): by the member or entered by the cell', params: idParams, body: s.selfBody, response: { 200: s.entry } },
    handler: async (req) => svc.selfAssess(ctxOf(req), req.params.id, req.body),
  });

  r.put('/api/v1/ratings/entries/:id/proposal', {
    schema: { tags, summary: "The cell's proposed level (members.write on the cell)", params: idParams, body: s.proposalBody, response: { 200: s.entry } },
    handler: async (req) => svc.propose(ctxOf(req), req.params.id, req.body),
  });

  r.put('/api/v1/ratings/entries/:id/decision', {
    schema: {
      tags,
      summary: "The committee's decided level (members.write on the cell's parent); 409 rating.quota_exceeded when excellent ratings would pass the quota, unless overrideQuota",
      params: idParams,
      body: s.decisionBody,
      response: { 200: s.entry },
    },
    handler: async (req) => svc.decide(ctxOf(req), req.params.id, req.body),
  });

  r.get('/api/v1/ratings/members/:id', {
    schema: { tags, summary: "A member's ratings across years, newest first", params: idParams, response: { 200: s.memberHistory } },
    handler: async (req) => svc.memberHistory(ctxOf(req), req.params.id),
  });
}
