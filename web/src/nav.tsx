import {
  ApartmentOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  GlobalOutlined,
  HistoryOutlined,
  HomeOutlined,
  InboxOutlined,
  LineChartOutlined,
  OrderedListOutlined,
  ProjectOutlined,
  IdcardOutlined,
  MailOutlined,
  SwapOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Permission } from './lib/permissions';

export type ModuleKey =
  | 'home'
  | 'organizations'
  | 'people'
  | 'members'
  | 'meetings'
  | 'documents'
  | 'correspondence'
  | 'letters'
  | 'tasks'
  | 'inbox'
  | 'workTasks'
  | 'programs'
  | 'workDashboard'
  | 'reports'
  | 'inspection'
  | 'emulation'
  | 'portal'
  | 'users'
  | 'audit';

/** Modules still to come: their page says so instead of a broken link. */
export type UpcomingModule = 'members' | 'inspection' | 'emulation' | 'portal';

export interface NavItem {
  key: ModuleKey;
  path: string;
  icon: ReactNode;
  built: boolean;
  permission?: Permission;
}

export interface NavGroup {
  group: 'groupOrganization' | 'groupWork' | 'groupAdmin' | null;
  items: NavItem[];
}

export const NAV: NavGroup[] = [
  {
    group: null,
    items: [
      { key: 'home', path: '/', icon: <HomeOutlined />, built: true },
      { key: 'inbox', path: '/inbox', icon: <InboxOutlined />, built: true },
      { key: 'tasks', path: '/tasks', icon: <CarryOutOutlined />, built: true },
    ],
  },
  {
    group: 'groupOrganization',
    items: [
      { key: 'organizations', path: '/organizations', icon: <ApartmentOutlined />, built: true },
      { key: 'people', path: '/people', icon: <TeamOutlined />, built: true },
      { key: 'members', path: '/members', icon: <IdcardOutlined />, built: true },
    ],
  },
  {
    group: 'groupWork',
    items: [
      { key: 'meetings', path: '/meetings', icon: <CalendarOutlined />, built: true, permission: 'meetings.read' },
      { key: 'documents', path: '/documents', icon: <FileTextOutlined />, built: true, permission: 'documents.read' },
      { key: 'correspondence', path: '/correspondence', icon: <SwapOutlined />, built: true, permission: 'correspondence.read' },
      { key: 'letters', path: '/letters', icon: <MailOutlined />, built: true, permission: 'letters.read' },
      { key: 'workTasks', path: '/cong-viec/tasks', icon: <OrderedListOutlined />, built: true, permission: 'tasks.read' },
      { key: 'programs', path: '/cong-viec/programs', icon: <ProjectOutlined />, built: true, permission: 'tasks.read' },
      { key: 'reports', path: '/cong-viec/reports', icon: <BarChartOutlined />, built: true, permission: 'reports.read' },
      { key: 'workDashboard', path: '/cong-viec/dashboard', icon: <LineChartOutlined />, built: true, permission: 'tasks.read' },
      { key: 'inspection', path: '/inspection', icon: <FileSearchOutlined />, built: false },
      { key: 'emulation', path: '/emulation', icon: <TrophyOutlined />, built: false },
      { key: 'portal', path: '/portal', icon: <GlobalOutlined />, built: false },
    ],
  },
  {
    group: 'groupAdmin',
    items: [
      { key: 'users', path: '/admin/users', icon: <UserSwitchOutlined />, built: true, permission: 'users.manage' },
      { key: 'audit', path: '/admin/audit', icon: <HistoryOutlined />, built: true, permission: 'audit.read' },
    ],
  },
];

export const UPCOMING: UpcomingModule[] = [
  'inspection',
  'emulation',
  'portal',
];

/** The menu key for a location: the longest nav path that prefixes it; none for pages outside the menu. */
export function navKeyFor(pathname: string): ModuleKey | null {
  let best: NavItem | undefined;
  for (const g of NAV) {
    for (const item of g.items) {
      const hit = item.path === '/' ? pathname === '/' : pathname === item.path || pathname.startsWith(`${item.path}/`);
      if (hit && (!best || item.path.length > best.path.length)) best = item;
    }
  }
  return best?.key ?? null;
}
