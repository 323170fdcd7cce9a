import type { AppModule } from '../../http/module.ts';
import { ratingsMessages } from './ratings.messages.ts';
import { ratingRoutes } from './ratings.routes.ts';

/** The ratings module, as app.ts registers it. */
export const ratingsModule: AppModule = {
  name: 'ratings',
  routes: ratingRoutes,
  messages: ratingsMessages,
};

// The face: what other modules use.

