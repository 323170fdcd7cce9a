import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/context.ts';
import { pageQuery, pageSchema } from '../../http/paging.ts';
import { listUsers } from './users.queries.ts';
import * as s from './users.schema.ts';
import * as svc from './users.service.ts';

const idParams = z.object({ id: z.uuid() });
const tags = ['users'];

export function userRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/users', {
    schema: { tags, summary: 'Accounts (administrators)', querystring: z.strictObject({ ...pageQuery, ...s.listUsersQuery.shape }), response: { 200: pageSchema(s.user) } },
    handler: async (req) => {
      const ctx = ctxOf(req);
      svc.assertManager(ctx);
      return listUsers(ctx.db, req.query, req.query);
    },
  });

  r.get('/api/v1/users/:id', {
    schema: { tags, summary: 'One account', params: idParams, response: { 200: s.user } },
    handler: async (req) => svc.getUser(ctxOf(req), req.params.id),
  });

  r.post('/api/v1/users', {
    schema: { tags, summary: 'Create an account', body: s.createUserBody, response: { 201: s.user } },
    handler: async (req, reply) => reply.code(201).send(await svc.createUser(ctxOf(req), req.body)),
  });

  r.patch('/api/v1/users/:id', {
    schema: { tags, summary: 'Edit an account', params: idParams, body: s.updateUserBody, response: { 200: s.user } },
    handler: async (req) => svc.updateUser(ctxOf(req), req.params.id, req.body),
  });

  r.post('/api/v1/users/:id/disable', {
    schema: { tags, summary: 'Disable an account (ends its sessions)', params: idParams, response: { 200: s.user } },
    handler: async (req) => svc.setDisabled(ctxOf(req), req.params.id, true),
  });

  r.post('/api/v1/users/:id/enable', {
    schema: { tags, summary: 'Enable an account', params: idParams, response: { 200: s.user } },
    handler: async (req) => svc.setDisabled(ctxOf(req), req.params.id, false),
  });

  r.post('/api/v1/users/:id/grants', {
    schema: { tags, summary: 'Grant a role on an organization (and everything below it)', params: idParams, body: s.grantInput, response: { 201: s.user } },
    handler: async (req, reply) => reply.code(201).send(await svc.addGrant(ctxOf(req), req.params.id, req.body)),
  });

  r.delete('/api/v1/users/:id/grants/:grantId', {
    schema: { tags, summary: 'Revoke a role grant', params: z.object({ id: z.uuid(), grantId: z.uuid() }), response: { 200: s.user } },
    handler: async (req) => svc.removeGrant(ctxOf(req), req.params.id, req.params.grantId),
  });

  r.post('/api/v1/users/:id/password', {
    schema: { tags, summary: 'Set a new password for an account (ends its sessions)', params: idParams, body: s.setPasswordBody, response: { 204: z.null() } },
    handler: async (req, reply) => {
      await svc.resetPassword(ctxOf(req), req.params.id, req.body.newPassword);
      return reply.code(204).send(null);
    },
  });
}
