import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/context.ts';
import { pageQuery, pageSchema } from '../../http/paging.ts';
import * as s from './tasks.schema.ts';
import * as svc from './tasks.service.ts';

const tags = ['tasks'];

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
    schema: { tags, summary: 'One task', params: z.object({ id: z.uuid() }), response: { 200: s.task } },
    handler: async (req) => svc.getTask(ctxOf(req), req.params.id),
  });
}
