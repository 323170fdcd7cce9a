import type { RouteObject } from 'react-router-dom';
import { RequirePermission } from '../../auth/RequirePermission';
import { MemberPage } from './MemberPage';
import { MembersIndex } from './MembersPage';
import { MembersLayout } from './MembersLayout';
import { QualityPage } from './QualityPage';
import { RemindersPage } from './RemindersPage';
import { StatisticsPage } from './StatisticsPage';

/** Pages of the member register under /members (the register, a member, reminders, statistics, data quality). */
export const memberRoutes: RouteObject[] = [
  {
    path: 'members',
    element: <MembersLayout />,
    children: [
      { index: true, element: <MembersIndex /> },
      {
        path: 'reminders',
        element: (
          <RequirePermission permission="members.read">
            <RemindersPage />
          </RequirePermission>
        ),
      },
      {
        path: 'statistics',
        element: (
          <RequirePermission permission="members.read">
            <StatisticsPage />
          </RequirePermission>
        ),
      },
      {
        path: 'quality',
        element: (
          <RequirePermission permission="members.read">
            <QualityPage />
          </RequirePermission>
        ),
      },
      { path: ':id', element: <MemberPage /> },
    ],
  },
];
