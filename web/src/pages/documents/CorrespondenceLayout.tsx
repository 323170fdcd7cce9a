import { Tabs } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useMe } from '../../auth/session';
import { can } from '../../lib/permissions';
import { useRegisterImportT } from '../register-import/i18n';
import { useDocsT } from './i18n';

const TABS = [
  { key: 'incoming', path: '/correspondence' },
  { key: 'followUp', path: '/correspondence/follow-up' },
  { key: 'outgoing', path: '/correspondence/outgoing' },
  { key: 'statistics', path: '/correspondence/statistics' },
  { key: 'import', path: '/correspondence/import' },
] as const;

/** The registers' sub-navigation: incoming, follow-up, outgoing, monthly statistics. */
export function CorrespondenceLayout() {
  const { t } = useDocsT();
  const { t: ti } = useRegisterImportT();
  const { data: me } = useMe();
  // The import tab for those who keep a register; others would only be refused.
  const tabs = TABS.filter((tab) => tab.key !== 'import' || can(me, 'correspondence.write') || can(me, 'letters.write'));
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const active = [...TABS].reverse().find((tab) => pathname.startsWith(tab.path))?.key ?? 'incoming';
  return (
    <>
      <Tabs
        activeKey={active}
        onChange={(key) => void navigate(TABS.find((tab) => tab.key === key)?.path ?? '/correspondence')}
        items={tabs.map((tab) => ({ key: tab.key, label: tab.key === 'import' ? ti('tab') : t(`correspondence.tabs.${tab.key}`) }))}
        style={{ marginBottom: 8 }}
      />
      <Outlet />
    </>
  );
}
