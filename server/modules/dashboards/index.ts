import type { AppModule } from '../../http/module.ts';
import { dashboardsMessages } from './dashboards.messages.ts';
import { dashboardRoutes } from './dashboards.routes.ts';

/** The dashboards module, as app.ts registers it. */
export const dashboardsModule: AppModule = {
  name: 'dashboards',
  routes: dashboardRoutes,
  messages: dashboardsMessages,
};

// The face: what other modules use.

