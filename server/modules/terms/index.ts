import type { AppModule } from '../../http/module.ts';
import { termRoutes } from './terms.routes.ts';
import { termsMessages } from './terms.messages.ts';

/** Terms of a party organization, its bodies (committee, standing committee, inspection committee) and their seats, the hand-over. */
export const termsModule: AppModule = {
  name: 'terms',
  routes: termRoutes,
  messages: termsMessages,
};

// The face: what other modules use.

