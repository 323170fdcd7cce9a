import type { RouteObject } from 'react-router-dom';
import { TaskPage } from '../workplan/tasks/TaskPage';
import { TasksPage } from './TasksPage';

/** "Việc của tôi" (/tasks): the user's own tasks; one task opens the work module's task page, with its actions. */
export const taskRoutes: RouteObject[] = [
  { path: 'tasks', element: <TasksPage /> },
  { path: 'tasks/:id', element: <TaskPage /> },
];
