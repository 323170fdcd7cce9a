import type { AppModule } from '../../http/module.ts';
import { termRoutes } from './terms.routes.ts';
import { termsMessages } from './terms.messages.ts';

/** The terms module, as app.ts registers it. */
export const termsModule: AppModule = {
  name: 'terms',
  routes: termRoutes,
  messages: termsMessages,
};

// The face: what other modules use.

