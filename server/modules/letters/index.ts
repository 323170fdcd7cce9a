import type { AppModule } from '../../http/module.ts';
import { lettersMessages } from './letters.messages.ts';
import { letterRoutes } from './letters.routes.ts';

/** The letters module, as app.ts registers it. */
export const lettersModule: AppModule = {
  name: 'letters',
  routes: letterRoutes,
  messages: lettersMessages,
};

// The face: what other modules use.
export { handlerVisible } from './letters.service.ts';
