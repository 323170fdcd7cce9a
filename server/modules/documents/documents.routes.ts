import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/context.ts';
import { pageQuery, pageSchema } from '../../http/paging.ts';
import { REGIMES } from '../../lib/numbering.ts';
import { commentRoutes } from './documents.comments.routes.ts';
import * as s from './documents.schema.ts';
import * as svc from './documents.service.ts';
import { issueDocument } from './documents.issue.ts';
import { listDocuments } from './documents.queries.ts';
import { listDocumentTypes } from './documents.types.ts';
import { documentAdminRoutes } from './documents.admin.routes.ts';
import { documentLinkRoutes } from './documents.links.routes.ts';
import { documentToDocx, printContext } from './documents.print.ts';
import { attachment } from '../../http/reply.ts';
import { diffVersions, transition } from './documents.workflow.ts';

const tags = ['documents'];
const idParams = z.object({ id: z.uuid() });
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Documents: types, drafts and versions, transitions, issuing, printing, links, comment rounds, administration. */
export function documentRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/document-types', {
    schema: { tags, summary: 'Document types of both regimes with their abbreviations and legal bases', querystring: z.strictObject({ regime: z.enum(REGIMES).optional() }), response: { 200: z.object({ data: z.array(s.documentType) }) } },
    handler: async (req) => ({ data: await listDocumentTypes(req.server.db, req.query.regime) }),
  });

  r.get('/api/v1/documents', {
    schema: { tags, summary: 'Documents the user may see (scope and clearance), paged; q ignores diacritics', querystring: s.listDocumentsQuery.extend(pageQuery), response: { 200: pageSchema(s.documentSummary) } },
    handler: async (req) => listDocuments(req.server.db, ctxOf(req).actor, req.query, req.query),
  });

  r.post('/api/v1/documents', {
    schema: { tags, summary: 'A new draft (version 1 of its text)', body: s.createDocumentBody, response: { 201: s.documentDetail } },
    handler: async (req, reply) => reply.code(201).send(await svc.createDocument(ctxOf(req), req.body)),
  });

  r.get('/api/v1/documents/:id', {
    schema: { tags, summary: 'A document with versions, relations, history and files; 404 beyond scope or clearance', params: idParams, response: { 200: s.documentDetail } },
    handler: async (req) => svc.getDocument(ctxOf(req), req.params.id),
  });

  r.patch('/api/v1/documents/:id', {
    schema: { tags, summary: 'Edits a draft; a changed body becomes the next version', params: idParams, body: s.updateDocumentBody, response: { 200: s.documentDetail } },
    handler: async (req) => svc.updateDocument(ctxOf(req), req.params.id, req.body),
  });

  r.post('/api/v1/documents/:id/transitions', {
    schema: { tags, summary: 'submit, return (with a reason), sign, recall or correct (with a note)', params: idParams, body: s.transitionBody, response: { 200: s.documentDetail } },
    handler: async (req) => transition(ctxOf(req), req.params.id, req.body),
  });

  r.post('/api/v1/documents/:id/issue', {
    schema: {
      tags, params: idParams, body: s.issueBody, response: { 200: s.documentDetail },
      summary: 'Issues a signed document: assigns its number and symbol by the numbering rule and writes the outgoing register, in one transaction',
    },
    handler: async (req) => issueDocument(ctxOf(req), req.params.id, req.body),
  });

  r.get('/api/v1/documents/:id/versions/:no', {
    schema: { tags, summary: 'The text of one version of a draft', params: z.object({ id: z.uuid(), no: z.coerce.number().int().min(1) }), response: { 200: s.versionText } },
    handler: async (req) => svc.getVersion(ctxOf(req), req.params.id, req.params.no),
  });

  r.get('/api/v1/documents/:id/diff', {
    schema: { tags, summary: 'Paragraph diff between two versions', params: idParams, querystring: s.diffQuery, response: { 200: s.diffResult } },
    handler: async (req) => diffVersions(ctxOf(req), req.params.id, req.query.from, req.query.to),
  });

  r.get('/api/v1/documents/:id/print.docx', {
    schema: { tags, summary: 'The document in the official layout of its regime, as Word (number line, markings, body, recipients, signature)', params: idParams, produces: [DOCX] },
    handler: async (req, reply) => {
      const ctx = ctxOf(req);
      const d = await svc.getDocument(ctx, req.params.id);
      const file = await documentToDocx(d, await printContext(ctx.db, d));
      return reply.type(DOCX).header('content-disposition', attachment(`${d.typeName} ${d.symbol ?? 'du thao'}`, 'docx')).send(file);
    },
  });

  documentAdminRoutes(app);
  documentLinkRoutes(app);
  commentRoutes(app);
}
