import { createBrowserRouter } from 'react-router-dom';
import { RequireAuth } from './auth/RequireAuth';
import { RequirePermission } from './auth/RequirePermission';
import { AppLayout } from './components/AppLayout';
import { NotFound, UnderConstruction } from './components/UnderConstruction';
import { UPCOMING } from './nav';
import { TokensPage } from './pages/account/TokensPage';
import { AuditPage } from './pages/audit/AuditPage';
import { HomePage } from './pages/home/HomePage';
import { LoginPage } from './pages/login/LoginPage';
import { OrganizationsPage } from './pages/organizations/OrganizationsPage';
import { PeoplePage } from './pages/people/PeoplePage';
import { PersonPage } from './pages/people/PersonPage';
import { UsersPage } from './pages/users/UsersPage';
import { documentRoutes } from './pages/documents/routes';
import { duesRoutes } from './pages/dues/routes';
import { meetingRoutes } from './pages/meetings/routes';
import { memberRoutes } from './pages/members/routes';
import { workRoutes } from './pages/workplan/routes';

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: 'organizations/:id?', element: <OrganizationsPage /> },
      { path: 'people', element: <PeoplePage /> },
      { path: 'people/:id', element: <PersonPage /> },
      {
        path: 'admin/users',
        element: (
          <RequirePermission permission="users.manage">
            <UsersPage />
          </RequirePermission>
        ),
      },
      {
        path: 'admin/audit',
        element: (
          <RequirePermission permission="audit.read">
            <AuditPage />
          </RequirePermission>
        ),
      },
      { path: 'account/tokens', element: <TokensPage /> },
      ...memberRoutes,
      ...duesRoutes,
      ...meetingRoutes,
      ...workRoutes,
      ...documentRoutes,
      ...UPCOMING.map((module) => ({ path: module, element: <UnderConstruction module={module} /> })),
      { path: '*', element: <NotFound /> },
    ],
  },
]);
