import type { AppModule } from '../../http/module.ts';
import { ratingsMessages } from './ratings.messages.ts';
import { ratingRoutes } from './ratings.routes.ts';

/** The yearly quality rating: rounds, self-assessment, proposal, decision, bands and quotas. */
export const ratingsModule: AppModule = {
  name: 'ratings',
  routes: ratingRoutes,
  messages: ratingsMessages,
};

// The face: what other modules use.

