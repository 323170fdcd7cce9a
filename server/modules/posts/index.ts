import type { AppModule } from '../../http/module.ts';
import { postRoutes } from './posts.routes.ts';
import { postsMessages } from './posts.messages.ts';

/** The posts module, as app.ts registers it. */
export const postsModule: AppModule = {
  name: 'posts',
  routes: postRoutes,
  messages: postsMessages,
};

// The face: what other modules use.

