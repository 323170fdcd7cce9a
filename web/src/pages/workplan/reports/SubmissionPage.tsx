import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Popconfirm, Result, Space, Spin, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api, isApiError } from '../../../api/api';
import { useMe } from '../../../auth/session';
import { errorText, useErrorHandler } from '../../../components/errors';
import { FormModal } from '../../../components/FormModal';
import { PageTitle } from '../../../components/PageTitle';
import { required } from '../../../components/forms';
import { formatDay } from '../../../lib/dates';
import { can } from '../../../lib/permissions';
import { SUBMISSION_COLORS } from '../common';
import { useWorkT } from '../i18n';
import type { Period, PeriodSubmission } from '../types';
import { templateOf } from './FigureInputs';
import { SubmissionForm } from './SubmissionForm';

function useReport(periodId: string | undefined, submissionId: string | null | undefined) {
  const period = useQuery({ queryKey: ['work-period', periodId], queryFn: () => api.get('/api/v1/reports/periods/:id', { params: { id: periodId ?? '' } }), enabled: !!periodId, retry: false });
  const schedule = useQuery({ queryKey: ['work-schedule', period.data?.scheduleId], queryFn: () => api.get('/api/v1/reports/schedules/:id', { params: { id: period.data?.scheduleId ?? '' } }), enabled: !!period.data, retry: false });
  const submission = useQuery({ queryKey: ['work-submission', submissionId], queryFn: () => api.get('/api/v1/reports/submissions/:id', { params: { id: submissionId ?? '' } }), enabled: !!submissionId, retry: false });
  return { period, schedule, submission };
}

type Status = PeriodSubmission['status'];

function Frame({ period, org, status, children }: { period: Period; org: string; status: Status; children: React.ReactNode }) {
  const { t } = useWorkT();
  return (
    <>
      <Link to={`/cong-viec/reports/periods/${period.id}`}><ArrowLeftOutlined /> {period.scheduleName} — {period.label}</Link>
      <PageTitle
        title={<Space wrap><span>{t('submission.title', { org })}</span><Tag color={SUBMISSION_COLORS[status]} data-testid="submission-status">{t(`submissionStatuses.${status}`)}</Tag></Space>}
        sub={`${t('reports.dataPeriod', { from: formatDay(period.periodStart), to: formatDay(period.periodEnd) })} · ${t('reports.dueOn')}: ${formatDay(period.dueOn)}`}
      />
      {children}
    </>
  );
}

/** /cong-viec/reports/periods/:periodId/organizations/:organizationId: the reporter writes, saves and sends its report. */
export function ReporterPage() {
  const { periodId = '', organizationId = '' } = useParams();
  const { t } = useWorkT();
  const { t: tc } = useTranslation();
  const first = useQuery({ queryKey: ['work-period', periodId], queryFn: () => api.get('/api/v1/reports/periods/:id', { params: { id: periodId } }), retry: false });
  const line = first.data?.submissions.find((s) => s.organizationId === organizationId);
  const { schedule, submission } = useReport(periodId, line?.submissionId);
  if (first.isPending || (line?.submissionId && submission.isPending) || schedule.isPending) return <Spin />;
  if (first.error || !line || !first.data) return <Result status="404" title="404" subTitle={first.error ? errorText(first.error, tc) : t('reports.notFound')} />;
  const s = submission.data ?? null;
  const template = templateOf(schedule.data?.template, s?.figures ?? {}, s?.narrative ?? {});
  return (
    <Frame period={first.data} org={line.organizationName} status={s?.status ?? 'missing'}>
      <SubmissionForm periodId={periodId} organizationId={organizationId} recipient={schedule.data?.recipientName ?? first.data.scheduleName} template={template} submission={s} guessed={!schedule.data} />
    </Frame>
  );
}

/** /cong-viec/reports/submissions/:id: a sent report, returned with a reason or accepted by the recipient. */
export function ReviewPage() {
  const { id = '' } = useParams();
  const { t } = useWorkT();
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const qc = useQueryClient();
  const onError = useErrorHandler();
  const [returning, setReturning] = useState(false);
  const sub = useQuery({ queryKey: ['work-submission', id], queryFn: () => api.get('/api/v1/reports/submissions/:id', { params: { id } }), retry: false });
  const { period, schedule } = useReport(sub.data?.periodId, null);
  if (sub.isPending || period.isPending) return <Spin />;
  if (isApiError(sub.error) || !sub.data || !period.data) return <Result status="404" title="404" subTitle={sub.error ? errorText(sub.error, tc) : t('reports.notFound')} />;
  const s = sub.data;
  const reviewer = !!schedule.data && can(me, 'reports.write') && s.status === 'submitted';
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: ['work-submission', id] });
    void qc.invalidateQueries({ queryKey: ['work-period', s.periodId] });
  };
  const accept = () => api.post('/api/v1/reports/submissions/:id/accept', { params: { id }, body: { version: s.version } }).then(() => { void message.success(t('submission.accepted')); refresh(); }, (e: unknown) => onError(e, { reload: [['work-submission', id]] }));
  return (
    <Frame period={period.data} org={s.organizationName} status={s.status}>
      {reviewer && (
        <Space style={{ marginBottom: 16 }}>
          <Popconfirm title={t('submission.acceptConfirm')} onConfirm={() => void accept()} okText={t('submission.accept')} cancelText={tc('common.cancel')}>
            <Button type="primary" data-testid="submission-accept">{t('submission.accept')}</Button>
          </Popconfirm>
          <Button danger onClick={() => setReturning(true)} data-testid="submission-return">{t('submission.return')}</Button>
        </Space>
      )}
      {schedule.error && !schedule.data && <Alert type="info" showIcon title={t('submission.noTemplate')} style={{ marginBottom: 16 }} />}
      <SubmissionForm periodId={s.periodId} organizationId={s.organizationId} recipient={schedule.data?.recipientName ?? ''} template={templateOf(schedule.data?.template, s.figures, s.narrative)} submission={s} guessed={false} readOnly={schedule.data?.isRecipient ?? false} />
      <FormModal<{ reason: string }> open={returning} title={t('submission.return')} danger okText={t('submission.return')} onClose={() => setReturning(false)} onDone={refresh} submit={(v) => api.post('/api/v1/reports/submissions/:id/return', { params: { id }, body: { version: s.version, reason: v.reason } })}>
        <Form.Item name="reason" label={t('submission.returnReason')} rules={[required(tc, t('submission.returnReason'))]}><Input.TextArea rows={3} /></Form.Item>
      </FormModal>
    </Frame>
  );
}
