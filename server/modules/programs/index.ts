import type { AppModule } from '../../http/module.ts';
import { programRoutes } from './programs.routes.ts';
import { programsMessages } from './programs.messages.ts';

/** The programs module, as app.ts registers it. */
export const programsModule: AppModule = {
  name: 'programs',
  routes: programRoutes,
  messages: programsMessages,
};

// The face: what other modules use.

