import type { RouteObject } from 'react-router-dom';
import { RequirePermission } from '../../auth/RequirePermission';
import { DuesPage } from './DuesPage';
import { ImportPage } from './ImportPage';
import { RatingsPage } from './RatingsPage';

/** Pages under /members/dues, /members/ratings and /members/import. */
export const duesRoutes: RouteObject[] = [
  { path: 'members/dues', element: <RequirePermission permission="members.read"><DuesPage /></RequirePermission> },
  { path: 'members/ratings', element: <RequirePermission permission="members.read"><RatingsPage /></RequirePermission> },
  { path: 'members/import', element: <RequirePermission permission="members.write"><ImportPage /></RequirePermission> },
];
