import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/context.ts';
import * as s from './meetings.schema.ts';
import * as svc from './meetings.minutes.ts';

const tags = ['meetings'];
const idParams = z.object({ id: z.uuid() });
const childParams = z.object({ id: z.uuid(), childId: z.uuid() });

/** Minutes (biên bản): drafted from the record, checked for completeness, approved, corrected as new versions. */
export function meetingMinutesRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/meetings/:id/minutes', {
    schema: { tags, summary: "Every version of the meeting's minutes, newest first", params: idParams, response: { 200: z.object({ data: z.array(s.minutes) }) } },
    handler: async (req) => ({ data: await svc.listMinutes(ctxOf(req), req.params.id) }),
  });

  r.get('/api/v1/meetings/:id/minutes/check', {
    schema: { tags, summary: 'What the minutes would lack now: no secretary, an item without notes, no resolution vote, absences without a reason...', params: idParams, response: { 200: s.completeness } },
    handler: async (req) => svc.checkCompleteness(ctxOf(req), req.params.id),
  });

  r.post('/api/v1/meetings/:id/minutes', {
    schema: {
      tags,
      summary: 'Drafts the minutes from the record (a draft is redrafted in place); after approval, a correction is a new version and needs its reason',
      params: idParams,
      body: s.draftMinutesBody,
      response: { 201: s.minutes },
    },
    handler: async (req, reply) => reply.code(201).send(await svc.draftMinutes(ctxOf(req), req.params.id, req.body)),
  });

  r.get('/api/v1/meetings/:id/minutes/:childId', {
    schema: { tags, summary: 'One version of the minutes', params: childParams, response: { 200: s.minutes } },
    handler: async (req) => svc.getMinutes(ctxOf(req), req.params.id, req.params.childId),
  });

  r.post('/api/v1/meetings/:id/minutes/:childId/approve', {
    schema: {
      tags,
      summary: 'Approval by the chair or the secretary (themselves, or recorded by the office); both approvals freeze the minutes and the record',
      params: childParams,
      body: s.approveMinutesBody,
      response: { 200: s.minutes },
    },
    handler: async (req) => svc.approveMinutes(ctxOf(req), req.params.id, req.params.childId, req.body),
  });
}
