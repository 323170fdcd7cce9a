import type { FastifyInstance } from 'fastify';

/** Placeholder: filled in by the exports work. */
export function meetingExportRoutes(_app: FastifyInstance) {}
