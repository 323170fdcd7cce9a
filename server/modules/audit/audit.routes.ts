import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { ctxOf } from '../../http/context.ts';
import { forbidden } from '../../http/errors.ts';
import { pageQuery, pageSchema, paginate } from '../../http/paging.ts';
import { canAnywhere } from '../../lib/roles.ts';
import { readableEntries, redactEntry } from './audit.access.ts';
import { verifyAuditChain } from './audit.chain.ts';
import { auditEntry, chainVerdict } from './audit.schema.ts';

export function auditRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/audit', {
    schema: {
      tags: ['audit'],
      summary: 'The audit log, newest first, within the reader\'s scope; with entity and entityId, one record\'s history',
      querystring: z.strictObject({
        ...pageQuery,
        entity: z.string().max(60).optional(),
        entityId: z.string().max(100).optional(),
        actorUserId: z.uuid().optional(),
        action: z.string().max(60).optional(),
      }),
      response: { 200: pageSchema(auditEntry) },
    },
    handler: async (req) => {
      const ctx = ctxOf(req);
      const { entity, entityId, actorUserId, action } = req.query;
      if (!canAnywhere(ctx.actor, 'audit.read')) throw forbidden();
      // Entries are read like the records they describe: scope, the record kind's permission, clearance
      // (audit.access.ts). Entries with no organization (accounts, system) only by whole-log readers.
      let q = ctx.db
        .selectFrom('auditLog as a')
        .where(readableEntries(ctx.actor))
        .select(['a.seq', 'a.id', 'a.at', 'a.actorUserId', 'a.actorLabel', 'a.action', 'a.entity', 'a.entityId', 'a.scopePath', 'a.before', 'a.after', 'a.requestId']);
      if (entity) q = q.where('a.entity', '=', entity);
      if (entityId) q = q.where('a.entityId', '=', entityId);
      if (actorUserId) q = q.where('a.actorUserId', '=', actorUserId);
      if (action) q = q.where('a.action', 'like', `${action.replace(/[%_]/g, '')}%`);
      const page = await paginate(q, { ...req.query, sort: '-seq' }, {
        default: '-seq',
        id: sql`a.id`,
        columns: { seq: { expr: sql`a.seq`, value: (row) => row.seq } },
      });
      return { ...page, data: page.data.map((row) => redactEntry(ctx.actor, row)) };
    },
  });

  r.get('/api/v1/audit/verify', {
    schema: {
      tags: ['audit'],
      summary: 'Walk the hash chain; the first row that does not add up is named',
      response: { 200: chainVerdict },
    },
    handler: async (req) => {
      const ctx = ctxOf(req);
      if (!ctx.actor.isSystemAdmin) throw forbidden();
      return verifyAuditChain(ctx.db);
    },
  });
}
