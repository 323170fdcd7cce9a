import type { AppModule } from '../../http/module.ts';
import { postRoutes } from './posts.routes.ts';
import { postsMessages } from './posts.messages.ts';

/** Posts, their holdings over time, cell assignments. */
export const postsModule: AppModule = {
  name: 'posts',
  routes: postRoutes,
  messages: postsMessages,
};

// The face: what other modules use.

