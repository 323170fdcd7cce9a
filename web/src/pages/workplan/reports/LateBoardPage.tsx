import { Alert, Card, Segmented, Space, Statistic, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorText } from '../../../components/errors';
import { OrgTreeSelect } from '../../../components/OrgTreeSelect';
import { PageTitle } from '../../../components/PageTitle';
import { CursorPager, useCursorStack, usePage } from '../../../components/paging';
import { formatDay } from '../../../lib/dates';
import { SEVERITY_COLORS, SUBMISSION_COLORS } from '../common';
import { useWorkT } from '../i18n';
import type { LateRow } from '../types';

type Severity = LateRow['severity'];
const ROW_BG: Record<Severity, string | undefined> = { late: '#fff1f0', due_soon: '#fffbe6', pending: undefined };

/** /cong-viec/reports/late: who has not sent their report for every open period; red late, amber due soon. */
export function LateBoardPage() {
  const { t } = useWorkT();
  const { t: tc } = useTranslation();
  const pager = useCursorStack();
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [severity, setSeverity] = useState<Severity | 'all'>('all');
  const base = { organizationId, limit: 1, includeTotal: true };
  const page = usePage('work-late', '/api/v1/reports/late-board', { organizationId, severity: severity === 'all' ? undefined : severity, limit: 50, cursor: pager.cursor, includeTotal: true });
  const late = usePage('work-late', '/api/v1/reports/late-board', { ...base, severity: 'late' });
  const soon = usePage('work-late', '/api/v1/reports/late-board', { ...base, severity: 'due_soon' });
  return (
    <>
      <PageTitle title={t('late.title')} sub={t('late.intro')} />
      <Space size="large" style={{ marginBottom: 16 }} wrap>
        <Card size="small"><Statistic title={t('late.severities.late')} value={late.data?.meta.total ?? 0} valueStyle={{ color: '#cf1322' }} /></Card>
        <Card size="small"><Statistic title={t('late.severities.due_soon')} value={soon.data?.meta.total ?? 0} valueStyle={{ color: '#d48806' }} /></Card>
      </Space>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <OrgTreeSelect style={{ width: 280 }} allowClear placeholder={t('late.organization')} value={organizationId} onChange={(v) => { setOrganizationId(v); pager.reset(); }} />
          <Segmented<Severity | 'all'>
            value={severity}
            onChange={(v) => { setSeverity(v); pager.reset(); }}
            options={[{ value: 'all', label: t('late.all') }, ...(['late', 'due_soon', 'pending'] as const).map((s) => ({ value: s, label: t(`late.severities.${s}`) }))]}
          />
        </Space>
        {page.error && <Alert type="error" showIcon title={errorText(page.error, tc)} style={{ marginBottom: 16 }} />}
        <Table<LateRow>
          rowKey="id"
          size="middle"
          loading={page.isFetching}
          dataSource={page.data?.data ?? []}
          pagination={false}
          locale={{ emptyText: t('late.empty') }}
          onRow={(r) => ({ style: { background: ROW_BG[r.severity] }, 'data-testid': `late-row-${r.severity}` } as React.HTMLAttributes<HTMLElement>)}
          scroll={{ x: 900 }}
          columns={[
            { key: 'org', title: t('reports.organization'), dataIndex: 'organizationName', width: 260 },
            { key: 'period', title: t('reports.period'), render: (_, r) => <Link to={`/cong-viec/reports/periods/${r.periodId}`}>{r.scheduleName} — {r.label}</Link> },
            { key: 'due', title: t('reports.dueOn'), width: 120, render: (_, r) => formatDay(r.dueOn) },
            { key: 'status', title: t('reports.status'), width: 130, render: (_, r) => <Tag color={SUBMISSION_COLORS[r.status]}>{t(`submissionStatuses.${r.status}`)}</Tag> },
            { key: 'severity', title: t('late.severity'), width: 150, render: (_, r) => <Tag color={SEVERITY_COLORS[r.severity]} data-testid="late-severity">{t(`late.severities.${r.severity}`)}</Tag> },
            { key: 'days', title: t('reports.daysLate'), width: 100, render: (_, r) => (r.daysLate > 0 ? <strong style={{ color: '#cf1322' }} data-testid="late-days">{t('reports.daysLateValue', { days: r.daysLate })}</strong> : '—') },
          ]}
        />
        <CursorPager pager={pager} next={page.data?.links.next} total={page.data?.meta.total} loading={page.isFetching} />
      </Card>
    </>
  );
}
