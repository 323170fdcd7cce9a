import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type Lang, type Text, requestLang } from './i18n.ts';
import { fieldLabel, labelStates } from './labels.ts';
import { type MessageCode, messageText } from './messages.ts';

export interface FieldError {
  field: string;
  /** The field in words ("Phiên bản" for body.version), when the label map knows it. */
  label?: string;
  code: string;
  message: string;
}

/**
 * A failure the client can act on. `code` is stable (clients and tests match on it); the human text
 * comes from the catalogue in messages.ts in the request's language.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: MessageCode,
    readonly vars: Record<string, string | number> = {},
    readonly extra: Record<string, unknown> = {},
  ) {
    super(code);
  }
}

export const notFound = (vars: Record<string, string | number> = {}) => new AppError(404, 'resource.not_found', vars);
export const forbidden = () => new AppError(403, 'auth.forbidden');

/** The stale-version answer: 409 with the record as it is now, so the client can merge. */
export const conflict = (current: unknown) => new AppError(409, 'resource.version_conflict', {}, { current });

function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

/** The catalogue's text with its variables; a state or status variable is printed as its label. */
export function messageFor(code: MessageCode, lang: Lang, vars: Record<string, string | number> = {}): string {
  return fill(messageText(code)[lang], labelStates(code, lang, vars));
}

const zodLocales = { vi: z.locales.vi(), en: z.locales.en() };

interface ValidationEntry {
  keyword: string;
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
}

function fieldErrors(entries: ValidationEntry[], context: string | undefined, lang: Lang): FieldError[] {
  return entries.map((e) => {
    const path = e.instancePath.split('/').filter(Boolean);
    const issue = { ...e.params, code: e.keyword, path } as unknown as z.core.$ZodRawIssue;
    let message: string | undefined;
    const custom = (e.params.params as { text?: Text } | undefined)?.text;
    if (custom) message = custom[lang];
    else {
      const localized = zodLocales[lang].localeError(issue);
      message = typeof localized === 'string' ? localized : localized?.message;
    }
    const keys = e.keyword === 'unrecognized_keys' ? (e.params.keys as string[] | undefined) : undefined;
    const parts = [...path, ...(keys?.length === 1 ? keys : [])];
    const field = [context, ...parts].filter(Boolean).join('.');
    const label = fieldLabel(parts, lang);
    return { field, ...(label ? { label } : {}), code: e.keyword, message: message ?? e.message ?? e.keyword };
  });
}

export function sendProblem(
  reply: FastifyReply,
  req: FastifyRequest,
  status: number,
  code: MessageCode,
  opts: { vars?: Record<string, string | number>; errors?: FieldError[]; extra?: Record<string, unknown> } = {},
) {
  const lang = requestLang(req);
  const title = messageFor(code, lang, opts.vars);
  // The human text names each invalid field in words: "Phiên bản: ...", not "body.version".
  const detail = opts.errors?.length
    ? `${title} ${opts.errors.map((e) => `${e.label ?? e.field}: ${e.message}`).join('; ')}`
    : title;
  return reply
    .code(status)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: `about:blank`,
      status,
      code,
      title,
      detail,
      instance: req.url,
      requestId: req.id,
      ...(opts.errors ? { errors: opts.errors } : {}),
      ...opts.extra,
    });
}

/** Fastify's own client errors, by their error code. */
const fastifyCodes: Record<string, { status: number; code: MessageCode }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'request.body_too_large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'request.unsupported_media_type' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'request.malformed_json' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'request.malformed_json' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'request.malformed' },
  FST_ERR_BAD_URL: { status: 400, code: 'request.malformed' },
  FST_ERR_ASYNC_CONSTRAINT: { status: 400, code: 'request.malformed' },
};

/** Constraint violations that slipped past validation are still the client's fault, not a 500. */
const databaseErrors: Record<string, { status: number; code: MessageCode }> = {
  '23505': { status: 409, code: 'resource.duplicate' },
  '23503': { status: 422, code: 'resource.reference_invalid' },
  '23514': { status: 422, code: 'request.invalid' },
  '22P02': { status: 400, code: 'request.malformed' },
  '22007': { status: 400, code: 'request.malformed' },
  '22008': { status: 400, code: 'request.malformed' },
};

export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) {
      if (typeof err.extra.retryAfter === 'number') void reply.header('retry-after', String(err.extra.retryAfter));
      return sendProblem(reply, req, err.status, err.code, { vars: err.vars, extra: err.extra });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const errors = fieldErrors(err.validation as unknown as ValidationEntry[], err.validationContext, requestLang(req));
      return sendProblem(reply, req, 400, 'request.invalid', { errors });
    }
    const db = databaseErrors[String(err.code)];
    if (db) return sendProblem(reply, req, db.status, db.code);
    const known = err.code ? fastifyCodes[err.code] : undefined;
    if (known) return sendProblem(reply, req, known.status, known.code);
    if (err instanceof SyntaxError || (err.statusCode === 400 && /JSON/i.test(err.message))) {
      return sendProblem(reply, req, 400, 'request.malformed_json');
    }
    if (err.statusCode === 429) return sendProblem(reply, req, 429, 'auth.rate_limited');
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return sendProblem(reply, req, err.statusCode, 'request.malformed');
    }
    req.log.error({ err }, 'unhandled error');
    return sendProblem(reply, req, 500, 'server.internal');
  });
}
