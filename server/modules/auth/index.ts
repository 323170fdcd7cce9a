import type { AppModule } from '../../http/module.ts';
import { actorLoader } from './auth.queries.ts';
import { authRoutes } from './auth.routes.ts';
import { authMessages } from './auth.messages.ts';

/** Log in and out, passwords, sessions, API tokens, log-in throttling (auth.throttle.ts); the actor loader http/auth.ts is handed. */
export const authModule: AppModule = {
  name: 'auth',
  routes: authRoutes,
  messages: authMessages,
};

export { actorLoader };

// The face: what other modules use.
export { actorFromApiToken, loadGrants } from './auth.queries.ts';
