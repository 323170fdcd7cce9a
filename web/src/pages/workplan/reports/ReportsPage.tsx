import { PlusOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useMe } from '../../../auth/session';
import { errorText } from '../../../components/errors';
import { PageTitle } from '../../../components/PageTitle';
import { CursorPager, useCursorStack, usePage } from '../../../components/paging';
import { can } from '../../../lib/permissions';
import { useWorkT } from '../i18n';
import type { ScheduleSummary } from '../types';
import { OwedReports } from './OwedReports';
import { ScheduleCreateModal } from './ScheduleCreateModal';

/** /cong-viec/reports: the report schedules the user receives. */
export function ReportsPage() {
  const { t } = useWorkT();
  const { t: tc } = useTranslation();
  const { data: me } = useMe();
  const pager = useCursorStack();
  const [creating, setCreating] = useState(false);
  const page = usePage('work-schedules', '/api/v1/reports/schedules', { limit: 50, cursor: pager.cursor, includeTotal: true });
  return (
    <>
      <PageTitle
        title={t('reports.title')}
        sub={t('reports.intro')}
        extra={
          <Space wrap>
            <Link to="/cong-viec/reports/late"><Button icon={<WarningOutlined />} danger>{t('late.title')}</Button></Link>
            {can(me, 'reports.write') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('reports.addSchedule')}</Button>}
          </Space>
        }
      />
      <OwedReports />
      <Card title={t('reports.schedules')}>
        {page.error && <Alert type="error" showIcon title={errorText(page.error, tc)} style={{ marginBottom: 16 }} />}
        <Table<ScheduleSummary>
          rowKey="id"
          size="middle"
          loading={page.isFetching}
          dataSource={page.data?.data ?? []}
          pagination={false}
          locale={{ emptyText: t('reports.schedulesEmpty') }}
          columns={[
            { key: 'name', title: t('reports.name'), render: (_, s) => <Link to={`/cong-viec/reports/schedules/${s.id}`}>{s.name}</Link> },
            { key: 'kind', title: t('reports.kind'), width: 130, render: (_, s) => t(`reportKinds.${s.kind}`) },
            { key: 'recipient', title: t('reports.recipient'), dataIndex: 'recipientName', width: 240 },
            { key: 'cutoff', title: t('reports.cutoffDay'), dataIndex: 'cutoffDay', width: 130 },
            { key: 'due', title: t('reports.dueWorkingDays'), dataIndex: 'dueWorkingDays', width: 160, responsive: ['lg'] },
          ]}
        />
        <CursorPager pager={pager} next={page.data?.links.next} total={page.data?.meta.total} loading={page.isFetching} />
      </Card>
      <ScheduleCreateModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
