import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { messageFor, sendProblem } from './errors.ts';
import type { MessageCode } from './messages.ts';

/**
 * The edge of the app: what is refused before any route runs, and the answers Fastify and Node's HTTP
 * parser would otherwise send as plain JSON or plain text. Every one is problem+json with a stable code.
 */

/** A NUL (PostgreSQL text cannot hold it) or a lone surrogate (not UTF-16, so not UTF-8 either). */
const NUL = '\u0000';
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The first string in a parsed value (body, query, params) that the database would refuse, if any. */
export function badText(value: unknown, depth = 0): MessageCode | undefined {
  if (typeof value === 'string') {
    if (value.includes(NUL)) return 'request.nul_character';
    if (LONE_SURROGATE.test(value)) return 'request.invalid_unicode';
    return undefined;
  }
  if (depth > 64 || value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return undefined;
  for (const [k, v] of Object.entries(value)) {
    const found = badText(k, depth + 1) ?? badText(v, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** Refuses NUL and lone surrogates in the path, the query and a JSON body, before validation. */
export function registerInputGuards(app: FastifyInstance) {
  app.addHook('preValidation', async (req, reply) => {
    const found = badText(req.params) ?? badText(req.query) ?? badText(req.body);
    if (found) return sendProblem(reply, req, 400, found);
  });
}

/** Fastify's routing errors (a bad percent-escape, an overlong path parameter) as problems. */
export function frameworkErrors(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (err.code === 'FST_ERR_MAX_PARAM_LENGTH') return sendProblem(reply, req, 414, 'request.uri_too_long');
  return sendProblem(reply, req, 400, 'request.malformed');
}

const clientErrors: Record<string, { status: number; code: MessageCode }> = {
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, code: 'request.timeout' },
  HPE_HEADER_OVERFLOW: { status: 431, code: 'request.headers_too_large' },
};

/**
 * What Node's HTTP parser refuses (a malformed request line or header) never reaches Fastify; it is
 * answered on the socket, as problem+json in English (there is no request to read a language from).
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket) {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const { status, code } = clientErrors[err.code ?? ''] ?? { status: 400, code: 'request.malformed' as const };
  const title = messageFor(code, 'en');
  const body = JSON.stringify({ type: 'about:blank', status, code, title, detail: title });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nConnection: close\r\n` +
        `Content-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}
