import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { GENDERS, MEMBER_STATUSES } from '../../../common/enums.ts';
import { ctxOf } from '../../http/context.ts';
import { isoDay } from '../../lib/dates.ts';
import { exportRegister, recordExport } from './members.export.ts';
import { QUALITY_ISSUES, findQualityIssues } from './members.quality.ts';
import { REMINDER_KINDS, remindersWithWarnings } from './members.reminders.ts';
import { listMembersQuery, statusList } from './members.schema.ts';
import { memberStatistics } from './members.statistics.ts';
import { attachment } from '../../http/reply.ts';
import { todayInVietnam } from '../../lib/dates.ts';

const tags = ['members'];
const count = z.number();
const orgQuery = { organizationId: z.uuid().optional() };

const reminder = z.object({
  kind: z.enum(REMINDER_KINDS),
  memberId: z.uuid(),
  fullName: z.string(),
  cellId: z.uuid(),
  cellName: z.string(),
  dueOn: z.string(),
  opensOn: z.string(),
  overdue: z.boolean(),
  daysLeft: z.number(),
  calendarWarning: z.boolean(),
});
const warning = z.object({ code: z.string(), message: z.string(), from: z.string(), to: z.string() });

const statistics = z.object({
  from: z.string(),
  to: z.string(),
  total: count,
  current: count,
  byStatus: z.partialRecord(z.enum(MEMBER_STATUSES), count),
  byCell: z.array(z.object({ cellId: z.uuid(), cellName: z.string(), total: count, official: count, probationary: count })),
  byGender: z.partialRecord(z.enum([...GENDERS, 'unknown']), count),
  byAgeBand: z.array(z.object({ band: z.string(), n: count })),
  byPartyAge: z.array(z.object({ band: z.string(), n: count })),
  byEducation: z.record(z.string(), count),
  flows: z.object({
    admitted: count, recognized: count, transferredIn: count, transferredOut: count, removed: count, expelled: count, deceased: count,
  }),
});

/** Reminders, statistics, data quality and the Excel export of the register. */
export function memberReportRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/members/reminders', {
    schema: {
      tags,
      summary: 'Deadlines the rules set: ceremony, probation review, transfer, certificate, exemption review',
      querystring: z.strictObject({ ...orgQuery, within: z.coerce.number().int().min(0).max(366).default(30) }),
      response: { 200: z.object({ data: z.array(reminder), warnings: z.array(warning) }) },
    },
    handler: async (req) => remindersWithWarnings(ctxOf(req), req.query.organizationId, req.query.within),
  });

  r.get('/api/v1/members/statistics', {
    schema: {
      tags,
      summary: 'Counts of the register for a subtree, and the flows (admitted, recognized...) of a period',
      querystring: z.strictObject({ ...orgQuery, from: isoDay.optional(), to: isoDay.optional() }),
      response: { 200: statistics },
    },
    handler: async (req) => memberStatistics(ctxOf(req), req.query),
  });

  r.get('/api/v1/members/quality', {
    schema: {
      tags,
      summary: 'Incomplete, contradictory or duplicate records (up to 500)',
      querystring: z.strictObject(orgQuery),
      response: {
        200: z.object({
          data: z.array(z.object({ memberId: z.uuid(), fullName: z.string(), cellName: z.string(), issues: z.array(z.enum(QUALITY_ISSUES)) })),
        }),
      },
    },
    handler: async (req) => ({ data: await findQualityIssues(ctxOf(req), req.query.organizationId) }),
  });

  r.get('/api/v1/members/export.xlsx', {
    schema: {
      tags,
      summary: 'The register as an Excel file, with the filters of the list (up to 100,000 rows); the reason is required and logged',
      querystring: listMembersQuery.extend({ reason: z.string().max(500).optional() }),
    },
    handler: async (req, reply) => {
      const ctx = ctxOf(req);
      const { q, cellId, subtree, status, sort, reason } = req.query;
      const filter = { q, cellId, subtree: subtree !== 'false', statuses: statusList(status) };
      await recordExport(ctx, filter, sort, reason);
      const stream = exportRegister(ctx, filter, sort);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', attachment(`Sổ đảng viên ${todayInVietnam()}`, 'xlsx'))
        .send(stream);
    },
  });
}
