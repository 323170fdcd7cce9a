import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import { sha256 } from '../lib/secrets.ts';
import { sendProblem } from './errors.ts';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../lib/roles.ts';

export const SESSION_COOKIE = 'congtac_session';
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A cookie-borne write must come from our own pages: the Origin (or Referer) must be this host or listed. */
function originAllowed(req: FastifyRequest, config: Config, allowMissing: boolean): boolean {
  const source = req.headers.origin || req.headers.referer;
  if (!source) return allowMissing;
  let origin: string;
  try {
    origin = new URL(source).origin;
  } catch {
    return false;
  }
  const host = req.headers.host;
  const candidates = host ? [`http://${host}`, `https://${host}`] : [];
  if (config.PUBLIC_URL) candidates.push(config.PUBLIC_URL);
  const allowed = [...candidates, ...config.allowedOrigins].flatMap((c) => {
    try {
      return [new URL(c).origin];
    } catch {
      return [];
    }
  });
  return allowed.includes(origin);
}

/** How the request finds its actor; the auth module supplies it (http/ knows no module). Hashes are SHA-256 hex. */
export interface ActorLoader {
  bySession(db: Kysely<DB>, sessionHash: string): Promise<Actor | null>;
  /** The actor behind a raw API token (Bearer header); null when unknown, revoked or expired. */
  byApiToken(db: Kysely<DB>, rawToken: string): Promise<Actor | null>;
  /** Extends a session used now by `days`. */
  touchSession(db: Kysely<DB>, sessionHash: string, days: number): Promise<void>;
}

export function registerAuth(app: FastifyInstance, config: Config, actors: ActorLoader) {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (req, reply) => {
    if (!req.url.startsWith('/api/')) return;
    const auth = req.headers.authorization;
    if (auth?.toLowerCase().startsWith('bearer ')) {
      // Bearer tokens are not sent by browsers on their own, so they need no Origin check.
      req.actor = await actors.byApiToken(app.db, auth.slice(7));
      if (!req.actor) return sendProblem(reply, req, 401, 'auth.required');
      return;
    }
    const cookie = req.cookies[SESSION_COOKIE];
    const isWrite = WRITE_METHODS.has(req.method);
    // Logging in from a script sends no Origin; a browser always does on a cross-site POST, so a
    // missing Origin is allowed there only. Every other cookie-borne write must name our origin.
    const isLogin = req.url.startsWith('/api/v1/auth/login');
    if (isWrite && (cookie || isLogin) && !originAllowed(req, config, isLogin && !cookie)) {
      return sendProblem(reply, req, 403, 'auth.origin_rejected');
    }
    if (cookie) {
      const sessionId = sha256(cookie);
      req.actor = await actors.bySession(app.db, sessionId);
      if (req.actor) await actors.touchSession(app.db, sessionId, config.SESSION_DAYS);
    }
  });
}
