import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/context.ts';
import * as s from './dues.schema.ts';
import * as svc from './dues.service.ts';
import { statementWorkbook } from './dues.statement.ts';
import { attachment } from '../../http/reply.ts';

const tags = ['dues'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function duesRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/dues/rates', {
    schema: { tags, summary: 'Dues rates in force and past (rule values with their legal basis)', response: { 200: z.object({ data: z.array(s.rule) }) } },
    handler: async (req) => svc.listRates(ctxOf(req)),
  });

  r.get('/api/v1/dues/grid', {
    schema: {
      tags,
      summary: "A cell's dues for a year: members x 12 months (expected and paid), paid-up-to month, and per month collected, remitted upward and kept",
      querystring: s.cellYearQuery,
      response: { 200: s.grid },
    },
    handler: async (req) => svc.getGrid(ctxOf(req), req.query.cellId, req.query.year),
  });

  r.put('/api/v1/dues/payments', {
    schema: {
      tags,
      summary: "Saves a grid's changed months in one transaction: all or nothing; a stale version answers 409 with the month as it is now",
      body: s.savePaymentsBody,
      response: { 200: s.grid },
    },
    handler: async (req) => svc.savePayments(ctxOf(req), req.body),
  });

  r.get('/api/v1/dues/members/:memberId/bases', {
    schema: { tags, summary: "A member's dues bases (kind and base amount from a month on)", params: z.object({ memberId: z.uuid() }), response: { 200: s.memberBases } },
    handler: async (req) => svc.getBases(ctxOf(req), req.params.memberId),
  });

  r.put('/api/v1/dues/members/:memberId/bases', {
    schema: {
      tags,
      summary: "Sets a member's dues basis from a month (YYYY-MM) on; replaces a basis starting the same month",
      params: z.object({ memberId: z.uuid() }),
      body: s.setBasisBody,
      response: { 200: s.memberBases },
    },
    handler: async (req) => svc.setBasis(ctxOf(req), req.params.memberId, req.body),
  });

  r.get('/api/v1/dues/statement.xlsx', {
    schema: {
      tags,
      summary: "A cell's yearly dues statement as Excel: a row per member, 12 months, totals, remitted and kept",
      querystring: s.statementQuery,
      produces: [XLSX],
    },
    handler: async (req, reply) => {
      const ctx = ctxOf(req);
      const grid = await svc.getGrid(ctx, req.query.cellId, req.query.year);
      const file = await statementWorkbook(grid, { vi: ctx.lang === 'vi' });
      return reply
        .type(XLSX)
        .header('content-disposition', attachment(`Sổ thu nộp đảng phí ${req.query.year}`, 'xlsx'))
        .send(file);
    },
  });
}
