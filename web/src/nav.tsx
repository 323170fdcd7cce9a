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
  /** Other paths whose pages belong to this entry. */
  also?: string[];
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
      // The one task list: opened on the user's own work; its task pages live under /cong-viec/tasks.
      { key: 'tasks', path: '/tasks', also: ['/cong-viec/tasks'], icon: <CarryOutOutlined />, built: true },
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
  let best: { item: NavItem; length: number } | undefined;
  for (const g of NAV) {
    for (const item of g.items) {
      for (const path of [item.path, ...(item.also ?? [])]) {
        const hit = path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
        if (hit && (!best || path.length > best.length)) best = { item, length: path.length };
      }
    }
  }
  return best?.item.key ?? null;
}
