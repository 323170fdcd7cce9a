import type { FastifyInstance } from 'fastify';

export function ratingRoutes(_app: FastifyInstance) {
  // Routes of this module are registered here.
}
