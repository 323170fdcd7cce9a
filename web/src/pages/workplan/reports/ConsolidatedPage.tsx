import { FileWordOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Descriptions, Input, Popconfirm, Result, Row, Space, Spin, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api, apiUrl } from '../../../api/api';
import { errorText, useErrorHandler } from '../../../components/errors';
import { PageTitle } from '../../../components/PageTitle';
import { formatDateTime, formatDay } from '../../../lib/dates';
import { useWorkT } from '../i18n';
import type { Consolidated, ConsolidatedContent } from '../types';

type Figure = ConsolidatedContent['figures'][number];
const show = (v: unknown) => (typeof v === 'number' ? v.toLocaleString('vi-VN') : typeof v === 'boolean' ? (v ? '✓' : '—') : typeof v === 'string' && v ? v : '—');

function Records({ c }: { c: ConsolidatedContent }) {
  const { t } = useWorkT();
  const { i18n } = useTranslation();
  // Vietnamese groups thousands with a dot (30.087) and writes the decimal comma.
  const separators = i18n.language === 'en' ? { groupSeparator: ',', decimalSeparator: '.' } : { groupSeparator: '.', decimalSeparator: ',' };
  const r = c.records;
  const meetings = Object.values(r.meetingsHeld).reduce((a, b) => a + b, 0);
  const items: [string, number][] = [
    [t('consolidated.meetingsHeld'), meetings], [t('consolidated.tasksCreated'), r.tasks.created], [t('consolidated.tasksCompleted'), r.tasks.completed],
    [t('consolidated.tasksOnTime'), r.tasks.completedOnTime], [t('consolidated.tasksOverdue'), r.tasks.overdue], [t('consolidated.admitted'), r.members.admitted],
    [t('consolidated.recognized'), r.members.recognized], [t('consolidated.transferredIn'), r.members.transferredIn], [t('consolidated.transferredOut'), r.members.transferredOut],
  ];
  if (r.correspondence) {
    items.push([t('consolidated.incoming'), r.correspondence.incoming], [t('consolidated.outgoing'), r.correspondence.outgoing], [t('consolidated.letters'), r.correspondence.letters]);
  }
  return (
    <Card title={t('consolidated.records')} style={{ marginBottom: 16 }}>
      <Row gutter={[16, 16]}>{items.map(([label, v]) => <Col key={label} xs={12} md={8} xl={6}><Statistic title={label} value={v} {...separators} data-testid="consolidated-record" /></Col>)}</Row>
    </Card>
  );
}

/** A consolidated report: the summary to edit, submissions, figure totals, gathered sections, the system's records; Word export. */
export function ConsolidatedPage() {
  const { id = '' } = useParams();
  const { t } = useWorkT();
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const onError = useErrorHandler();
  const key = ['work-consolidated', id];
  const q = useQuery({ queryKey: key, queryFn: () => api.get('/api/v1/reports/consolidated/:id', { params: { id } }), retry: false });
  const [summary, setSummary] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (c: Consolidated) => api.patch('/api/v1/reports/consolidated/:id', { params: { id }, body: { version: c.version, summary: summary ?? c.content.summary } }),
    onSuccess: () => { void message.success(tc('common.saved')); setSummary(null); void qc.invalidateQueries({ queryKey: key }); },
    onError: (e) => onError(e, { reload: [key] }),
  });
  const regenerate = useMutation({
    mutationFn: (c: Consolidated) => api.post('/api/v1/reports/periods/:id/consolidated', { params: { id: c.periodId }, body: { organizationId: c.organizationId } }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: key }),
    onError: (e) => onError(e),
  });
  if (q.isPending) return <Spin />;
  if (q.error) return q.error ? <Result status="404" title="404" subTitle={errorText(q.error, tc)} /> : null;
  const c = q.data;
  const content = c.content;
  const windowText = (w: NonNullable<typeof content.window>) => t(`consolidated.windowApplied.${
    w.applied === 'calendar_month' ? (w.rule === 'decree_09' ? 'calendar_before_decree' : 'calendar_month') : w.applied === 'cutoff' ? (w.rule === 'decree_09' ? 'cutoff_decree' : 'cutoff') : 'dates'}`, { day: w.cutoffDay ?? '' });
  return (
    <>
      <Link to={`/cong-viec/reports/periods/${c.periodId}`}>← {content.label}</Link>
      <PageTitle
        title={<Space wrap><span>{t('consolidated.title', { label: content.label })}</span><Tag>{t(`consolidated.status.${c.status}`)}</Tag></Space>}
        sub={`${content.organizationName} · ${formatDay(content.periodStart)} – ${formatDay(content.periodEnd)}${content.window ? ` (${t('consolidated.window', { text: windowText(content.window) })})` : ''} · ${formatDateTime(c.updatedAt)}`}
        extra={
          <Space wrap>
            <Button icon={<FileWordOutlined />} href={apiUrl('/api/v1/reports/consolidated/:id/export.docx', { params: { id: c.id } })}>{t('consolidated.word')}</Button>
            {c.status === 'draft' && (
              <Popconfirm title={t('consolidated.regenerateConfirm')} onConfirm={() => regenerate.mutate(c)} cancelText={tc('common.cancel')}>
                <Button icon={<ReloadOutlined />} loading={regenerate.isPending}>{t('consolidated.regenerate')}</Button>
              </Popconfirm>
            )}
          </Space>
        }
      />
      <Card title={t('consolidated.summary')} style={{ marginBottom: 16 }}>
        <Input.TextArea rows={5} value={summary ?? content.summary} onChange={(e) => setSummary(e.target.value)} disabled={c.status !== 'draft'} data-testid="consolidated-summary" />
        {c.status === 'draft' && <Button type="primary" style={{ marginTop: 8 }} disabled={summary === null} loading={save.isPending} onClick={() => save.mutate(c)}>{t('consolidated.saveSummary')}</Button>}
      </Card>
      <Card title={t('consolidated.submissions')} style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 2, md: 4 }}>
          <Descriptions.Item label={t('consolidated.expected')}>{content.submissions.expected}</Descriptions.Item>
          <Descriptions.Item label={t('consolidated.sent')}>{content.submissions.submitted}</Descriptions.Item>
          <Descriptions.Item label={t('consolidated.accepted')}>{content.submissions.accepted}</Descriptions.Item>
          <Descriptions.Item label={t('consolidated.late')}><Typography.Text type={content.submissions.late ? 'danger' : undefined}>{content.submissions.late}</Typography.Text></Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('consolidated.figures')} style={{ marginBottom: 16 }}>
        <Table<Figure> rowKey="key" size="small" pagination={false} dataSource={content.figures} data-testid="consolidated-figures"
          expandable={{ expandedRowRender: (f) => <Table rowKey="organizationName" size="small" pagination={false} dataSource={f.values} columns={[{ key: 'o', dataIndex: 'organizationName' }, { key: 'v', width: 200, render: (_, v) => show(v.value) }]} showHeader={false} /> }}
          columns={[{ key: 'label', title: t('reports.figureLabel'), dataIndex: 'label' }, { key: 'total', title: t('consolidated.total'), width: 200, render: (_, f) => <strong>{show(f.total)}</strong> }]} />
      </Card>
      <Card title={t('consolidated.sections')} style={{ marginBottom: 16 }}>
        {content.sections.map((s) => (
          <div key={s.key} style={{ marginBottom: 16 }}>
            <Typography.Title level={5}>{s.title}</Typography.Title>
            {s.entries.length === 0 ? <Typography.Text type="secondary">{t('consolidated.noEntries')}</Typography.Text>
              : s.entries.map((e) => <Typography.Paragraph key={e.organizationName}><strong>{e.organizationName}:</strong> {e.text}</Typography.Paragraph>)}
          </div>
        ))}
      </Card>
      <Records c={content} />
      {regenerate.error && <Alert type="error" title={errorText(regenerate.error, tc)} />}
    </>
  );
}
