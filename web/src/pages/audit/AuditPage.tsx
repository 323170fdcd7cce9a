import { Alert, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { AuditEntry } from '../../api/types';
import { useMe } from '../../auth/session';
import { actionLabel, actorLabel, entityLabel } from '../../components/auditLabels';
import { errorText } from '../../components/errors';
import { JsonDiff } from '../../components/JsonDiff';
import { PageTitle } from '../../components/PageTitle';
import { CursorPager, useCursorStack, usePage } from '../../components/paging';
import { formatDateTime } from '../../lib/dates';
import { useDebounced } from '../../lib/useDebounced';
import { VerifyChainButton } from './VerifyChainButton';

const ENTITIES = ['organization', 'person', 'member', 'user', 'term', 'body', 'post', 'api_token', 'rule_value', 'holiday'];

/** Where an entity can be seen in the app, if anywhere. */
function entityLink(entity: string, id: string): string | null {
  if (entity === 'organization') return `/organizations/${id}`;
  if (entity === 'person') return `/people/${id}`;
  if (entity === 'member') return `/members/${id}`;
  return null;
}

export function AuditPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const entity = params.get('entity') ?? undefined;
  const [entityIdInput, setEntityIdInput] = useState(params.get('entityId') ?? '');
  const entityId = useDebounced(entityIdInput.trim(), 400);
  const pager = useCursorStack();
  const [lastId, setLastId] = useState(entityId);
  if (lastId !== entityId) {
    setLastId(entityId);
    pager.reset();
  }
  const page = usePage('audit', '/api/v1/audit', { entity, entityId, limit: 50, cursor: pager.cursor });

  return (
    <>
      <PageTitle title={t('audit.title')} sub={t('audit.intro')} extra={me?.isSystemAdmin && <VerifyChainButton />} />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select<string>
            allowClear
            style={{ width: 220 }}
            placeholder={t('audit.entityPlaceholder')}
            aria-label={t('audit.entity')}
            value={entity}
            onChange={(v) => {
              setParams((p) => {
                if (v) p.set('entity', v);
                else p.delete('entity');
                return p;
              });
              pager.reset();
            }}
            options={ENTITIES.map((e) => ({ value: e, label: entityLabel(e) }))}
          />
          <Input
            allowClear
            style={{ width: 360 }}
            placeholder={t('audit.entityIdPlaceholder')}
            aria-label={t('audit.entityId')}
            value={entityIdInput}
            onChange={(e) => setEntityIdInput(e.target.value)}
          />
        </Space>
        {page.error && <Alert type="error" showIcon title={errorText(page.error, t)} style={{ marginBottom: 16 }} />}
        <Table<AuditEntry>
          rowKey="id"
          size="small"
          loading={page.isFetching}
          dataSource={page.data?.data ?? []}
          pagination={false}
          locale={{ emptyText: t('audit.empty') }}
          expandable={{
            expandedRowRender: (r) => (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <JsonDiff before={r.before} after={r.after} />
                {r.requestId && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('audit.requestId')}: {r.requestId}
                  </Typography.Text>
                )}
              </Space>
            ),
          }}
          columns={[
            { key: 'at', title: t('audit.at'), width: 150, render: (_, r) => formatDateTime(r.at) },
            { key: 'actor', title: t('audit.actor'), width: 160, render: (_, r) => actorLabel(r.actorLabel) },
            { key: 'action', title: t('audit.action'), render: (_, r) => <Tag title={r.action}>{actionLabel(r.action)}</Tag> },
            { key: 'entity', title: t('audit.entity'), width: 150, render: (_, r) => entityLabel(r.entity) },
            {
              key: 'entityId',
              title: t('audit.entityId'),
              render: (_, r) => {
                const to = entityLink(r.entity, r.entityId);
                const text = <Typography.Text code copyable={{ text: r.entityId }}>{r.entityId.slice(0, 8)}</Typography.Text>;
                return to ? <Link to={to}>{text}</Link> : text;
              },
            },
          ]}
        />
        <CursorPager pager={pager} next={page.data?.links.next} loading={page.isFetching} />
      </Card>
    </>
  );
}
