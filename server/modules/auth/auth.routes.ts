import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import { SESSION_COOKIE } from '../../http/auth.ts';
import { ctxOf } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { sha256 } from '../../lib/secrets.ts';
import { actorBySession } from './auth.queries.ts';
import { apiToken, changePasswordBody, createTokenBody, createdToken, loginBody, me, meOf } from './auth.schema.ts';
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
      body: loginBody,
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
      body: changePasswordBody,
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
      body: createTokenBody,
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
