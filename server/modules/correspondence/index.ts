import type { AppModule } from '../../http/module.ts';
import { correspondenceMessages } from './correspondence.messages.ts';
import { correspondenceRoutes } from './correspondence.routes.ts';

/** The incoming register (books per organization and year, arrival order, direction, follow-up) and the outgoing register, senders, exports, monthly statistics. */
export const correspondenceModule: AppModule = {
  name: 'correspondence',
  routes: correspondenceRoutes,
  messages: correspondenceMessages,
};

// The face: what other modules use.

