import type { FastifyInstance } from 'fastify';

/** Placeholder: report schedules, periods, submissions, the late board and the consolidated report. */
export function reportRoutes(_app: FastifyInstance) {}
