import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/context.ts';
import { pageQuery, pageSchema } from '../../http/paging.ts';
import * as s from './correspondence.schema.ts';
import { followUpCounts, listBooks, listIncoming } from './correspondence.incoming.queries.ts';
import * as incoming from './correspondence.incoming.ts';
import { listOutgoing, updateOutgoing } from './correspondence.outgoing.ts';
import { incomingExcel, incomingWord, outgoingExcel, outgoingWord, periodLabel } from './correspondence.export.ts';
import { attachment } from '../../http/reply.ts';
import { listSenders } from './correspondence.senders.ts';
import { monthlyStatistics } from './correspondence.statistics.ts';

const tags = ['correspondence'];
const idParams = z.object({ id: z.uuid() });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The incoming and outgoing registers. Registered by documentRoutes. */
export function correspondenceRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/incoming', {
    schema: {
      tags, querystring: s.listIncomingQuery.extend(pageQuery), response: { 200: pageSchema(s.incomingEntry) },
      summary: 'The incoming register: one book (organizationId and year or month) in arrival order, newest first; without organizationId the combined view of the books in scope by day received, each row naming its book (organizationName). Filters: month, unit, state, urgency, follow-up, q; sort=-priority puts urgent first',
    },
    handler: async (req) => listIncoming(req.server.db, ctxOf(req).actor, req.query, req.query),
  });

  r.get('/api/v1/incoming/follow-up', {
    schema: { tags, summary: 'Follow-up counts: due, overdue, done (same filters as the list)', querystring: s.listIncomingQuery, response: { 200: s.followUpSummary } },
    handler: async (req) => followUpCounts(req.server.db, ctxOf(req).actor, req.query),
  });

  r.get('/api/v1/incoming/books', {
    schema: {
      tags, response: { 200: z.object({ data: z.array(s.incomingBook) }) },
      summary: 'The books of the incoming register the user may read: organization, year and last arrival number, newest year first',
    },
    handler: async (req) => ({ data: await listBooks(req.server.db, ctxOf(req).actor) }),
  });

  r.get('/api/v1/incoming/senders', {
    schema: {
      tags, querystring: s.sendersQuery, response: { 200: z.object({ data: z.array(s.sender) }) },
      summary: 'Issuing bodies of the incoming entries the user may see (last 2 years), most frequent first; q matches words without diacritics',
    },
    handler: async (req) => ({ data: await listSenders(req.server.db, ctxOf(req).actor, req.query) }),
  });

  r.post('/api/v1/incoming', {
    schema: {
      tags, body: s.registerIncomingBody, response: { 201: s.incomingSaved },
      summary: 'Registers an incoming document with the next arrival number of its book (organization, year); the symbol is recorded as the sender wrote it (warnings: incoming.symbol_unusual); 409 incoming.possible_duplicate (with the existing entry) unless confirmDuplicate',
    },
    handler: async (req, reply) => reply.code(201).send(await incoming.registerIncoming(ctxOf(req), req.body)),
  });

  r.get('/api/v1/incoming/:id', {
    schema: { tags, summary: 'An incoming document with its handling progress', params: idParams, response: { 200: s.incomingDetail } },
    handler: async (req) => incoming.getIncoming(ctxOf(req), req.params.id),
  });

  r.patch('/api/v1/incoming/:id', {
    schema: { tags, summary: 'The clerk corrects a registered entry (arrival number and date received stay); the history is in the audit log', params: idParams, body: s.updateIncomingBody, response: { 200: s.incomingSaved } },
    handler: async (req) => incoming.updateIncoming(ctxOf(req), req.params.id, req.body),
  });

  r.post('/api/v1/incoming/:id/direction', {
    schema: { tags, summary: "The leader's direction: lead unit or person, co-operating units, deadline", params: idParams, body: s.directBody, response: { 200: s.incomingDetail } },
    handler: async (req) => incoming.directIncoming(ctxOf(req), req.params.id, req.body),
  });

  r.post('/api/v1/incoming/:id/progress', {
    schema: { tags, summary: 'A handling progress entry', params: idParams, body: s.progressBody, response: { 201: s.incomingDetail } },
    handler: async (req, reply) => reply.code(201).send(await incoming.addProgress(ctxOf(req), req.params.id, req.body)),
  });

  r.post('/api/v1/incoming/:id/reply', {
    schema: { tags, summary: 'Links the issued outgoing document that answers it (422 incoming.reply_unrelated otherwise)', params: idParams, body: s.replyBody, response: { 200: s.incomingDetail } },
    handler: async (req) => incoming.linkReply(ctxOf(req), req.params.id, req.body),
  });

  r.post('/api/v1/incoming/:id/done', {
    schema: { tags, summary: 'Marks it handled without a reply', params: idParams, body: s.doneBody, response: { 200: s.incomingDetail } },
    handler: async (req) => incoming.markDone(ctxOf(req), req.params.id, req.body),
  });

  r.get('/api/v1/outgoing-register', {
    schema: { tags, summary: 'The outgoing register, by year, month or date range', querystring: s.listOutgoingQuery.extend(pageQuery), response: { 200: pageSchema(s.outgoingEntry) } },
    handler: async (req) => listOutgoing(ctxOf(req), req.query, req.query),
  });

  r.patch('/api/v1/outgoing-register/:id', {
    schema: { tags, summary: 'The clerk completes an entry: recipients, copies, file copy holder, date sent, note', params: idParams, body: s.updateOutgoingBody, response: { 200: s.outgoingEntry } },
    handler: async (req) => updateOutgoing(ctxOf(req), req.params.id, req.body),
  });

  registerPrintRoutes(app);
}

/** The registers printed (Excel, Word) and the monthly statistics. */
function registerPrintRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const excel = (name: string) => attachment(name, 'xlsx');

  r.get('/api/v1/outgoing-register/export.xlsx', {
    schema: { tags, summary: 'The outgoing register with all its columns, as Excel (by year, month or range)', querystring: s.listOutgoingQuery, produces: [XLSX] },
    handler: async (req, reply) => reply.type(XLSX).header('content-disposition', excel(`Sổ văn bản đi ${periodLabel(req.query)}`)).send(outgoingExcel(ctxOf(req), req.query)),
  });

  r.get('/api/v1/outgoing-register/export.docx', {
    schema: { tags, summary: 'The outgoing register as Word, to print and bind', querystring: s.listOutgoingQuery, produces: [DOCX] },
    handler: async (req, reply) => reply.type(DOCX).header('content-disposition', attachment(`Sổ văn bản đi ${periodLabel(req.query)}`, 'docx')).send(await outgoingWord(ctxOf(req), req.query)),
  });

  r.get('/api/v1/incoming/export.xlsx', {
    schema: { tags, summary: 'The incoming register with all its columns and the follow-up (deadline, reply), as Excel', querystring: s.listIncomingQuery, produces: [XLSX] },
    handler: async (req, reply) => reply.type(XLSX).header('content-disposition', excel(`Sổ văn bản đến ${periodLabel(req.query)}`)).send(await incomingExcel(ctxOf(req), req.query)),
  });

  r.get('/api/v1/incoming/export.docx', {
    schema: { tags, summary: 'The incoming register as Word, to print and bind', querystring: s.listIncomingQuery, produces: [DOCX] },
    handler: async (req, reply) => reply.type(DOCX).header('content-disposition', attachment(`Sổ văn bản đến ${periodLabel(req.query)}`, 'docx')).send(await incomingWord(ctxOf(req), req.query)),
  });

  r.get('/api/v1/correspondence/statistics', {
    schema: { tags, summary: 'Per month of a year: incoming, handled, handled late, overdue; outgoing; letters received, answered, late', querystring: s.statisticsQuery, response: { 200: z.object({ year: z.number(), months: z.array(s.monthStatistics) }) } },
    handler: async (req) => monthlyStatistics(ctxOf(req), req.query.year, req.query.organizationId),
  });
}
