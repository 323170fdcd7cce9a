import type { RouteObject } from 'react-router-dom';
import { RequirePermission } from '../../auth/RequirePermission';
import { CalendarPage } from './CalendarPage';
import { CompliancePage } from './CompliancePage';
import { MeetingPage } from './MeetingPage';
import { MeetingsLayout } from './MeetingsLayout';
import { MeetingsPage } from './MeetingsPage';

const guarded = (element: React.ReactNode) => <RequirePermission permission="meetings.read">{element}</RequirePermission>;

/** Pages of the meetings module under /meetings: the list, the calendar, the dashboard, a meeting. */
export const meetingRoutes: RouteObject[] = [
  {
    path: 'meetings',
    element: guarded(<MeetingsLayout />),
    children: [
      { index: true, element: <MeetingsPage /> },
      { path: 'calendar', element: <CalendarPage /> },
      { path: 'compliance', element: <CompliancePage /> },
      { path: ':id', element: <MeetingPage /> },
    ],
  },
];
