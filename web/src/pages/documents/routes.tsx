import type { RouteObject } from 'react-router-dom';
import { RequirePermission } from '../../auth/RequirePermission';
import type { Permission } from '../../lib/permissions';
import { CorrespondenceLayout } from './CorrespondenceLayout';
import { DocumentPage } from './DocumentPage';
import { DocumentsPage } from './DocumentsPage';
import { FollowUpPage } from './FollowUpPage';
import { IncomingPage } from './IncomingPage';
import { LetterPage } from './LetterPage';
import { LettersPage } from './LettersPage';
import { OutgoingPage } from './OutgoingPage';
import { RegisterImportPage } from '../register-import/RegisterImportPage';
import { SearchPage } from './SearchPage';
import { StatisticsPage } from './StatisticsPage';

const guarded = (permission: Permission, element: React.ReactNode) => <RequirePermission permission={permission}>{element}</RequirePermission>;

/**
 * Documents (/documents), the registers (/correspondence: incoming, follow-up, outgoing, statistics),
 * citizens' letters (/letters) and the one search over them (/search).
 */
export const documentRoutes: RouteObject[] = [
  { path: 'documents', element: guarded('documents.read', <DocumentsPage />) },
  { path: 'documents/:id', element: guarded('documents.read', <DocumentPage />) },
  {
    path: 'correspondence',
    element: guarded('correspondence.read', <CorrespondenceLayout />),
    children: [
      { index: true, element: <IncomingPage /> },
      { path: 'follow-up', element: <FollowUpPage /> },
      { path: 'outgoing', element: <OutgoingPage /> },
      { path: 'statistics', element: <StatisticsPage /> },
      { path: 'import', element: <RegisterImportPage /> },
    ],
  },
  { path: 'letters', element: guarded('letters.read', <LettersPage />) },
  { path: 'letters/:id', element: guarded('letters.read', <LetterPage />) },
  { path: 'search', element: <SearchPage /> },
];
