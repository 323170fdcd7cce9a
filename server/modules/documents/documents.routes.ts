import type { FastifyInstance } from 'fastify';

/** Placeholder: documents, registers and letters routes. */
export function documentRoutes(_app: FastifyInstance) {}
