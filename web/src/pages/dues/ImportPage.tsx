import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Progress, Result, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { useErrorHandler } from '../../components/errors';
import { ImportErrors, toBase64 } from '../../components/ImportErrors';
import { PageTitle } from '../../components/PageTitle';
import { MEMBER_STATUSES, type MemberStatus } from '../../../../common/enums.ts';
import type { DryRun, ImportJob } from './types';

const isMemberStatus = (s: string): s is MemberStatus => (MEMBER_STATUSES as readonly string[]).includes(s);

/** Download the template, check a file (dry run), then import it all at once with a progress bar. */
export function ImportPage() {
  const { t } = useTranslation('dues');
  const { t: tm } = useTranslation('members');
  const { modal } = App.useApp();
  const onError = useErrorHandler();
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);

  const check = useMutation({
    mutationFn: async (f: File) => {
      const base64 = await toBase64(f);
      setFile({ name: f.name, base64 });
      setJobId(null);
      return api.post<DryRun>('/api/v1/member-import/dry-run', { fileBase64: base64 });
    },
    onError: (e) => onError(e),
  });
  const start = useMutation({
    mutationFn: () => api.post<ImportJob>('/api/v1/member-import/jobs', { fileBase64: file?.base64 }),
    onSuccess: (job) => setJobId(job.id),
    onError: (e) => onError(e),
  });
  const job = useQuery({
    queryKey: ['member-import', 'job', jobId],
    queryFn: () => api.get<ImportJob>(`/api/v1/member-import/jobs/${jobId}`),
    enabled: !!jobId,
    refetchInterval: (q) => (q.state.data?.status === 'running' || !q.state.data ? 500 : false),
  });

  const dry = check.data;
  const confirm = () =>
    modal.confirm({
      title: t('import.confirmTitle', { total: dry?.total ?? 0 }),
      content: t('import.confirmBody', { total: dry?.total ?? 0 }),
      okText: t('import.run', { total: dry?.total ?? 0 }),
      onOk: () => start.mutateAsync(),
    });
  const reset = () => {
    setFile(null);
    setJobId(null);
    check.reset();
  };
  const j = job.data;

  return (
    <>
      <PageTitle title={t('import.title')} extra={<Button icon={<DownloadOutlined />} href="/api/v1/member-import/template.xlsx">{t('import.template')}</Button>} />
      <Card>
        <Typography.Paragraph>{t('import.templateHint')}</Typography.Paragraph>
        {!jobId && (
          <Upload accept=".xlsx" showUploadList={false} beforeUpload={(f) => { check.mutate(f); return false; }}>
            <Button icon={<UploadOutlined />} loading={check.isPending} data-testid="import-choose">{check.isPending ? t('import.checking') : t('import.choose')}</Button>
          </Upload>
        )}
        {dry && !jobId && (
          <div style={{ marginTop: 16 }}>
            <Alert
              type={dry.errors.length ? 'error' : 'success'}
              showIcon
              title={dry.errors.length ? t('import.checked', { file: file?.name ?? '', total: dry.total, valid: dry.valid, errors: dry.errors.length }) : t('import.allValid', { total: dry.total })}
              data-testid="import-summary"
              action={dry.errors.length === 0 && <Button type="primary" onClick={confirm} loading={start.isPending} data-testid="import-run">{t('import.run', { total: dry.total })}</Button>}
            />
            {dry.errors.length > 0 && <ImportErrors errors={dry.errors} labels={{ row: t('import.row'), column: t('import.column'), message: t('import.message') }} />}
          </div>
        )}
        {j && (
          <div style={{ marginTop: 16 }}>
            {j.status === 'running' && (
              <Space direction="vertical" style={{ width: '100%' }}>
                <Typography.Text>{t('import.running', { processed: j.processed, total: j.total })}</Typography.Text>
                <Progress percent={Math.round((j.processed / Math.max(1, j.total)) * 100)} status="active" />
              </Space>
            )}
            {j.status === 'succeeded' && (
              <Result
                status="success"
                title={t('import.succeeded', { imported: j.summary?.imported ?? j.processed })}
                extra={<Button onClick={reset}>{t('import.again')}</Button>}
              >
                <Progress percent={100} />
                <Descriptions size="small" column={1} title={t('import.byStatus')}>
                  {Object.entries(j.summary?.byStatus ?? {}).map(([status, n]) => (
                    <Descriptions.Item key={status} label={isMemberStatus(status) ? tm(`status.${status}`) : status}>{n}</Descriptions.Item>
                  ))}
                </Descriptions>
              </Result>
            )}
            {j.status === 'failed' && (
              <Result status="error" title={t('import.failed')} subTitle={j.errors.map((e) => e.message).join('; ')} extra={<Button onClick={reset}>{t('import.again')}</Button>} />
            )}
          </div>
        )}
      </Card>
    </>
  );
}
