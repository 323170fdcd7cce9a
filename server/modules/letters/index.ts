import type { AppModule } from '../../http/module.ts';
import { lettersMessages } from './letters.messages.ts';
import { letterRoutes } from './letters.routes.ts';

/** Citizens' letters (đơn thư): numbered per year, deadlines by kind, steps and the answer. */
export const lettersModule: AppModule = {
  name: 'letters',
  routes: letterRoutes,
  messages: lettersMessages,
};

// The face: what other modules use.
export { handlerVisible } from './letters.service.ts';
