import type { FastifyInstance } from 'fastify';

/** Placeholder: filled in by the calendar work. */
export function meetingCalendarRoutes(_app: FastifyInstance) {}
