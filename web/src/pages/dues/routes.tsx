import type { RouteObject } from 'react-router-dom';
import { RequirePermission } from '../../auth/RequirePermission';
import { MembersLayout } from '../members/MembersLayout';
import { DuesPage } from './DuesPage';
import { ImportPage } from './ImportPage';
import { RatingsPage } from './RatingsPage';

/** Pages under /members/dues, /members/ratings and /members/import, inside the member register's tabs. */
export const duesRoutes: RouteObject[] = [
  {
    path: 'members',
    element: <MembersLayout />,
    children: [
      { path: 'dues', element: <RequirePermission permission="members.read"><DuesPage /></RequirePermission> },
      { path: 'ratings', element: <RequirePermission permission="members.read"><RatingsPage /></RequirePermission> },
      { path: 'import', element: <RequirePermission permission="members.write"><ImportPage /></RequirePermission> },
    ],
  },
];
