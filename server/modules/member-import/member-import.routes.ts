import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { XLSX, dryRunResult, fileBody, importJob } from './member-import.schema.ts';
import * as svc from './member-import.service.ts';
import { templateWorkbook } from './member-import.template.ts';
import { attachment } from '../../http/reply.ts';

const tags = ['member-import'];
/** 10,000 members make a file of about 1 MB; base64 in JSON adds a third. */
const FILE_LIMIT = 30 * 1024 * 1024;
const upload =
  `The .xlsx file as the raw body (Content-Type: ${XLSX}) or as JSON { "fileBase64": "..." }.`;

/** The uploaded workbook, whichever way it came. */
function fileOf(req: FastifyRequest): Buffer {
  if (Buffer.isBuffer(req.body)) return req.body;
  const parsed = fileBody.safeParse(req.body);
  if (!parsed.success) throw new AppError(400, 'request.invalid');
  return Buffer.from(parsed.data.fileBase64, 'base64');
}

export function memberImportRoutes(app: FastifyInstance) {
  // The raw .xlsx body parser is registered in this plugin's scope only.
  void app.register(async (scope) => {
    scope.addContentTypeParser(XLSX, { parseAs: 'buffer', bodyLimit: FILE_LIMIT }, (_req, body, done) => done(null, body));
    const r = scope.withTypeProvider<ZodTypeProvider>();

    r.get('/api/v1/member-import/template.xlsx', {
      schema: { tags, summary: 'The import template: a sheet to fill and a sheet documenting each column', produces: [XLSX] },
      handler: async (req, reply) => {
        ctxOf(req);
        return reply.type(XLSX).header('content-disposition', attachment('Mẫu nhập đảng viên', 'xlsx')).send(await templateWorkbook());
      },
    });

    r.post('/api/v1/member-import/dry-run', {
      bodyLimit: FILE_LIMIT,
      config: { jsonBody: fileBody },
      schema: { tags, summary: 'Checks a file without writing anything: every row\'s errors (row, column, message)', description: upload, consumes: [XLSX, 'application/json'], response: { 200: dryRunResult } },
      handler: async (req) => svc.dryRun(ctxOf(req), fileOf(req), req.server.extraction),
    });

    r.post('/api/v1/member-import/jobs', {
      bodyLimit: FILE_LIMIT,
      config: { jsonBody: fileBody },
      schema: {
        tags,
        summary: 'Imports a file, all rows or none: refused with 422 and every error if any row is wrong; otherwise a job to poll',
        description: upload,
        consumes: [XLSX, 'application/json'],
        response: { 202: importJob },
      },
      handler: async (req, reply) => reply.code(202).send(await svc.startImport(ctxOf(req), fileOf(req), req.server.extraction)),
    });

    r.get('/api/v1/member-import/jobs/:id', {
      schema: { tags, summary: 'An import job: status, rows processed of the total, errors, summary', params: z.object({ id: z.uuid() }), response: { 200: importJob } },
      handler: async (req) => svc.getJob(ctxOf(req), req.params.id),
    });
  });
}
