import type { AppModule } from '../../http/module.ts';
import { dashboardsMessages } from './dashboards.messages.ts';
import { dashboardRoutes } from './dashboards.routes.ts';

/** An organization's work over a date range: tasks by status and lead unit, on-time completion per unit and month, report punctuality. */
export const dashboardsModule: AppModule = {
  name: 'dashboards',
  routes: dashboardRoutes,
  messages: dashboardsMessages,
};

// The face: what other modules use.

