import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/context.ts';
import { REGIMES } from '../../lib/numbering.ts';
import * as admin from './documents.admin.ts';
import { listNumberingRules } from './documents.types.ts';

const tags = ['documents'];
const certainty = z.enum(['V', 'S', 'U']);

const typeRow = z.object({ id: z.uuid(), regime: z.enum(REGIMES), key: z.string(), abbreviation: z.string().nullable(), name: z.string(), active: z.boolean(), certainty });
export const numberingRule = z.object({
  id: z.uuid(), regime: z.enum(REGIMES), period: z.enum(['year', 'term']), perType: z.boolean(), secretSeparate: z.boolean(), padWidth: z.number(),
  validFrom: z.string(), validTo: z.string().nullable(), certainty, note: z.string().nullable(), legalBasis: z.string().nullable().optional(),
});
const letterKindRow = z.object({ kind: z.string(), name: z.string(), deadlineDays: z.number(), certainty, note: z.string().nullable() });

/** The module's rules as data, kept by the system administrator. Registered by documentRoutes. */
export function documentAdminRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/numbering-rules', {
    schema: { tags, summary: 'How numbers run in each regime (per year or term, per type, secret apart), with legal bases and validity', response: { 200: z.object({ data: z.array(numberingRule) }) } },
    handler: async (req) => ({ data: await listNumberingRules(req.server.db) }),
  });

  r.post('/api/v1/numbering-rules', {
    schema: { tags, summary: 'A new numbering rule of a regime from a date (system administrator); the previous one ends the day before', body: admin.createNumberingRuleBody, response: { 201: numberingRule } },
    handler: async (req, reply) => reply.code(201).send(await admin.createNumberingRule(ctxOf(req), req.body)),
  });

  r.post('/api/v1/document-types', {
    schema: { tags, summary: 'A new document type (system administrator)', body: admin.createTypeBody, response: { 201: typeRow } },
    handler: async (req, reply) => reply.code(201).send(await admin.createType(ctxOf(req), req.body)),
  });

  r.patch('/api/v1/document-types/:id', {
    schema: { tags, summary: 'Renames, re-abbreviates or retires a type (system administrator); issued symbols stay as issued', params: z.object({ id: z.uuid() }), body: admin.updateTypeBody, response: { 200: typeRow } },
    handler: async (req) => admin.updateType(ctxOf(req), req.params.id, req.body),
  });

  r.put('/api/v1/letter-kinds/:kind', {
    schema: { tags: ['letters'], summary: 'The handling deadline of a kind of letter (system administrator); applies to letters registered from now on', params: admin.letterKindParams, body: admin.updateLetterKindBody, response: { 200: letterKindRow } },
    handler: async (req) => admin.updateLetterKind(ctxOf(req), req.params.kind, req.body),
  });
}
