import { useInfiniteQuery } from '@tanstack/react-query';
import { Alert, Button, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/api';
import type { AuditEntry } from '../api/types';
import { formatDateTime } from '../lib/dates';
import { actionLabel, actorLabel } from './auditLabels';
import { errorText } from './errors';
import { JsonDiff } from './JsonDiff';

export const auditKey = (entity?: string, entityId?: string) => ['audit', entity ?? null, entityId ?? null] as const;

/** The audit trail of one record, newest first, with each change's before/after. */
export function EntityHistory({ entity, entityId }: { entity: string; entityId: string }) {
  const { t } = useTranslation();
  const query = useInfiniteQuery({
    queryKey: [...auditKey(entity, entityId), 'history'],
    queryFn: ({ pageParam }) => api.get('/api/v1/audit', { query: { entity, entityId, limit: 20, cursor: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.links.next ?? undefined,
  });
  if (query.isError) return <Alert type="warning" showIcon title={errorText(query.error, t)} />;
  const rows = query.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <>
      <Table<AuditEntry>
        size="small"
        rowKey="id"
        loading={query.isPending}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('audit.empty') }}
        expandable={{ expandedRowRender: (r) => <JsonDiff before={r.before} after={r.after} /> }}
        columns={[
          { title: t('audit.at'), dataIndex: 'at', width: 140, render: (v: string) => formatDateTime(v) },
          { title: t('audit.actor'), dataIndex: 'actorLabel', ellipsis: true, render: (v: string) => actorLabel(v) },
          { title: t('audit.action'), dataIndex: 'action', render: (v: string) => <Tag title={v}>{actionLabel(v)}</Tag> },
        ]}
      />
      {query.hasNextPage && (
        <div style={{ textAlign: 'center', marginTop: 12 }}>
          <Button onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
            {t('audit.more')}
          </Button>
        </div>
      )}
      {rows.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
          {t('audit.intro')}
        </Typography.Paragraph>
      )}
    </>
  );
}
