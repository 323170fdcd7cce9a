import { createReadStream } from 'node:fs';
import path from 'node:path';
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import { ctxOf } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { fileInfo, uploadQuery } from './files.schema.ts';
import { badText } from '../../http/edge.ts';
import { type FileStore, contentPath, getFile, uploadFile } from './files.service.ts';

const tags = ['files'];

/**
 * Uploads and downloads. Multipart parsing is registered only in this plugin's scope, so no other
 * route accepts multipart bodies. Registered by documentRoutes.
 */
export function fileRoutes(app: FastifyInstance, config: Config) {
  const store: FileStore = { root: path.resolve(config.DATA_DIR, 'files'), maxBytes: config.FILE_MAX_BYTES, extraction: app.extraction };
  void app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: store.maxBytes, files: 1, fields: 5, parts: 6 } });
    const r = scope.withTypeProvider<ZodTypeProvider>();

    r.post('/api/v1/files', {
      schema: {
        tags, querystring: uploadQuery, response: { 201: fileInfo },
        summary: 'Uploads one file (multipart field "file"); type judged from content, programs and scripts refused (415), over FILE_MAX_BYTES refused (413)',
      },
      handler: async (req, reply) => {
        const ctx = ctxOf(req);
        const part = await req.file();
        if (!part) throw new AppError(400, 'file.missing');
        // The file name is text from the client, like a JSON field: the edge's guard does not see it.
        const badName = badText(part.filename);
        if (badName) throw new AppError(400, badName);
        const saved = await uploadFile(ctx, store, { organizationId: req.query.organizationId, name: path.basename(part.filename || 'tep'), stream: part.file });
        return reply.code(201).send(saved);
      },
    });
  });

  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/files/:id', {
    schema: { tags, summary: 'What a file is: name, size, type, hash', params: z.object({ id: z.uuid() }), response: { 200: fileInfo } },
    handler: async (req) => getFile(ctxOf(req), req.params.id),
  });

  r.get('/api/v1/files/:id/content', {
    schema: { tags, summary: 'The file itself, as an attachment', params: z.object({ id: z.uuid() }) },
    handler: async (req, reply) => {
      const f = await getFile(ctxOf(req), req.params.id);
      return reply
        .type(f.mime)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.name)}`)
        .header('x-content-type-options', 'nosniff')
        // Should a browser render it anyway, it runs nothing and reaches nothing from the app's origin.
        .header('content-security-policy', "default-src 'none'; sandbox; frame-ancestors 'none'")
        .send(createReadStream(contentPath(store, f.sha256)));
    },
  });
}
