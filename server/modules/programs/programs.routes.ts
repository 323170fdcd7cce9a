import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/context.ts';
import { pageQuery, pageSchema } from '../../http/paging.ts';
import { task } from '../tasks/tasks.schema.ts';
import * as s from './programs.schema.ts';
import * as svc from './programs.service.ts';

const tags = ['programs'];
const idParams = z.object({ id: z.uuid() });

const out = (p: s.Program & { scopePath?: string }) => {
  const { scopePath: _s, ...rest } = p;
  return rest;
};

/** Work programs: term, yearly, six-month, quarterly and monthly programs and their items. */
export function programRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/programs', {
    schema: { tags, summary: 'Work programs the user may see, newest period first', querystring: z.strictObject({ ...pageQuery, ...s.listProgramsQuery.shape }), response: { 200: pageSchema(s.programSummary) } },
    handler: async (req) => svc.listPrograms(ctxOf(req), req.query, req.query),
  });
  r.post('/api/v1/programs', {
    schema: { tags, summary: 'A work program of a committee or a unit for a period', body: s.createProgramBody, response: { 201: s.program } },
    handler: async (req, reply) => reply.code(201).send(out(await svc.createProgram(ctxOf(req), req.body))),
  });
  r.get('/api/v1/programs/:id', {
    schema: { tags, summary: 'A program with its items and their tasks', params: idParams, response: { 200: s.program } },
    handler: async (req) => out(await svc.getProgram(ctxOf(req), req.params.id)),
  });
  r.post('/api/v1/programs/:id/items', {
    schema: { tags, summary: 'Adds an item: lead unit, co-operating units, responsible person, deadline, expected result', params: idParams, body: s.itemBody, response: { 201: s.program } },
    handler: async (req, reply) => reply.code(201).send(out(await svc.addItem(ctxOf(req), req.params.id, req.body))),
  });
  r.post('/api/v1/programs/:id/adopt', {
    schema: { tags, summary: 'Adopts the program, optionally at a meeting', params: idParams, body: s.adoptBody, response: { 200: s.program } },
    handler: async (req) => out(await svc.adoptProgram(ctxOf(req), req.params.id, req.body)),
  });
  r.post('/api/v1/programs/:id/items/:itemId/task', {
    schema: { tags, summary: 'Turns an item into a task', params: z.object({ id: z.uuid(), itemId: z.uuid() }), body: s.itemTaskBody, response: { 201: task } },
    handler: async (req, reply) => reply.code(201).send(await svc.itemToTask(ctxOf(req), req.params.id, req.params.itemId, req.body.priority)),
  });
}
