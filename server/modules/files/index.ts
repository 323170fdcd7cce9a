import type { AppModule } from '../../http/module.ts';
import { fileRoutes } from './files.routes.ts';
import { filesMessages } from './files.messages.ts';

/** The files module, as app.ts registers it. */
export const filesModule: AppModule = {
  name: 'files',
  routes: fileRoutes,
  messages: filesMessages,
};

// The face: what other modules use.
export { Extraction } from './files.pool.ts';
