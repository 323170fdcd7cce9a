import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/context.ts';
import { pageQuery, pageSchema } from '../../http/paging.ts';
import * as s from './tasks.schema.ts';
import * as life from './tasks.lifecycle.ts';
import * as svc from './tasks.service.ts';

const tags = ['tasks'];
const idParams = z.object({ id: z.uuid() });

/** Tasks: the slice meetings need (a conclusion's task on its owner's list); the work programs issue adds the rest. */
export function taskRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/tasks', {
    schema: {
      tags,
      summary: "Tasks the user may see (owner=me: the user's own), by deadline; overdue flagged",
      querystring: z.strictObject({ ...pageQuery, ...s.listTasksQuery.shape }),
      response: { 200: pageSchema(s.task) },
    },
    handler: async (req) => svc.listTasks(ctxOf(req), req.query, req.query),
  });

  r.get('/api/v1/tasks/:id', {
    schema: { tags, summary: 'One task', params: idParams, response: { 200: s.task } },
    handler: async (req) => svc.getTask(ctxOf(req), req.params.id),
  });

  r.post('/api/v1/tasks', {
    schema: { tags, summary: 'A task given by hand; the answer warns of near-identical tasks led by other units in the same period', body: s.createTaskBody, response: { 201: s.createdTask } },
    handler: async (req, reply) => reply.code(201).send(await life.createTask(ctxOf(req), req.body)),
  });

  r.get('/api/v1/tasks/:id/events', {
    schema: { tags, summary: "The task's timeline: creation, progress, rescheduling (with the original deadline), completion", params: idParams, response: { 200: z.object({ data: z.array(s.taskEvent) }) } },
    handler: async (req) => ({ data: await life.taskEvents(ctxOf(req), req.params.id) }),
  });

  r.get('/api/v1/tasks/:id/overlaps', {
    schema: { tags, summary: 'Near-identical tasks led by other units in an overlapping period (trigram similarity)', params: idParams, response: { 200: z.object({ data: z.array(s.overlap) }) } },
    handler: async (req) => {
      const t = await svc.getTask(ctxOf(req), req.params.id);
      return { data: await life.overlapsOf(req.server.db, t) };
    },
  });

  changeRoutes(app);
}

function changeRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post('/api/v1/tasks/:id/progress', {
    schema: { tags, summary: 'Progress (percentage and a note); going back needs a reason', params: idParams, body: s.progressBody, response: { 200: s.task } },
    handler: async (req) => life.changeTask(ctxOf(req), req.params.id, req.body.version, { action: 'progress', ...req.body }),
  });
  r.post('/api/v1/tasks/:id/reschedule', {
    schema: { tags, summary: 'A new deadline with its reason; the original deadline stays visible', params: idParams, body: s.rescheduleBody, response: { 200: s.task } },
    handler: async (req) => life.changeTask(ctxOf(req), req.params.id, req.body.version, { action: 'reschedule', ...req.body }),
  });
  r.post('/api/v1/tasks/:id/complete', {
    schema: { tags, summary: 'Completion with the result', params: idParams, body: s.completeBody, response: { 200: s.task } },
    handler: async (req) => life.changeTask(ctxOf(req), req.params.id, req.body.version, { action: 'complete', ...req.body }),
  });
  r.post('/api/v1/tasks/:id/cancel', {
    schema: { tags, summary: 'Cancellation with its reason', params: idParams, body: s.cancelBody, response: { 200: s.task } },
    handler: async (req) => life.changeTask(ctxOf(req), req.params.id, req.body.version, { action: 'cancel', ...req.body }),
  });
  r.post('/api/v1/tasks/bulk', {
    schema: { tags, summary: 'One change to many tasks at once, all or nothing', body: s.bulkBody, response: { 200: z.object({ data: z.array(s.task) }) } },
    handler: async (req) => ({ data: await life.bulkChange(ctxOf(req), req.body) }),
  });
}
