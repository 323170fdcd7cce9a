import type { RouteObject } from 'react-router-dom';
import { TaskPage } from './TaskPage';
import { TasksPage } from './TasksPage';

/** "Việc của tôi" (/tasks) and one task; the work programs will add the rest of the module. */
export const taskRoutes: RouteObject[] = [
  { path: 'tasks', element: <TasksPage /> },
  { path: 'tasks/:id', element: <TaskPage /> },
];
