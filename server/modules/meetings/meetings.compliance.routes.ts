import type { FastifyInstance } from 'fastify';

/** Placeholder: filled in by the compliance work. */
export function meetingComplianceRoutes(_app: FastifyInstance) {}
