import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ctxOf } from '../../http/context.ts';
import { complianceQuery, complianceReport, meetingCompliance } from './meetings.compliance.ts';

/** The compliance dashboard: monthly and thematic meetings and attendance of every cell in a subtree. */
export function meetingComplianceRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get('/api/v1/meetings/compliance', {
    schema: {
      tags: ['meetings'],
      summary:
        'Per cell and year: the regular meeting of each month (held or missed) with its attendance, the thematic meeting of each quarter, and a flag for missed months or attendance below the alert rule; paged by name',
      querystring: complianceQuery,
      response: { 200: complianceReport },
    },
    handler: async (req) => meetingCompliance(ctxOf(req), req.query),
  });
}
