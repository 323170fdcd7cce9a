import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/context.ts';
import { pageQuery, pageSchema } from '../../http/paging.ts';
import * as s from './letters.schema.ts';
import * as svc from './letters.service.ts';

const tags = ['letters'];
const idParams = z.object({ id: z.uuid() });

/** Citizens' letters. Registered by documentRoutes. */
export function letterRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/letter-kinds', {
    schema: { tags, summary: 'Kinds of letters with their handling deadline in days and its legal basis', response: { 200: z.object({ data: z.array(s.letterKind) }) } },
    handler: async (req) => ({ data: await svc.listLetterKinds(req.server.db) }),
  });

  r.get('/api/v1/letters', {
    schema: { tags, summary: 'Letters, newest first; those about party members only for the inspection committee', querystring: s.listLettersQuery.extend(pageQuery), response: { 200: pageSchema(s.letter) } },
    handler: async (req) => svc.listLetters(ctxOf(req), req.query, req.query),
  });

  r.post('/api/v1/letters', {
    schema: { tags, summary: 'Registers a letter: arrival number, deadline by its kind, routed to the inspection committee when about a party member', body: s.createLetterBody, response: { 201: s.letterDetail } },
    handler: async (req, reply) => reply.code(201).send(await svc.createLetter(ctxOf(req), req.body)),
  });

  r.get('/api/v1/letters/:id', {
    schema: { tags, summary: 'A letter with its handling steps', params: idParams, response: { 200: s.letterDetail } },
    handler: async (req) => svc.getLetter(ctxOf(req), req.params.id),
  });

  r.post('/api/v1/letters/:id/steps', {
    schema: { tags, summary: 'A handling step (verification, transfer, meeting with the sender...)', params: idParams, body: s.stepBody, response: { 201: s.letterDetail } },
    handler: async (req, reply) => reply.code(201).send(await svc.addStep(ctxOf(req), req.params.id, req.body)),
  });

  r.post('/api/v1/letters/:id/answer', {
    schema: { tags, summary: 'The answer to the sender', params: idParams, body: s.answerLetterBody, response: { 200: s.letterDetail } },
    handler: async (req) => svc.answerLetter(ctxOf(req), req.params.id, req.body),
  });
}
