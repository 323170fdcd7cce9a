import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, DatePicker, Empty, Row, Space, Spin } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/api';
import { useOrgTree } from '../../../api/orgTree';
import { errorText } from '../../../components/errors';
import { OrgTreeSelect } from '../../../components/OrgTreeSelect';
import { PageTitle } from '../../../components/PageTitle';
import { DISPLAY_DAY, toDay } from '../../../lib/dates';
import { useWorkT } from '../i18n';
import { Bars, StackedBars } from './charts';

/** /cong-viec/dashboard: tasks by status and unit, on-time rate by month, report punctuality, correspondence, drawn in plain SVG. */
export function DashboardPage() {
  const { t } = useWorkT();
  const { t: tc } = useTranslation();
  const tree = useOrgTree(false);
  const [picked, setPicked] = useState<string | null>(null);
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('year'), dayjs()]);
  const organizationId = picked ?? tree.data?.find((o) => o.kind === 'grassroots_committee')?.id ?? tree.data?.[0]?.id ?? null;
  const q = useQuery({
    queryKey: ['work-dashboard', organizationId, toDay(range[0]), toDay(range[1])],
    queryFn: () => api.get('/api/v1/dashboards/work', { query: { organizationId: organizationId ?? '', from: toDay(range[0]), to: toDay(range[1]) } }),
    enabled: !!organizationId,
    retry: false,
  });
  const d = q.data;
  const months = [...new Set((d?.onTime ?? []).map((r) => r.month))].sort();
  const monthly = months.map((m) => {
    const rows = (d?.onTime ?? []).filter((r) => r.month === m);
    const done = rows.reduce((a, r) => a + r.onTime + r.late + r.overdue, 0);
    return { label: m.slice(5) + '/' + m.slice(2, 4), value: done ? Math.round((rows.reduce((a, r) => a + r.onTime, 0) / done) * 100) : 0 };
  });
  return (
    <>
      <PageTitle title={t('dashboard.title')} extra={
        <Space wrap>
          <OrgTreeSelect style={{ width: 280 }} value={organizationId} onChange={setPicked} placeholder={t('dashboard.organization')} />
          <DatePicker.RangePicker format={DISPLAY_DAY} value={range} onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} allowClear={false} />
        </Space>
      } />
      {q.isPending && organizationId && <Spin />}
      {q.error && <Alert type="warning" showIcon title={t('dashboard.unavailable')} description={errorText(q.error, tc)} />}
      {!organizationId && <Empty description={t('dashboard.pickOrganization')} />}
      {d && (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}><Card title={t('dashboard.tasksByStatus')}>
            <Bars data={(['open', 'in_progress', 'done', 'cancelled'] as const).map((s) => ({ label: t(`statuses.${s}`), value: d.tasks.byStatus[s] ?? 0 }))} />
          </Card></Col>
          <Col xs={24} xl={12}><Card title={t('dashboard.onTime')}><Bars data={monthly} unit="%" /></Card></Col>
          <Col xs={24}><Card title={t('dashboard.tasksByUnit')}>
            <StackedBars rows={d.tasks.byUnit.map((u) => ({ label: u.unitName, parts: [u.byStatus.done ?? 0, (u.byStatus.open ?? 0) + (u.byStatus.in_progress ?? 0) - u.overdue, u.overdue] }))} legend={[t('statuses.done'), t('statuses.in_progress'), t('dashboard.overdue')]} colors={['#52c41a', '#1677ff', '#f5222d']} />
          </Card></Col>
          <Col xs={24}><Card title={t('dashboard.reports')} extra={t('dashboard.reportsLegend')}>
            <StackedBars rows={d.reports.map((r) => ({ label: r.organizationName, parts: [r.onTime, r.late, r.missing] }))} legend={t('dashboard.reportsLegend').split(' / ')} colors={['#52c41a', '#faad14', '#f5222d']} />
          </Card></Col>
          {d.correspondence.length > 0 && (
            <Col xs={24}><Card title={t('dashboard.correspondence')}>
              <StackedBars rows={d.correspondence.map((c) => ({ label: `${c.month.slice(5)}/${c.month.slice(0, 4)}`, parts: [c.incoming, c.outgoing] }))} legend={[t('dashboard.incoming'), t('dashboard.outgoing')]} colors={['#1677ff', '#13c2c2']} />
            </Card></Col>
          )}
        </Row>
      )}
    </>
  );
}
