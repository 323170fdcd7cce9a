import type { AppModule } from '../../http/module.ts';
import { tasksMessages } from './tasks.messages.ts';
import { taskRoutes } from './tasks.routes.ts';

/** Tasks ("5 rõ"): lists, timeline, progress, rescheduling, completion, bulk changes, overlaps. */
export const tasksModule: AppModule = {
  name: 'tasks',
  routes: taskRoutes,
  messages: tasksMessages,
};

// The face: what other modules use.
export { createTaskIn, getTask } from './tasks.service.ts';
