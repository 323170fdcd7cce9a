import type { RouteObject } from 'react-router-dom';
import { RequirePermission } from '../../auth/RequirePermission';
import { DashboardPage } from './dashboard/DashboardPage';
import { InboxPage } from './inbox/InboxPage';
import { ProgramPage } from './programs/ProgramPage';
import { ProgramsPage } from './programs/ProgramsPage';
import { ConsolidatedPage } from './reports/ConsolidatedPage';
import { LateBoardPage } from './reports/LateBoardPage';
import { PeriodPage } from './reports/PeriodPage';
import { ReportsPage } from './reports/ReportsPage';
import { SchedulePage } from './reports/SchedulePage';
import { ReporterPage, ReviewPage } from './reports/SubmissionPage';
import { TaskPage } from './tasks/TaskPage';
import { TasksPage } from './tasks/TasksPage';

const reports = (element: React.ReactNode) => <RequirePermission permission="reports.read">{element}</RequirePermission>;

/**
 * Work programs, tasks, periodic reports, the inbox (/inbox) and the work dashboard, under /cong-viec.
 * "Việc của tôi" (/tasks) is the task list opened on the user's own work still to do.
 */
export const workRoutes: RouteObject[] = [
  { path: 'inbox', element: <InboxPage /> },
  { path: 'tasks', element: <TasksPage preset={{ mine: true, shown: 'open' }} base="/tasks" /> },
  { path: 'tasks/:id', element: <TaskPage /> },
  { path: 'cong-viec/tasks', element: <TasksPage preset={{ mine: false, shown: 'all' }} base="/cong-viec/tasks" /> },
  { path: 'cong-viec/tasks/:id', element: <TaskPage /> },
  { path: 'cong-viec/programs', element: <ProgramsPage /> },
  { path: 'cong-viec/programs/:id', element: <ProgramPage /> },
  { path: 'cong-viec/reports', element: reports(<ReportsPage />) },
  { path: 'cong-viec/reports/late', element: reports(<LateBoardPage />) },
  { path: 'cong-viec/reports/schedules/:id', element: reports(<SchedulePage />) },
  { path: 'cong-viec/reports/periods/:id', element: reports(<PeriodPage />) },
  { path: 'cong-viec/reports/periods/:periodId/organizations/:organizationId', element: reports(<ReporterPage />) },
  { path: 'cong-viec/reports/submissions/:id', element: reports(<ReviewPage />) },
  { path: 'cong-viec/reports/consolidated/:id', element: reports(<ConsolidatedPage />) },
  { path: 'cong-viec/dashboard', element: <DashboardPage /> },
];
