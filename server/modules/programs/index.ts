import type { AppModule } from '../../http/module.ts';
import { programRoutes } from './programs.routes.ts';
import { programsMessages } from './programs.messages.ts';

/** Work programs and their items; an item becomes a task. */
export const programsModule: AppModule = {
  name: 'programs',
  routes: programRoutes,
  messages: programsMessages,
};

// The face: what other modules use.

