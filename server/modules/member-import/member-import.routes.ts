import type { FastifyInstance } from 'fastify';

export function memberImportRoutes(_app: FastifyInstance) {
  // Routes of this module are registered here.
}
