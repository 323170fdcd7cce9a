import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { errorText } from '../../components/errors';
import { formatDateTime } from '../../lib/dates';
import { useDocsT } from './i18n';
import { Paragraphs } from './Paragraphs';
import type { DocumentDetail, VersionText } from './types';

const PART_STYLE = {
  equal: {},
  added: { background: '#f6ffed', borderLeft: '3px solid #52c41a', textDecoration: 'none' },
  removed: { background: '#fff1f0', borderLeft: '3px solid #ff4d4f', textDecoration: 'line-through' },
} as const;

function Diff({ id, from, to }: { id: string; from: number; to: number }) {
  const { t } = useDocsT();
  const { t: tc } = useTranslation();
  const diff = useQuery({ queryKey: ['document', id, 'diff', from, to], queryFn: () => api.get('/api/v1/documents/:id/diff', { params: { id }, query: { from, to } }) });
  if (diff.error) return <Alert type="error" showIcon title={errorText(diff.error, tc)} />;
  if (!diff.data) return <Card loading size="small" />;
  const r = diff.data;
  return (
    <Card size="small" data-testid="document-diff" title={<Space><Tag color="green">{t('versions.added', { n: r.added })}</Tag><Tag color="red">{t('versions.removed', { n: r.removed })}</Tag><Tag>{t('versions.unchanged', { n: r.unchanged })}</Tag></Space>}>
      {r.parts.flatMap((p, i) =>
        p.lines.map((line, j) => (
          <div key={`${i}-${j}`} className={`diff-${p.op}`} style={{ padding: '2px 8px', ...PART_STYLE[p.op] }}>
            {p.op === 'added' ? '+ ' : p.op === 'removed' ? '− ' : '  '}
            {line}
          </div>
        )),
      )}
    </Card>
  );
}

function VersionText({ id, no }: { id: string; no: number }) {
  const v = useQuery({ queryKey: ['document', id, 'version', no], queryFn: () => api.get('/api/v1/documents/:id/versions/:no', { params: { id, no } }) });
  return v.data ? <Paragraphs body={v.data.body} /> : <Card loading size="small" />;
}

/** The versions of a draft, the text of one, and what changed between two. */
export function VersionsTab({ d }: { d: DocumentDetail }) {
  const { t } = useDocsT();
  const nos = d.versions.map((v) => v.versionNo).sort((a, b) => a - b);
  const last = nos.at(-1) ?? 1;
  const [from, setFrom] = useState(nos.at(-2) ?? last);
  const [to, setTo] = useState(last);
  const [shown, setShown] = useState<number | null>(null);
  const options = nos.map((n) => ({ value: n, label: t('versions.version', { no: n }) }));
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Table
        rowKey="versionNo"
        size="small"
        pagination={false}
        dataSource={d.versions}
        onRow={(v) => ({ onClick: () => setShown(v.versionNo), style: { cursor: 'pointer' } })}
        columns={[
          { key: 'no', title: '#', width: 120, render: (_, v) => <Typography.Link>{t('versions.version', { no: v.versionNo })}</Typography.Link> },
          { key: 'note', title: t('fields.note'), render: (_, v) => v.note ?? '' },
          { key: 'at', title: t('fields.updatedAt'), width: 170, render: (_, v) => formatDateTime(v.createdAt) },
        ]}
      />
      {shown !== null && <Card size="small" title={t('versions.version', { no: shown })}><VersionText id={d.id} no={shown} /></Card>}
      {nos.length < 2 ? (
        <Typography.Text type="secondary">{t('versions.needTwo')}</Typography.Text>
      ) : (
        <>
          <Space wrap>
            <Typography.Text strong>{t('versions.compare')}</Typography.Text>
            <Select aria-label={t('versions.from')} style={{ width: 150 }} value={from} onChange={setFrom} options={options} />
            →
            <Select aria-label={t('versions.to')} style={{ width: 150 }} value={to} onChange={setTo} options={options} />
          </Space>
          <Diff id={d.id} from={from} to={to} />
        </>
      )}
    </Space>
  );
}
