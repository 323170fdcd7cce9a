import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useMe } from '../../auth/session';
import { can } from '../../lib/permissions';

const TABS = ['list', 'reminders', 'statistics', 'quality', 'dues', 'ratings', 'import'] as const;
type TabKey = (typeof TABS)[number];

const pathOf = (key: TabKey) => (key === 'list' ? '/members' : `/members/${key}`);

function tabOf(pathname: string): TabKey {
  const segment = pathname.split('/')[2] ?? '';
  return (TABS as readonly string[]).includes(segment) ? (segment as TabKey) : 'list';
}

/** The section's sub-navigation: register, deadlines, statistics, data quality, dues, ratings, import. */
export function MembersNav() {
  const { t } = useTranslation('members');
  const { data: me } = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  if (!can(me, 'members.read')) return null;
  return (
    <Tabs
      className="members-nav"
      activeKey={tabOf(location.pathname)}
      onChange={(key) => void navigate(pathOf(key as TabKey))}
      items={TABS.map((key) => ({ key, label: t(`tabs.${key}`) }))}
      style={{ marginBottom: 8 }}
    />
  );
}

export function MembersLayout() {
  return (
    <>
      <MembersNav />
      <Outlet />
    </>
  );
}
