import type { FastifyInstance } from 'fastify';

export function memberRoutes(_app: FastifyInstance) {
  // Routes of this module are registered here.
}
