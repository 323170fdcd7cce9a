import type { AppModule } from '../../http/module.ts';
import { memberImportRoutes } from './member-import.routes.ts';

/** The member-import module, as app.ts registers it. */
export const memberImportModule: AppModule = {
  name: 'member-import',
  routes: memberImportRoutes,
};

// The face: what other modules use.
export { COLUMNS } from './member-import.columns.ts';
