import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/context.ts';
import { pageQuery, pageSchema } from '../../http/paging.ts';
import * as cons from './reports.consolidated.ts';
import { lateBoard } from './reports.late.ts';
import * as s from './reports.schema.ts';
import * as svc from './reports.service.ts';
import * as subs from './reports.submissions.ts';
import { attachment } from '../../http/reply.ts';

const tags = ['reports'];
const idParams = z.object({ id: z.uuid() });
const subParams = z.object({ id: z.uuid(), organizationId: z.uuid() });

/** Periodic reports: schedules, periods with their cut-off and due date, submissions, the late board, consolidated reports. */
export function reportRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/reports/schedules', {
    schema: { tags, summary: 'Report schedules the user receives', querystring: z.strictObject(pageQuery), response: { 200: pageSchema(s.schedule.omit({ reporters: true, template: true })) } },
    handler: async (req) => svc.listSchedules(ctxOf(req), req.query),
  });
  r.post('/api/v1/reports/schedules', {
    schema: { tags, summary: 'A schedule: who reports to whom, how often, the cut-off and due date rules, and the form', body: s.createScheduleBody, response: { 201: s.schedule } },
    handler: async (req, reply) => reply.code(201).send(await svc.createSchedule(ctxOf(req), req.body)),
  });
  r.get('/api/v1/reports/schedules/:id', {
    schema: { tags, summary: 'One schedule with its reporters and form', params: idParams, response: { 200: s.schedule } },
    handler: async (req) => svc.getSchedule(ctxOf(req), req.params.id),
  });
  r.get('/api/v1/reports/schedules/:id/periods', {
    schema: { tags, summary: "A schedule's periods, newest first", params: idParams, querystring: z.strictObject(pageQuery), response: { 200: pageSchema(s.period.pick({ id: true, label: true, periodStart: true, periodEnd: true, dueOn: true, state: true })) } },
    handler: async (req) => svc.listPeriods(ctxOf(req), req.params.id, req.query),
  });
  r.post('/api/v1/reports/schedules/:id/periods', {
    schema: { tags, summary: 'Opens a period: data period from the cut-off rule, due date in working days after it', params: idParams, body: s.openPeriodBody, response: { 201: s.period } },
    handler: async (req, reply) => reply.code(201).send(await svc.openPeriod(ctxOf(req), req.params.id, req.body)),
  });
  r.get('/api/v1/reports/periods/:id', {
    schema: { tags, summary: 'A period and every reporter\'s state: missing, draft, submitted, returned, accepted; days late', params: idParams, response: { 200: s.period } },
    handler: async (req) => svc.getPeriod(ctxOf(req), req.params.id),
  });
  r.post('/api/v1/reports/periods/:id/close', {
    schema: { tags, summary: 'Closes a period: no more submissions', params: idParams, response: { 200: s.period } },
    handler: async (req) => svc.closePeriod(ctxOf(req), req.params.id),
  });
  r.get('/api/v1/reports/late-board', {
    schema: { tags, summary: 'Who has not sent their report, for every open period: late (red), due soon (amber)', querystring: z.strictObject({ ...pageQuery, ...s.lateBoardQuery.shape }), response: { 200: pageSchema(s.lateRow) } },
    handler: async (req) => lateBoard(ctxOf(req), req.query, req.query),
  });
  submissionRoutes(app);
  consolidatedRoutes(app);
}

function submissionRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.put('/api/v1/reports/periods/:id/submissions/:organizationId', {
    schema: { tags, summary: "Saves a reporter's form as a draft (figures checked against the template)", params: subParams, body: s.saveSubmissionBody, response: { 200: s.submission } },
    handler: async (req) => subs.saveSubmission(ctxOf(req), req.params.id, req.params.organizationId, req.body, 'save'),
  });
  r.post('/api/v1/reports/periods/:id/submissions/:organizationId/submit', {
    schema: { tags, summary: 'Saves and sends the report', params: subParams, body: s.saveSubmissionBody, response: { 200: s.submission } },
    handler: async (req) => subs.saveSubmission(ctxOf(req), req.params.id, req.params.organizationId, req.body, 'submit'),
  });
  r.get('/api/v1/reports/submissions/:id', {
    schema: { tags, summary: 'One submission', params: idParams, response: { 200: s.submission } },
    handler: async (req) => subs.getSubmission(ctxOf(req), req.params.id),
  });
  r.post('/api/v1/reports/submissions/:id/return', {
    schema: { tags, summary: 'Returns a sent report for correction, with the reason', params: idParams, body: s.reviewBody, response: { 200: s.submission } },
    handler: async (req) => subs.reviewSubmission(ctxOf(req), req.params.id, req.body, 'return'),
  });
  r.post('/api/v1/reports/submissions/:id/accept', {
    schema: { tags, summary: 'Accepts a sent report', params: idParams, body: s.reviewBody, response: { 200: s.submission } },
    handler: async (req) => subs.reviewSubmission(ctxOf(req), req.params.id, req.body, 'accept'),
  });
}

function consolidatedRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post('/api/v1/reports/periods/:id/consolidated', {
    schema: { tags, summary: "Drafts (or redrafts) the recipient's consolidated report from the submissions and the system's records", params: idParams, body: s.generateBody, response: { 200: s.consolidated } },
    handler: async (req) => cons.generateConsolidated(ctxOf(req), req.params.id, req.body.organizationId),
  });
  r.get('/api/v1/reports/consolidated/:id', {
    schema: { tags, summary: 'A consolidated report', params: idParams, response: { 200: s.consolidated } },
    handler: async (req) => cons.getConsolidated(ctxOf(req), req.params.id),
  });
  r.get('/api/v1/reports/consolidated/:id/export.docx', {
    schema: { tags, summary: 'The consolidated report as Word, in the party layout', params: idParams, produces: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'] },
    handler: async (req, reply) => {
      const { buffer, fileName } = await cons.consolidatedDocx(ctxOf(req), req.params.id);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', attachment(fileName, 'docx'))
        .send(buffer);
    },
  });
  r.patch('/api/v1/reports/consolidated/:id', {
    schema: { tags, summary: 'Edits the summary or the gathered sections', params: idParams, body: s.editConsolidatedBody, response: { 200: s.consolidated } },
    handler: async (req) => cons.editConsolidated(ctxOf(req), req.params.id, req.body),
  });
}
