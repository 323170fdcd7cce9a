import { Layout, Menu, type MenuProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useMe } from '../auth/session';
import { can } from '../lib/permissions';
import { NAV, navKeyFor } from '../nav';
import { HeaderBar } from './HeaderBar';

const { Sider, Header, Content } = Layout;

export function AppLayout() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const selected = navKeyFor(location.pathname);

  const items: MenuProps['items'] = NAV.map((g) => {
    const children = g.items
      .filter((item) => !item.permission || can(me, item.permission))
      .map((item) => ({
        key: item.key,
        icon: item.icon,
        label: (
          <Link to={item.path}>
            {t(`nav.${item.key}`)}
            {!item.built && <span className="nav-soon">({t('nav.soon')})</span>}
          </Link>
        ),
        title: t(`nav.${item.key}`),
      }));
    if (g.group === null) return children;
    if (children.length === 0) return [];
    return [{ type: 'group' as const, key: g.group, label: t(`nav.${g.group}`), children }];
  }).flat();

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider
        width={300}
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        breakpoint="lg"
        className="app-sider"
        style={{ position: 'sticky', top: 0, height: '100vh' }}
      >
        <Link to="/" className="app-logo" aria-label={t('app.name')}>
          <img src="/favicon.svg" alt="" />
          {!collapsed && <span>{t('app.name')}</span>}
        </Link>
        <Menu className="app-menu" theme="dark" mode="inline" selectedKeys={selected ? [selected] : []} items={items} />
      </Sider>
      <Layout>
        <Header className="app-header">
          <HeaderBar />
        </Header>
        <Content className="app-content">
          <Outlet />
        </Content>
      </Layout>
    </Layout>
  );
}
