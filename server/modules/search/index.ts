import type { AppModule } from '../../http/module.ts';
import { searchRoutes } from './search.routes.ts';

/** One search over documents, the incoming register and letters, with or without diacritics, newest matches ranked. */
export const searchModule: AppModule = {
  name: 'search',
  routes: searchRoutes,
};

// The face: what other modules use.
export { type SearchHit } from './search.schema.ts';
