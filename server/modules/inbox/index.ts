import type { AppModule } from '../../http/module.ts';
import { inboxRoutes } from './inbox.routes.ts';

/** What needs me today: my tasks due or overdue, reports my organizations owe, today's meetings, members' deadlines, documents to sign, incoming entries to handle. */
export const inboxModule: AppModule = {
  name: 'inbox',
  routes: inboxRoutes,
};

// The face: what other modules use.

