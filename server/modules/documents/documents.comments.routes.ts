import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/context.ts';
import { attachment } from '../../http/reply.ts';
import * as s from './documents.comments.schema.ts';
import * as svc from './documents.comments.ts';
import { commentsTable } from './documents.docx.ts';

const tags = ['documents'];
const idParams = z.object({ id: z.uuid() });
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Comment rounds on drafts. Registered by documentRoutes. */
export function commentRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/documents/:id/comment-rounds', {
    schema: { tags, summary: "A draft's comment rounds with their comments", params: idParams, response: { 200: z.object({ data: z.array(s.round) }) } },
    handler: async (req) => svc.listRounds(ctxOf(req), req.params.id),
  });

  r.post('/api/v1/documents/:id/comment-rounds', {
    schema: { tags, summary: 'Opens a comment round (lấy ý kiến) on a version of the draft: recipients and deadline', params: idParams, body: s.createRoundBody, response: { 201: s.round } },
    handler: async (req, reply) => reply.code(201).send(await svc.createRound(ctxOf(req), req.params.id, req.body)),
  });

  r.get('/api/v1/comment-rounds/:id', {
    schema: { tags, summary: 'A round with its comments, each with the paragraph it is about', params: idParams, response: { 200: s.round } },
    handler: async (req) => svc.getRound(ctxOf(req), req.params.id),
  });

  r.post('/api/v1/comment-rounds/:id/comments', {
    schema: { tags, summary: 'Records a comment on a paragraph (1-based) or on the whole (paragraph null)', params: idParams, body: s.commentBody, response: { 201: s.round } },
    handler: async (req, reply) => reply.code(201).send(await svc.addComment(ctxOf(req), req.params.id, req.body)),
  });

  r.put('/api/v1/comments/:id/answer', {
    schema: { tags, summary: "The drafter's handling of a comment: accepted, partly accepted or explained", params: idParams, body: s.answerBody, response: { 200: s.round } },
    handler: async (req) => svc.answerComment(ctxOf(req), req.params.id, req.body),
  });

  r.post('/api/v1/comment-rounds/:id/close', {
    schema: { tags, summary: 'Closes the round: no more comments', params: idParams, response: { 200: s.round } },
    handler: async (req) => svc.closeRound(ctxOf(req), req.params.id),
  });

  r.get('/api/v1/comment-rounds/:id/table.docx', {
    schema: { tags, summary: 'The table of comments received and how each was handled (bảng tổng hợp tiếp thu, giải trình), as Word', params: idParams, produces: [DOCX] },
    handler: async (req, reply) => {
      const round = await svc.getRound(ctxOf(req), req.params.id);
      return reply.type(DOCX).header('content-disposition', attachment(`Bảng tổng hợp ý kiến ${round.title}`, 'docx')).send(await commentsTable(round));
    },
  });
}
