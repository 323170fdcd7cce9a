import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ctxOf } from '../../http/context.ts';
import * as s from './inbox.schema.ts';
import * as svc from './inbox.service.ts';

export function inboxRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/inbox', {
    schema: {
      tags: ['inbox'],
      summary: "What needs me today: my tasks due or overdue, reports my organizations owe, today's meetings, members' deadlines where I keep the register, documents to sign, incoming documents to handle",
      querystring: s.inboxQuery,
      response: { 200: s.inbox },
    },
    handler: async (req) => svc.myInbox(ctxOf(req), req.query.limit),
  });
}
