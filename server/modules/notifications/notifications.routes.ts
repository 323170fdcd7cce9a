import type { FastifyInstance } from 'fastify';

/** Placeholder: notifications, the inbox and the dashboards. */
export function notificationRoutes(_app: FastifyInstance) {}
