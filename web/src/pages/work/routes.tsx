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

/** Work programs, tasks, periodic reports, the inbox (/inbox) and the work dashboard, under /work. */
export const workRoutes: RouteObject[] = [
  { path: 'inbox', element: <InboxPage /> },
  { path: 'work/tasks', element: <TasksPage /> },
  { path: 'work/tasks/:id', element: <TaskPage /> },
  { path: 'work/programs', element: <ProgramsPage /> },
  { path: 'work/programs/:id', element: <ProgramPage /> },
  { path: 'work/reports', element: reports(<ReportsPage />) },
  { path: 'work/reports/late', element: reports(<LateBoardPage />) },
  { path: 'work/reports/schedules/:id', element: reports(<SchedulePage />) },
  { path: 'work/reports/periods/:id', element: reports(<PeriodPage />) },
  { path: 'work/reports/periods/:periodId/organizations/:organizationId', element: reports(<ReporterPage />) },
  { path: 'work/reports/submissions/:id', element: reports(<ReviewPage />) },
  { path: 'work/reports/consolidated/:id', element: reports(<ConsolidatedPage />) },
  { path: 'work/dashboard', element: <DashboardPage /> },
];
