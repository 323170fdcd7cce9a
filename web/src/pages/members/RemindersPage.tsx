import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/api';
import { errorText } from '../../components/errors';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageTitle } from '../../components/PageTitle';
import { formatDay } from '../../lib/dates';
import type { Reminder } from './types';

const WINDOWS = [30, 60, 90] as const;

/** "Quá hạn N ngày" in red, "Còn N ngày" in amber. */
export function DueTag({ r }: { r: Reminder }) {
  const { t } = useTranslation('members');
  if (r.overdue) {
    return (
      <Tag color="red" data-testid="reminder-due">
        {Math.abs(r.daysLeft) > 0 ? t('reminders.overdueDays', { n: Math.abs(r.daysLeft) }) : t('reminders.overdue')}
      </Tag>
    );
  }
  return (
    <Tag color="gold" data-testid="reminder-due">
      {r.daysLeft === 0 ? t('reminders.today') : t('reminders.daysLeft', { n: r.daysLeft })}
    </Tag>
  );
}

/** Nhắc hạn: what the rules require to be done soon (ceremony, probation review, transfers...). */
export function RemindersPage() {
  const { t } = useTranslation('members');
  const { t: tc } = useTranslation();
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [within, setWithin] = useState<number>(30);
  const { data, isFetching, error } = useQuery({
    queryKey: ['members', 'reminders', organizationId, within],
    queryFn: () => api.get('/api/v1/members/reminders', { query: { organizationId, within } }),
    select: (r) => ({ rows: [...r.data].sort((a, b) => a.dueOn.localeCompare(b.dueOn)), warnings: r.warnings }),
  });
  return (
    <>
      <PageTitle title={t('tabs.reminders')} />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <OrgTreeSelect style={{ width: 320 }} allowClear placeholder={t('reminders.organization')} value={organizationId} onChange={setOrganizationId} />
          <Typography.Text>{t('reminders.within')}</Typography.Text>
          <Segmented<number>
            value={within}
            onChange={setWithin}
            options={WINDOWS.map((n) => ({ value: n, label: t('reminders.withinDays', { n }) }))}
          />
        </Space>
        {error && <Alert type="error" showIcon title={errorText(error, tc)} style={{ marginBottom: 16 }} />}
        {data?.warnings.map((w) => <Alert key={w.code} type="warning" showIcon title={w.message} style={{ marginBottom: 16 }} data-testid="reminders-warning" />)}
        <Table<Reminder>
          rowKey={(r) => `${r.kind}-${r.memberId}-${r.dueOn}`}
          size="middle"
          loading={isFetching}
          dataSource={data?.rows ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: t('reminders.empty') }}
          columns={[
            { key: 'kind', title: t('reminders.kind'), render: (_, r) => t(`reminders.kinds.${r.kind}`) },
            {
              key: 'member',
              title: t('reminders.member'),
              render: (_, r) => (
                <Link to={`/members/${r.memberId}`} data-testid="reminder-member">
                  {r.fullName}
                </Link>
              ),
            },
            { key: 'cell', title: t('fields.cell'), dataIndex: 'cellName', ellipsis: true },
            {
              key: 'dueOn', title: t('reminders.dueOn'), width: 150,
              render: (_, r) => <>{formatDay(r.dueOn)}{r.calendarWarning && <Tag color="orange" style={{ marginLeft: 4 }}>{t('reminders.outsideCalendar')}</Tag>}</>,
            },
            { key: 'left', title: t('reminders.left'), width: 170, render: (_, r) => <DueTag r={r} /> },
          ]}
        />
      </Card>
    </>
  );
}
