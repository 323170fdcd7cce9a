import type { AppModule } from '../../http/module.ts';
import { reportsMessages } from './reports.messages.ts';
import { reportRoutes } from './reports.routes.ts';

/** Report schedules, periods (Decree 09 window or other), submissions against the form, the late board, the consolidated report and its Word file. */
export const reportsModule: AppModule = {
  name: 'reports',
  routes: reportRoutes,
  messages: reportsMessages,
};

// The face: what other modules use.
export { combineSubmissions, systemRecords } from './reports.consolidated.ts';
export { openCurrentPeriods } from './reports.service.ts';
