import { Alert, Card, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useMe } from '../../auth/session';
import { EntityHistory } from '../../components/EntityHistory';
import { errorText } from '../../components/errors';
import { OrgKindIcon, OrgKindTag } from '../../components/OrgKind';
import { formatDay } from '../../lib/dates';
import { isPartyKind } from '../../lib/enums';
import { can } from '../../lib/permissions';
import { AssignmentsTab } from './AssignmentsTab';
import { EventsTab } from './EventsTab';
import { OrgActions } from './OrgActions';
import { OrgInfoTab } from './OrgInfoTab';
import { PostsTab } from './PostsTab';
import { useOrganization } from './queries';
import { TermsTab } from './TermsTab';

export function OrgDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { data: org, isPending, error } = useOrganization(id);
  const [params, setParams] = useSearchParams();

  if (isPending) return <Card><Spin /></Card>;
  if (error || !org) return <Alert type="error" showIcon title={errorText(error, t)} />;

  const writable = can(me, 'organizations.write', org.path) && !org.dissolvedOn;
  const party = isPartyKind(org.kind);
  const tabs = [
    { key: 'info', label: t('org.tabs.info'), children: <OrgInfoTab org={org} writable={writable} /> },
    ...(party ? [{ key: 'terms', label: t('org.tabs.terms'), children: <TermsTab org={org} writable={writable} /> }] : []),
    { key: 'posts', label: t('org.tabs.posts'), children: <PostsTab org={org} writable={writable} /> },
    ...(party && org.parentId
      ? [{ key: 'assignments', label: t('org.tabs.assignments'), children: <AssignmentsTab org={org} writable={writable} /> }]
      : []),
    { key: 'events', label: t('org.tabs.events'), children: <EventsTab id={org.id} /> },
    ...(can(me, 'audit.read')
      ? [{ key: 'audit', label: t('org.tabs.audit'), children: <EntityHistory entity="organization" entityId={org.id} /> }]
      : []),
  ];
  const requested = params.get('tab');
  const active = tabs.some((tab) => tab.key === requested) ? (requested ?? 'info') : 'info';

  return (
    <Card
      title={
        <Space wrap>
          <OrgKindIcon kind={org.kind} />
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="org-title">
            {org.name}
          </Typography.Title>
          <OrgKindTag kind={org.kind} />
          {org.dissolvedOn && (
            <Tag color="default">
              {org.mergedIntoId ? t('org.merged') : t('org.dissolved')} {formatDay(org.dissolvedOn)}
            </Tag>
          )}
        </Space>
      }
      extra={writable && <OrgActions org={org} />}
    >
      <Tabs
        activeKey={active}
        onChange={(key) => setParams((p) => { p.set('tab', key); return p; }, { replace: true })}
        items={tabs}
        destroyOnHidden
      />
    </Card>
  );
}
