import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ctxOf } from '../../http/context.ts';
import * as s from './dashboards.schema.ts';
import * as svc from './dashboards.service.ts';

export function dashboardRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/dashboards/work', {
    schema: {
      tags: ['dashboards'],
      summary: "An organization's work in a date range: tasks by status and lead unit, on-time completion per unit and month, report punctuality per reporting organization, correspondence per month",
      querystring: s.workQuery,
      response: { 200: s.workDashboard },
    },
    handler: async (req) => svc.workDashboard(ctxOf(req), req.query),
  });
}
