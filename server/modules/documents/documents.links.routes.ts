import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/context.ts';
import * as s from './documents.schema.ts';
import * as links from './documents.links.ts';

const tags = ['documents'];
const idParams = z.object({ id: z.uuid() });
const relations = z.object({ data: z.array(s.documentRelation) });
const files = z.object({ data: z.array(s.documentFile) });

/** Relations between documents and attached files, one link at a time. Registered by documentRoutes. */
export function documentLinkRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/documents/:id/relations', {
    schema: { tags, summary: 'Relations in both directions: "to" (this one replaces X), "from" (Y amends this one); documents out of sight are left out', params: idParams, response: { 200: relations } },
    handler: async (req) => links.getRelations(ctxOf(req), req.params.id),
  });

  r.post('/api/v1/documents/:id/relations', {
    schema: {
      tags, params: idParams, body: s.relationInput, response: { 201: relations },
      summary: 'Records that this document replaces, amends or implements another; 422 document.relation_self / relation_invalid / relation_circular, 409 document.relation_exists',
    },
    handler: async (req, reply) => reply.code(201).send(await links.addRelation(ctxOf(req), req.params.id, req.body)),
  });

  r.delete('/api/v1/documents/:id/relations/:kind/:relatedId', {
    schema: { tags, summary: 'Removes a relation recorded on this document; 404 document.relation_unknown', params: s.relationParams, response: { 200: relations } },
    handler: async (req) => links.removeRelation(ctxOf(req), req.params.id, { documentId: req.params.relatedId, kind: req.params.kind }),
  });

  r.post('/api/v1/documents/:id/files', {
    schema: { tags, summary: 'Attaches an uploaded file (POST /api/v1/files first), in any state; the file text joins the search', params: idParams, body: s.attachFileBody, response: { 201: files } },
    handler: async (req, reply) => reply.code(201).send(await links.attachFile(ctxOf(req), req.params.id, req.body.fileId)),
  });

  r.delete('/api/v1/documents/:id/files/:fileId', {
    schema: { tags, summary: "Detaches a file from a draft (409 document.state_forbids once submitted)", params: z.object({ id: z.uuid(), fileId: z.uuid() }), response: { 200: files } },
    handler: async (req) => links.detachFile(ctxOf(req), req.params.id, req.params.fileId),
  });
}
