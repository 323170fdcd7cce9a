import type { AppModule } from '../../http/module.ts';
import { inboxRoutes } from './inbox.routes.ts';

/** The inbox module, as app.ts registers it. */
export const inboxModule: AppModule = {
  name: 'inbox',
  routes: inboxRoutes,
};

// The face: what other modules use.

