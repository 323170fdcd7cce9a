import type { AppModule } from '../../http/module.ts';
import { correspondenceMessages } from './correspondence.messages.ts';
import { correspondenceRoutes } from './correspondence.routes.ts';

/** The correspondence module, as app.ts registers it. */
export const correspondenceModule: AppModule = {
  name: 'correspondence',
  routes: correspondenceRoutes,
  messages: correspondenceMessages,
};

// The face: what other modules use.

