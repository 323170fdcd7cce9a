import type { AppModule } from '../../http/module.ts';
import { peopleRoutes } from './people.routes.ts';

/** The people directory, a person's titles on a date (people.titles.ts), their timeline. */
export const peopleModule: AppModule = {
  name: 'people',
  routes: peopleRoutes,
};

// The face: what other modules use.
export { findPerson } from './people.queries.ts';
export { titlesOn } from './people.titles.ts';
