import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/context.ts';
import { pageSchema } from '../../http/paging.ts';
import * as s from './notifications.schema.ts';
import * as svc from './notifications.service.ts';

const tags = ['notifications'];

/** Notifications, and with them the inbox and the work dashboard (one registration in app.ts). */
export function notificationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/notifications', {
    schema: { tags, summary: 'My notifications, newest first; unread=true for the unread only', querystring: s.listQuery, response: { 200: pageSchema(s.notification) } },
    handler: async (req) => svc.listMine(ctxOf(req), req.query.unread === 'true', req.query),
  });

  r.post('/api/v1/notifications/:id/read', {
    schema: { tags, summary: 'Marks one of my notifications read (404 notification.not_found if it is not mine)', params: z.object({ id: z.uuid() }), response: { 200: s.notification } },
    handler: async (req) => svc.readOne(ctxOf(req), req.params.id),
  });

  r.post('/api/v1/notifications/read-all', {
    schema: { tags, summary: 'Marks all my notifications read; how many were unread', response: { 200: s.readAllResult } },
    handler: async (req) => svc.readAll(ctxOf(req)),
  });

}
