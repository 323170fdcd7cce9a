import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { type Ctx, ctxOf } from '../../http/context.ts';
import { forbidden, notFound } from '../../http/errors.ts';
import { pageQuery, pageSchema, paginate } from '../../http/paging.ts';
import { canAnywhere, scopesFor } from '../../lib/roles.ts';
import { findOrganization } from '../organizations/organizations.queries.ts';
import { findPerson } from '../people/people.queries.ts';
import { verifyAuditChain } from './audit.chain.ts';

const entry = z.object({
  seq: z.number(),
  id: z.uuid(),
  at: z.string(),
  actorUserId: z.uuid().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
});

/** Whole-log readers hold audit.read on a top-level organization. */
function readsWholeLog(ctx: Ctx): boolean {
  return scopesFor(ctx.actor, 'audit.read').some((p) => p.split('/').filter(Boolean).length === 1);
}

/** One entity's history is readable by whoever holds audit.read and can see the entity itself. */
async function assertEntityVisible(ctx: Ctx, entity: string, entityId: string) {
  const uuid = z.uuid().safeParse(entityId);
  if (!uuid.success) throw notFound();
  let orgId: string | undefined;
  if (entity === 'organization') orgId = entityId;
  else if (entity === 'person') {
    if (await findPerson(ctx.db, ctx.actor, entityId)) return;
    throw notFound();
  } else if (entity === 'term' || entity === 'post' || entity === 'body') {
    const table = entity === 'term' ? 'terms' : entity === 'post' ? 'posts' : 'bodies';
    const row = await ctx.db.selectFrom(table).select('organizationId').where('id', '=', entityId).executeTakeFirst();
    orgId = row?.organizationId;
  } else if (entity === 'user' && canAnywhere(ctx.actor, 'users.manage')) return;
  if (!orgId || !(await findOrganization(ctx.db, ctx.actor, orgId))) throw notFound();
}

export function auditRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/audit', {
    schema: {
      tags: ['audit'],
      summary: 'The audit log, newest first; with entity and entityId, that record\'s history',
      querystring: z.strictObject({
        ...pageQuery,
        entity: z.string().max(60).optional(),
        entityId: z.string().max(100).optional(),
        actorUserId: z.uuid().optional(),
        action: z.string().max(60).optional(),
      }),
      response: { 200: pageSchema(entry) },
    },
    handler: async (req) => {
      const ctx = ctxOf(req);
      const { entity, entityId, actorUserId, action } = req.query;
      if (!canAnywhere(ctx.actor, 'audit.read')) throw forbidden();
      if (entity && entityId) await assertEntityVisible(ctx, entity, entityId);
      else if (!readsWholeLog(ctx)) throw forbidden();
      let q = ctx.db
        .selectFrom('auditLog as a')
        .select(['a.seq', 'a.id', 'a.at', 'a.actorUserId', 'a.actorLabel', 'a.action', 'a.entity', 'a.entityId', 'a.before', 'a.after', 'a.requestId']);
      if (entity) q = q.where('a.entity', '=', entity);
      if (entityId) q = q.where('a.entityId', '=', entityId);
      if (actorUserId) q = q.where('a.actorUserId', '=', actorUserId);
      if (action) q = q.where('a.action', 'like', `${action.replace(/[%_]/g, '')}%`);
      return paginate(q, { ...req.query, sort: '-seq' }, {
        default: '-seq',
        id: sql`a.id`,
        columns: { seq: { expr: sql`a.seq`, value: (row) => row.seq } },
      });
    },
  });

  r.get('/api/v1/audit/verify', {
    schema: {
      tags: ['audit'],
      summary: 'Walk the hash chain; the first row that does not add up is named',
      response: { 200: z.object({ ok: z.boolean(), rows: z.number(), seq: z.number().optional(), id: z.string().optional(), reason: z.string().optional() }) },
    },
    handler: async (req) => {
      const ctx = ctxOf(req);
      if (!ctx.actor.isSystemAdmin) throw forbidden();
      return verifyAuditChain(ctx.db);
    },
  });
}
