import type { AppModule } from '../../http/module.ts';
import { organizationRoutes } from './organizations.routes.ts';
import { organizationsMessages } from './organizations.messages.ts';

/** The organization tree and its history (founding, renaming, moves, mergers, dissolution). */
export const organizationsModule: AppModule = {
  name: 'organizations',
  routes: organizationRoutes,
  messages: organizationsMessages,
};

// The face: what other modules use.
export { findOrganization, visibleOrganizations } from './organizations.queries.ts';
