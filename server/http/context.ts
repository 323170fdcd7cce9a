import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../lib/roles.ts';
import type { Lang } from './i18n.ts';
import { requestLang } from './i18n.ts';
import { AppError } from './errors.ts';

/** What every service call receives: the database, who acts, and the request to blame in the audit log. */
export interface Ctx {
  db: Kysely<DB>;
  actor: Actor;
  requestId: string;
  lang: Lang;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyInstance {
    db: Kysely<DB>;
  }
}

/** The context of a logged-in request; 401 when nobody is logged in. */
export function ctxOf(req: FastifyRequest): Ctx {
  if (!req.actor) throw new AppError(401, 'auth.required');
  return { db: req.server.db, actor: req.actor, requestId: req.id, lang: requestLang(req) };
}
