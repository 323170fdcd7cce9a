import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { XLSX, fileBody } from '../member-import/member-import.schema.ts';
import { CSV, bookQuery, kindParams, registerDryRun, registerJob } from './register-import.schema.ts';
import * as svc from './register-import.service.ts';
import { FILE_NAMES, registerTemplate } from './register-import.template.ts';
import { attachment } from '../../http/reply.ts';

const tags = ['register-import'];
/** 50,000 register rows make an .xlsx of about 5 MB, a CSV of about 10 MB; base64 in JSON adds a third. */
const FILE_LIMIT = 40 * 1024 * 1024;
const upload = `The .xlsx or CSV file as the raw body (Content-Type: ${XLSX} or ${CSV}) or as JSON { "fileBase64": "..." }; ` +
  'organizationId names the book (the organization whose register it is), which must be in your write scope.';

function fileOf(req: FastifyRequest): Buffer {
  if (Buffer.isBuffer(req.body)) return req.body;
  const parsed = fileBody.safeParse(req.body);
  if (!parsed.success) throw new AppError(400, 'request.invalid');
  return Buffer.from(parsed.data.fileBase64, 'base64');
}

export function registerImportRoutes(app: FastifyInstance) {
  void app.register(async (scope) => {
    for (const type of [XLSX, CSV]) scope.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: FILE_LIMIT }, (_req, body, done) => done(null, body));
    const r = scope.withTypeProvider<ZodTypeProvider>();
    r.get('/api/v1/register-import/:kind/template.xlsx', {
      schema: { tags, summary: 'The import template of a register (incoming, outgoing, letters): a sheet to fill and a guide', params: kindParams, produces: [XLSX] },
      handler: async (req, reply) => {
        ctxOf(req);
        return reply.type(XLSX).header('content-disposition', attachment(FILE_NAMES[req.params.kind], 'xlsx')).send(await registerTemplate(req.params.kind));
      },
    });
    r.post('/api/v1/register-import/:kind/dry-run', {
      bodyLimit: FILE_LIMIT,
      config: { jsonBody: fileBody },
      schema: { tags, summary: 'Checks a register file without writing anything: every row\'s errors (row, column, message)', description: upload, params: kindParams, querystring: bookQuery, consumes: [XLSX, CSV, 'application/json'], response: { 200: registerDryRun } },
      handler: async (req) => svc.dryRun(ctxOf(req), req.params.kind, req.query.organizationId, fileOf(req), req.server.extraction),
    });
    r.post('/api/v1/register-import/:kind/jobs', {
      bodyLimit: FILE_LIMIT,
      config: { jsonBody: fileBody },
      schema: {
        tags, summary: 'Imports a register file into the book, all rows or none: 422 with every error if any row is wrong; otherwise a job to poll',
        description: upload, params: kindParams, querystring: bookQuery, consumes: [XLSX, CSV, 'application/json'], response: { 202: registerJob },
      },
      handler: async (req, reply) => reply.code(202).send(await svc.startImport(ctxOf(req), req.params.kind, req.query.organizationId, fileOf(req), req.server.extraction)),
    });
    r.get('/api/v1/register-import/jobs/:id', {
      schema: { tags, summary: 'A register import job: status, rows processed of the total, errors, summary', params: z.object({ id: z.uuid() }), response: { 200: registerJob } },
      handler: async (req) => svc.getJob(ctxOf(req), req.params.id),
    });
  });
}
