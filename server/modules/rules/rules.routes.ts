import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/context.ts';
import { isoDay } from '../../lib/dates.ts';
import { addHoliday, createRuleValue, deleteHoliday, listHolidays, listRules } from './rules.ts';
import * as s from './rules.schema.ts';

const tags = ['rules'];

/** Rules kept as data and the holiday calendar the deadlines count on. */
export function ruleRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/rules', {
    schema: { tags, summary: 'Rule values with their validity and legal basis', response: { 200: z.object({ data: z.array(s.ruleValue) }) } },
    handler: async (req) => ({ data: await listRules(ctxOf(req).db) }),
  });

  r.post('/api/v1/rules', {
    schema: { tags, summary: 'A new value of a rule from a date (system administrators)', body: s.createRuleBody, response: { 201: s.ruleValue } },
    handler: async (req, reply) => reply.code(201).send(await createRuleValue(ctxOf(req), req.body)),
  });

  r.get('/api/v1/holidays', {
    schema: {
      tags,
      summary: 'Public holidays and compensatory days off',
      querystring: z.strictObject({ year: z.coerce.number().int().min(1900).max(2200).optional() }),
      response: { 200: z.object({ data: z.array(s.holiday) }) },
    },
    handler: async (req) => ({ data: await listHolidays(ctxOf(req).db, req.query.year) }),
  });

  r.post('/api/v1/holidays', {
    schema: { tags, summary: 'Add a day off (system administrators)', body: s.createHolidayBody, response: { 201: s.holiday } },
    handler: async (req, reply) => reply.code(201).send(await addHoliday(ctxOf(req), req.body)),
  });

  r.delete('/api/v1/holidays/:day', {
    schema: { tags, summary: 'Remove a day off (system administrators)', params: z.object({ day: isoDay }) },
    handler: async (req, reply) => {
      await deleteHoliday(ctxOf(req), req.params.day);
      return reply.code(204).send();
    },
  });
}
