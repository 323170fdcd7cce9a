import type { AppModule } from '../../http/module.ts';
import { userRoutes } from './users.routes.ts';
import { usersMessages } from './users.messages.ts';

/** The users module, as app.ts registers it. */
export const usersModule: AppModule = {
  name: 'users',
  routes: userRoutes,
  messages: usersMessages,
};

// The face: what other modules use.
export { ensureAdmin } from './users.bootstrap.ts';
