import { Card, Col, List, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useOrgNames } from '../../api/orgTree';
import { useMe } from '../../auth/session';
import { can } from '../../lib/permissions';
import { NAV } from '../../nav';
import { InboxSummary } from './InboxSummary';

export function HomePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const orgs = useOrgNames();
  const shortcuts = NAV.flatMap((g) => g.items).filter(
    (i) => i.built && i.key !== 'home' && (!i.permission || can(me, i.permission)),
  );

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} style={{ marginBottom: 4 }}>
          {t('home.welcome', { name: me?.displayName ?? '' })}
        </Typography.Title>
        <Typography.Text type="secondary">{t('home.intro')}</Typography.Text>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('home.inbox')}>
            <InboxSummary />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Card title={t('home.shortcuts')}>
              <Space wrap>
                {shortcuts.map((i) => (
                  <Link key={i.key} to={i.path}>
                    <Tag icon={i.icon} style={{ padding: '4px 10px', fontSize: 14 }}>
                      {t(`nav.${i.key}`)}
                    </Tag>
                  </Link>
                ))}
              </Space>
            </Card>
            <Card title={t('home.myRoles')}>
              {me?.isSystemAdmin && <Tag color="red">{t('home.systemAdmin')}</Tag>}
              <List
                size="small"
                dataSource={me?.grants ?? []}
                locale={{ emptyText: t('home.noRoles') }}
                renderItem={(g) => (
                  <List.Item>
                    <Space>
                      <Tag color="blue">{t(`roles.${g.role}`)}</Tag>
                      <Link to={`/organizations/${g.organizationId}`}>{orgs.get(g.organizationId)?.name ?? g.organizationId}</Link>
                    </Space>
                  </List.Item>
                )}
              />
            </Card>
          </Space>
        </Col>
      </Row>
    </Space>
  );
}
