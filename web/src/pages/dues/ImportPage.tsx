import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Progress, Result, Space, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiUrl } from '../../api/api';
import { ImportErrors } from '../../components/ImportErrors';
import { PageTitle } from '../../components/PageTitle';
import { MEMBER_STATUSES, type MemberStatus } from '../../../../common/enums.ts';
import type { DryRun, ImportJob } from './types';
import { useMemberImport } from './useMemberImport';

const isMemberStatus = (s: string): s is MemberStatus => (MEMBER_STATUSES as readonly string[]).includes(s);

type MemberImport = ReturnType<typeof useMemberImport>;

/** What the dry run found: all valid (and the button that imports), or the rows to fix. */
function DryRunResult({ imp, d }: { imp: MemberImport; d: DryRun }) {
  const { t } = useTranslation('dues');
  return (
    <div style={{ marginTop: 16 }}>
      <Alert
        type={d.errors.length ? 'error' : 'success'}
        showIcon
        title={d.errors.length ? t('import.checked', { file: imp.file?.name ?? '', total: d.total, valid: d.valid, errors: d.errors.length }) : t('import.allValid', { total: d.total })}
        data-testid="import-summary"
        action={d.errors.length === 0 && <Button type="primary" onClick={imp.confirm} loading={imp.start.isPending} data-testid="import-run">{t('import.run', { total: d.total })}</Button>}
      />
      {d.errors.length > 0 && <ImportErrors errors={d.errors} labels={{ row: t('import.row'), column: t('import.column'), message: t('import.message') }} />}
    </div>
  );
}

/** The import job: its progress, then what it imported by status, or why it failed. */
function JobResult({ j, onAgain }: { j: ImportJob; onAgain: () => void }) {
  const { t } = useTranslation('dues');
  const { t: tm } = useTranslation('members');
  return (
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
          extra={<Button onClick={onAgain}>{t('import.again')}</Button>}
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
        <Result status="error" title={t('import.failed')} subTitle={j.errors.map((e) => e.message).join('; ')} extra={<Button onClick={onAgain}>{t('import.again')}</Button>} />
      )}
    </div>
  );
}

/** Download the template, check a file (dry run), then import it all at once with a progress bar. */
export function ImportPage() {
  const { t } = useTranslation('dues');
  const imp = useMemberImport();
  const { check, dry, jobId } = imp;
  const j = imp.job.data;
  return (
    <>
      <PageTitle title={t('import.title')} extra={<Button icon={<DownloadOutlined />} href={apiUrl('/api/v1/member-import/template.xlsx')}>{t('import.template')}</Button>} />
      <Card>
        <Typography.Paragraph>{t('import.templateHint')}</Typography.Paragraph>
        {!jobId && (
          <Upload accept=".xlsx" showUploadList={false} beforeUpload={(f) => { check.mutate(f); return false; }}>
            <Button icon={<UploadOutlined />} loading={check.isPending} data-testid="import-choose">{check.isPending ? t('import.checking') : t('import.choose')}</Button>
          </Upload>
        )}
        {dry && !jobId && <DryRunResult imp={imp} d={dry} />}
        {j && <JobResult j={j} onAgain={imp.reset} />}
      </Card>
    </>
  );
}
