import { useQuery } from '@tanstack/react-query';
import { Badge, Card, Segmented, Space } from 'antd';
import { useState } from 'react';
import { api } from '../../api/api';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageTitle } from '../../components/PageTitle';
import { useCursorStack } from '../../components/paging';
import { useDocsT } from './i18n';
import { IncomingTable } from './IncomingTable';
import type { FollowUpSummary } from './types';

type Bucket = keyof FollowUpSummary;
const BUCKETS: Bucket[] = ['overdue', 'due', 'done'];
const COLORS: Record<Bucket, string> = { overdue: '#cf1322', due: '#1677ff', done: '#389e0d' };

/** /correspondence/follow-up: entries in time, overdue (in red) and handled, by handling unit. */
export function FollowUpPage() {
  const { t } = useDocsT();
  const [bucket, setBucket] = useState<Bucket>('overdue');
  const [unitId, setUnitId] = useState<string | null>(null);
  const pager = useCursorStack();
  const counts = useQuery({
    queryKey: ['incoming', 'follow-up', unitId],
    queryFn: () => api.get('/api/v1/incoming/follow-up', { query: { unitId } }),
  });
  return (
    <>
      <PageTitle title={t('followUp.title')} />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Segmented<Bucket>
            value={bucket}
            onChange={(b) => { setBucket(b); pager.reset(); }}
            options={BUCKETS.map((b) => ({
              value: b,
              label: <Space>{t(`followUp.${b}`)}<Badge count={counts.data?.[b] ?? 0} overflowCount={99999} showZero color={COLORS[b]} /></Space>,
            }))}
            data-testid="follow-up-buckets"
          />
          <OrgTreeSelect allowClear style={{ width: 260 }} placeholder={t('incoming.unit')} value={unitId} onChange={(v) => { setUnitId(v); pager.reset(); }} />
        </Space>
        <IncomingTable query={{ followUp: bucket, unitId, sort: bucket === 'done' ? '-receivedOn' : 'deadline' }} pager={pager} />
      </Card>
    </>
  );
}
