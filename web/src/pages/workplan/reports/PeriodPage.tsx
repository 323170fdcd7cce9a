import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Popconfirm, Result, Space, Spin, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, isApiError } from '../../../api/api';
import { useMe } from '../../../auth/session';
import { errorText, useErrorHandler } from '../../../components/errors';
import { PageTitle } from '../../../components/PageTitle';
import { formatDateTime, formatDay, today } from '../../../lib/dates';
import { can } from '../../../lib/permissions';
import { SUBMISSION_COLORS } from '../common';
import { useWorkT } from '../i18n';
import type { PeriodSubmission } from '../types';

const dueSoon = (due: string) => due >= today() && due <= new Date(Date.now() + 3 * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);

/** A period: every reporter's state (red late, amber due soon), its reports, closing, the consolidated report. */
export function PeriodPage() {
  const { id = '' } = useParams();
  const { t } = useWorkT();
  const { t: tc } = useTranslation();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const onError = useErrorHandler();
  const q = useQuery({ queryKey: ['work-period', id], queryFn: () => api.get('/api/v1/reports/periods/:id', { params: { id } }), retry: false });
  const schedule = useQuery({ queryKey: ['work-schedule', q.data?.scheduleId], queryFn: () => api.get('/api/v1/reports/schedules/:id', { params: { id: q.data?.scheduleId ?? '' } }), enabled: !!q.data, retry: false });
  const close = useMutation({ mutationFn: () => api.post('/api/v1/reports/periods/:id/close', { params: { id } }), onSuccess: () => void qc.invalidateQueries({ queryKey: ['work-period', id] }), onError: (e) => onError(e) });
  const consolidate = useMutation({
    mutationFn: (organizationId: string) => api.post('/api/v1/reports/periods/:id/consolidated', { params: { id }, body: { organizationId } }),
    onSuccess: (c) => void navigate(`/cong-viec/reports/consolidated/${c.id}`),
    onError: (e) => onError(e),
  });
  if (q.isPending) return <Spin />;
  if (isApiError(q.error) && [400, 403, 404].includes(q.error.status)) return <Result status="404" title="404" subTitle={t('reports.notFound')} extra={<Link to="/cong-viec/reports">{t('reports.back')}</Link>} />;
  if (q.error) return <Alert type="error" showIcon title={errorText(q.error, tc)} />;
  const p = q.data;
  // A reporting cell reads the schedule too: only its recipient reviews.
  const recipient = schedule.data?.isRecipient ? schedule.data : undefined;
  const lateTone = (s: PeriodSubmission) => (s.status === 'submitted' || s.status === 'accepted' ? undefined : s.daysLate > 0 || p.dueOn < today() ? '#fff1f0' : dueSoon(p.dueOn) ? '#fffbe6' : undefined);
  const sent = p.submissions.filter((s) => s.status === 'submitted' || s.status === 'accepted').length;
  const late = p.submissions.filter((s) => s.daysLate > 0).length;
  return (
    <>
      <Link to={recipient ? `/cong-viec/reports/schedules/${recipient.id}` : '/cong-viec/reports'}><ArrowLeftOutlined /> {p.scheduleName}</Link>
      <PageTitle
        title={`${p.scheduleName} — ${p.label}`}
        sub={t('reports.counts', { sent, total: p.submissions.length, late, missing: p.submissions.length - sent })}
        extra={recipient && can(me, 'reports.write') && (
          <Space wrap>
            <Button type="primary" loading={consolidate.isPending} onClick={() => consolidate.mutate(recipient.recipientOrganizationId)} data-testid="period-consolidate">{t('reports.consolidate')}</Button>
            {p.state === 'open' && (
              <Popconfirm title={t('reports.closeWarning')} onConfirm={() => close.mutate()} okText={t('reports.close')} okButtonProps={{ danger: true }} cancelText={tc('common.cancel')}>
                <Button danger>{t('reports.close')}</Button>
              </Popconfirm>
            )}
          </Space>
        )}
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('reports.periodRange')}>{formatDay(p.periodStart)} – {formatDay(p.periodEnd)}</Descriptions.Item>
          <Descriptions.Item label={t('reports.dueOn')}>{formatDay(p.dueOn)}</Descriptions.Item>
          <Descriptions.Item label={t('reports.state')}><Tag color={p.state === 'open' ? 'blue' : 'default'}>{t(`reports.periodStates.${p.state}`)}</Tag></Descriptions.Item>
        </Descriptions>
      </Card>
      <Card>
        <Table<PeriodSubmission>
          rowKey="organizationId"
          size="middle"
          pagination={false}
          dataSource={p.submissions}
          onRow={(s) => ({ style: { background: lateTone(s) } })}
          columns={[
            { key: 'org', title: t('reports.organization'), dataIndex: 'organizationName' },
            { key: 'status', title: t('reports.status'), width: 140, render: (_, s) => <Tag color={SUBMISSION_COLORS[s.status]} data-testid="period-status">{t(`submissionStatuses.${s.status}`)}</Tag> },
            { key: 'at', title: t('reports.submittedAt'), width: 160, render: (_, s) => formatDateTime(s.submittedAt) || '—' },
            { key: 'late', title: t('reports.daysLate'), width: 100, render: (_, s) => (s.daysLate > 0 ? <strong style={{ color: '#cf1322' }}>{t('reports.daysLateValue', { days: s.daysLate })}</strong> : '—') },
            {
              key: 'open', title: '', width: 140,
              render: (_, s) => (recipient && s.submissionId ? <Link to={`/cong-viec/reports/submissions/${s.submissionId}`} data-testid="period-open-submission">{t('reports.open')}</Link>
                : !recipient && p.state === 'open' ? <Link to={`/cong-viec/reports/periods/${p.id}/organizations/${s.organizationId}`} data-testid="period-write">{t('reports.write')}</Link> : null),
            },
          ]}
        />
      </Card>
    </>
  );
}
