import { Tabs } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useMeetingsT } from './i18n';

const TABS = ['list', 'calendar', 'compliance'] as const;
type TabKey = (typeof TABS)[number];

const pathOf = (key: TabKey) => (key === 'list' ? '/meetings' : `/meetings/${key}`);

function tabOf(pathname: string): TabKey {
  const segment = pathname.split('/')[2] ?? '';
  return (TABS as readonly string[]).includes(segment) ? (segment as TabKey) : 'list';
}

/** The section's sub-navigation: the list, the calendar, the dashboard of monthly meetings held. */
export function MeetingsLayout() {
  const { t } = useMeetingsT();
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <>
      <Tabs
        activeKey={tabOf(location.pathname)}
        onChange={(key) => void navigate(pathOf(key as TabKey))}
        items={TABS.map((key) => ({ key, label: t(`tabs.${key}`) }))}
        style={{ marginBottom: 8 }}
      />
      <Outlet />
    </>
  );
}
