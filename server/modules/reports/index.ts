import type { AppModule } from '../../http/module.ts';
import { reportsMessages } from './reports.messages.ts';
import { reportRoutes } from './reports.routes.ts';

/** The reports module, as app.ts registers it. */
export const reportsModule: AppModule = {
  name: 'reports',
  routes: reportRoutes,
  messages: reportsMessages,
};

// The face: what other modules use.
export { combineSubmissions, systemRecords } from './reports.consolidated.ts';
export { openCurrentPeriods } from './reports.service.ts';
