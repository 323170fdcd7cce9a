import type { AppModule } from '../../http/module.ts';
import { memberImportRoutes } from './member-import.routes.ts';

/** The members' import: template, checks and writes, on imports/. */
export const memberImportModule: AppModule = {
  name: 'member-import',
  routes: memberImportRoutes,
};

// The face: what other modules use.
export { COLUMNS } from './member-import.columns.ts';
