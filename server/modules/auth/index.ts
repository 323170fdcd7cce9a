import type { AppModule } from '../../http/module.ts';
import { actorLoader } from './auth.queries.ts';
import { authRoutes } from './auth.routes.ts';
import { authMessages } from './auth.messages.ts';

/** The auth module, as app.ts registers it. */
export const authModule: AppModule = {
  name: 'auth',
  routes: authRoutes,
  messages: authMessages,
};

export { actorLoader };

// The face: what other modules use.
export { actorFromApiToken, loadGrants } from './auth.queries.ts';
