import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import { SESSION_COOKIE } from '../../http/auth.ts';
import { ctxOf } from '../../http/context.ts';
import { isoDay } from '../../lib/dates.ts';
import { AppError } from '../../http/errors.ts';
import { sha256 } from '../../lib/secrets.ts';
import { actorBySession } from './auth.queries.ts';
import { apiToken, createdToken, me, meOf } from './auth.schema.ts';
import * as auth from './auth.service.ts';

export function authRoutes(app: FastifyInstance, config: Config) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.secureCookies,
    maxAge: config.SESSION_DAYS * 86400,
  };

  r.post('/api/v1/auth/login', {
    schema: {
      tags: ['auth'],
      summary: 'Log in with username and password; sets the session cookie',
      body: z.strictObject({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) }),
      response: { 200: me },
    },
    handler: async (req, reply) => {
      const { token } = await auth.login(app.db, {
        ...req.body,
        ip: req.ip,
        userAgent: req.headers['user-agent'],
        sessionDays: config.SESSION_DAYS,
        requestId: req.id,
        limits: config.loginThrottle,
      });
      reply.setCookie(SESSION_COOKIE, token, cookieOptions);
      const actor = await actorBySession(app.db, sha256(token));
      if (!actor) throw new AppError(401, 'auth.invalid_credentials');
      return meOf(actor);
    },
  });

  r.post('/api/v1/auth/logout', {
    schema: { tags: ['auth'], summary: 'End this session', response: { 204: z.null() } },
    handler: async (req, reply) => {
      await auth.logout(ctxOf(req));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  });

  r.get('/api/v1/auth/me', {
    schema: { tags: ['auth'], summary: 'The logged-in user and their role grants', response: { 200: me } },
    handler: async (req) => meOf(ctxOf(req).actor),
  });

  r.post('/api/v1/auth/password', {
    schema: {
      tags: ['auth'],
      summary: 'Change my password (ends my other sessions)',
      body: z.strictObject({ currentPassword: z.string().min(1).max(200), newPassword: z.string().min(1).max(200) }),
      response: { 204: z.null() },
    },
    handler: async (req, reply) => {
      await auth.changePassword(ctxOf(req), req.body.currentPassword, req.body.newPassword);
      return reply.code(204).send(null);
    },
  });

  r.get('/api/v1/auth/tokens', {
    schema: { tags: ['auth'], summary: 'My personal API tokens', response: { 200: z.object({ data: z.array(apiToken) }) } },
    handler: async (req) => ({ data: await auth.listApiTokens(ctxOf(req)) }),
  });

  r.post('/api/v1/auth/tokens', {
    schema: {
      tags: ['auth'],
      summary: 'Create a personal API token; the secret is shown only in this answer',
      body: z.strictObject({ name: z.string().trim().min(1).max(100), expiresOn: isoDay.nullable().default(null) }),
      response: {
        201: createdToken,
      },
    },
    handler: async (req, reply) => reply.code(201).send(await auth.createApiToken(ctxOf(req), req.body.name, req.body.expiresOn)),
  });

  r.delete('/api/v1/auth/tokens/:id', {
    schema: { tags: ['auth'], summary: 'Revoke a token', params: z.object({ id: z.uuid() }), response: { 204: z.null() } },
    handler: async (req, reply) => {
      await auth.revokeApiToken(ctxOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  });
}
