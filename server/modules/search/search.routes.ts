import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/context.ts';
import { search } from './search.service.ts';
import { searchHit, searchQuery } from './search.schema.ts';

/** Full-text search over documents, incoming documents and letters. Registered by documentRoutes. */
export function searchRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get('/api/v1/search', {
    schema: {
      tags: ['documents'],
      summary: 'Search documents, incoming documents and letters, with or without diacritics, ranked, with a snippet; classified records only within clearance',
      querystring: searchQuery,
      response: { 200: z.object({ data: z.array(searchHit) }) },
    },
    handler: async (req) => search(req.server.db, ctxOf(req).actor, req.query),
  });
}
