import type { FastifyInstance } from 'fastify';

export function duesRoutes(_app: FastifyInstance) {
  // Routes of this module are registered here.
}
