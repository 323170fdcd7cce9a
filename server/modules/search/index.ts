import type { AppModule } from '../../http/module.ts';
import { searchRoutes } from './search.routes.ts';

/** The search module, as app.ts registers it. */
export const searchModule: AppModule = {
  name: 'search',
  routes: searchRoutes,
};

// The face: what other modules use.
export { type SearchHit } from './search.schema.ts';
