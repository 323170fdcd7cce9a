import type { FastifyInstance } from 'fastify';

/** Placeholder: work programs and task progress. */
export function programRoutes(_app: FastifyInstance) {}
