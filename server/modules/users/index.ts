import type { AppModule } from '../../http/module.ts';
import { userRoutes } from './users.routes.ts';
import { usersMessages } from './users.messages.ts';

/** Accounts, role grants, the first administrator (users.bootstrap.ts). */
export const usersModule: AppModule = {
  name: 'users',
  routes: userRoutes,
  messages: usersMessages,
};

// The face: what other modules use.
export { ensureAdmin } from './users.bootstrap.ts';
