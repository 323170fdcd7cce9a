import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Progress, Result, Segmented, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { z } from 'zod';
import type { registerDryRun, registerJob } from '../../../../server/modules/register-import/register-import.schema.ts';
import { api, apiUrl } from '../../api/api';
import { useMe } from '../../auth/session';
import { useErrorHandler } from '../../components/errors';
import { ImportErrors, toBase64 } from '../../components/ImportErrors';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { can } from '../../lib/permissions';
import { useRegisterImportT } from './i18n';

type Kind = 'incoming' | 'outgoing' | 'letters';
type DryRun = z.infer<typeof registerDryRun>;
type Job = z.infer<typeof registerJob>;
const KINDS: Kind[] = ['incoming', 'outgoing', 'letters'];
const permissionOf = (kind: Kind) => (kind === 'letters' ? 'letters.write' : 'correspondence.write');

/** Choose the register and its book, check a file (dry run), then import it all at once with a progress bar. */
export function RegisterImportPage() {
  const { t } = useRegisterImportT();
  const { modal } = App.useApp();
  const onError = useErrorHandler();
  const { data: me } = useMe();
  const [kind, setKind] = useState<Kind>('incoming');
  const [book, setBook] = useState<string | null>(null);
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const orgId = book ?? me?.grants.find((g) => can(me, permissionOf(kind), g.path))?.organizationId ?? null;

  const check = useMutation({
    mutationFn: async (f: File) => {
      const base64 = await toBase64(f);
      setFile({ name: f.name, base64 });
      setJobId(null);
      return api.post('/api/v1/register-import/:kind/dry-run', { params: { kind }, query: { organizationId: orgId ?? '' }, body: { fileBase64: base64 } });
    },
    onError: (e) => onError(e),
  });
  const start = useMutation({
    mutationFn: () => api.post('/api/v1/register-import/:kind/jobs', { params: { kind }, query: { organizationId: orgId ?? '' }, body: { fileBase64: file?.base64 ?? '' } }),
    onSuccess: (job) => setJobId(job.id),
    onError: (e) => onError(e),
  });
  const job = useQuery({
    queryKey: ['register-import', 'job', jobId],
    queryFn: () => api.get('/api/v1/register-import/jobs/:id', { params: { id: jobId ?? '' } }),
    enabled: !!jobId,
    refetchInterval: (q) => (q.state.data?.status === 'running' || !q.state.data ? 300 : false),
  });
  const reset = () => {
    setFile(null);
    setJobId(null);
    check.reset();
  };
  const dry = check.data;
  const kindName = t(`kinds.${kind}`);
  const confirm = () => modal.confirm({
    title: t('confirmTitle', { total: dry?.total ?? 0, kind: kindName }),
    content: t('confirmBody', { total: dry?.total ?? 0 }),
    okText: t('run', { total: dry?.total ?? 0 }),
    onOk: () => start.mutateAsync(),
  });
  const j = job.data;

  return (
    <Card title={t('title')} extra={<Button icon={<DownloadOutlined />} href={apiUrl('/api/v1/register-import/:kind/template.xlsx', { params: { kind } })}>{t('template')}</Button>}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Segmented<Kind> value={kind} onChange={(k) => { setKind(k); setBook(null); reset(); }} options={KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} data-testid="import-kind" />
        <Typography.Paragraph>{t('hint')}</Typography.Paragraph>
        {kind === 'outgoing' && <Typography.Paragraph type="secondary">{t('outgoingHint')}</Typography.Paragraph>}
        <Form layout="inline">
          <Form.Item label={t('book')}>
            <div style={{ width: 360 }}>
              <OrgTreeSelect value={orgId} onChange={(v) => { setBook(v); reset(); }} placeholder={t('bookHint')} />
            </div>
          </Form.Item>
        </Form>
        {!jobId && (
          <Upload accept=".xlsx,.csv" showUploadList={false} disabled={!orgId} beforeUpload={(f) => { check.mutate(f); return false; }}>
            <Button icon={<UploadOutlined />} loading={check.isPending} disabled={!orgId} data-testid="import-choose">{check.isPending ? t('checking') : t('choose')}</Button>
          </Upload>
        )}
        {dry && !jobId && <DryRunResult dry={dry} fileName={file?.name ?? ''} onRun={confirm} running={start.isPending} />}
        {j && <JobResult job={j} kindName={kindName} onAgain={reset} />}
      </Space>
    </Card>
  );
}

function DryRunResult({ dry, fileName, onRun, running }: { dry: DryRun; fileName: string; onRun: () => void; running: boolean }) {
  const { t } = useRegisterImportT();
  return (
    <div>
      <Alert
        type={dry.errors.length ? 'error' : 'success'}
        showIcon
        message={dry.errors.length ? t('checked', { file: fileName, total: dry.total, valid: dry.valid, errors: dry.errors.length }) : t('allValid', { file: fileName, total: dry.total })}
        data-testid="import-summary"
        action={dry.errors.length === 0 && <Button type="primary" onClick={onRun} loading={running} data-testid="import-run">{t('run', { total: dry.total })}</Button>}
      />
      {dry.errors.length > 0 && <ImportErrors errors={dry.errors} labels={{ row: t('row'), column: t('column'), message: t('message') }} />}
    </div>
  );
}

function JobResult({ job, kindName, onAgain }: { job: Job; kindName: string; onAgain: () => void }) {
  const { t } = useRegisterImportT();
  const percent = Math.round((job.processed / Math.max(1, job.total)) * 100);
  if (job.status === 'running') {
    return (
      <div data-testid="import-progress">
        <Typography.Text>{t('running', { processed: job.processed, total: job.total })}</Typography.Text>
        <Progress percent={percent} status="active" />
      </div>
    );
  }
  if (job.status === 'failed') {
    return <Result status="error" title={t('failed')} subTitle={job.errors.map((e) => e.message).join('; ')} extra={<Button onClick={onAgain}>{t('again')}</Button>} />;
  }
  const arrivals = Object.entries(job.summary?.byYear ?? {}).flatMap(([year, v]) => (typeof v === 'object' ? [t('arrivals', { year, first: v.first, last: v.last })] : []));
  return (
    <Result status="success" title={t('succeeded', { imported: job.summary?.imported ?? job.processed, kind: kindName })} subTitle={arrivals.join('; ')} extra={<Button onClick={onAgain}>{t('again')}</Button>} data-testid="import-done">
      <Progress percent={100} />
    </Result>
  );
}
