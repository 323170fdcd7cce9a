import { EditOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Space, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/api';
import { useMe } from '../../auth/session';
import { errorText } from '../../components/errors';
import { FormModal } from '../../components/FormModal';
import { Highlight } from '../../components/Highlight';
import { PageTitle } from '../../components/PageTitle';
import { CursorPager, usePage, useSearchPager } from '../../components/paging';
import { DISPLAY_DAY, formatDay, fromDay, toDay } from '../../lib/dates';
import { can } from '../../lib/permissions';
import { ExportButtons } from './ExportButtons';
import { useDocsT } from './i18n';
import { Markings } from './labels';
import type { OutgoingEntry } from './types';

interface EditValues { recipients?: string; fileCopyHolder?: string; copies: number; sentOn?: Dayjs | null; note?: string }

function EditModal({ entry, onClose }: { entry: OutgoingEntry | null; onClose: () => void }) {
  const { t } = useDocsT();
  const qc = useQueryClient();
  return (
    <FormModal<EditValues>
      open={entry !== null}
      title={`${t('outgoing.edit')} ${entry?.symbol ?? ''}`}
      onClose={onClose}
      onDone={() => void qc.invalidateQueries({ queryKey: ['outgoing'] })}
      reload={[['outgoing']]}
      initialValues={entry ? { recipients: entry.recipients, fileCopyHolder: entry.fileCopyHolder ?? undefined, copies: entry.copies, sentOn: fromDay(entry.sentOn), note: entry.note ?? undefined } : {}}
      submit={(v) => api.patch('/api/v1/outgoing-register/:id', { params: { id: entry?.id ?? '' }, body: {
        version: entry?.version ?? 1, recipients: v.recipients?.trim() ?? '', fileCopyHolder: v.fileCopyHolder?.trim() || null,
        copies: v.copies, sentOn: toDay(v.sentOn), note: v.note?.trim() || null,
      } })}
    >
      <Form.Item name="recipients" label={t('outgoing.recipients')}><Input.TextArea autoSize={{ minRows: 2 }} /></Form.Item>
      <Form.Item name="fileCopyHolder" label={t('outgoing.holder')}><Input /></Form.Item>
      <Form.Item name="copies" label={t('outgoing.copies')}><InputNumber min={0} /></Form.Item>
      <Form.Item name="sentOn" label={t('outgoing.sentOn')}><DatePicker format={DISPLAY_DAY} /></Form.Item>
      <Form.Item name="note" label={t('outgoing.note')}><Input /></Form.Item>
    </FormModal>
  );
}

/** /correspondence/outgoing: the outgoing register with the columns of Decree 30, completed by the clerk. */
export function OutgoingPage() {
  const { t } = useDocsT();
  const { t: tc } = useTranslation();
  const { data: me } = useMe();
  const { search, setSearch, q, pager } = useSearchPager();
  const [month, setMonth] = useState<Dayjs | null>(null);
  const [editing, setEditing] = useState<OutgoingEntry | null>(null);
  const page = usePage('outgoing', '/api/v1/outgoing-register', { q, month: month?.format('YYYY-MM'), sort: '-register', limit: 25, cursor: pager.cursor, includeTotal: true });
  const writable = can(me, 'correspondence.write');
  return (
    <>
      <PageTitle title={t('correspondence.tabs.outgoing')} extra={<ExportButtons register="outgoing-register" testId="outgoing-export" />} />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search allowClear style={{ width: 300 }} placeholder={t('outgoing.search')} value={search} onChange={(e) => setSearch(e.target.value)} />
          <DatePicker picker="month" format="MM/YYYY" placeholder={t('incoming.month')} value={month} onChange={(v) => { setMonth(v); pager.reset(); }} />
        </Space>
        {page.error && <Alert type="error" showIcon title={errorText(page.error, tc)} style={{ marginBottom: 16 }} />}
        <Table<OutgoingEntry>
          rowKey="id"
          size="small"
          loading={page.isFetching}
          dataSource={page.data?.data ?? []}
          pagination={false}
          locale={{ emptyText: t('outgoing.empty') }}
          scroll={{ x: 1400 }}
          columns={[
            { key: 'symbol', title: t('outgoing.number'), width: 140, render: (_, o) => <Link to={`/documents/${o.documentId}`}><Highlight text={o.symbol} query={q} /></Link> },
            { key: 'date', title: t('outgoing.date'), width: 100, render: (_, o) => formatDay(o.issuedOn) },
            { key: 'summary', title: t('outgoing.typeSummary'), width: 340, render: (_, o) => <>{o.summary.startsWith(o.typeName) ? null : `${o.typeName} — `}<Highlight text={o.summary} query={q} /> <Markings urgency={o.urgency} secrecy={o.secrecy} /></> },
            { key: 'signer', title: t('outgoing.signer'), dataIndex: 'signerName', width: 150 },
            { key: 'recipients', title: t('outgoing.recipients'), dataIndex: 'recipients', width: 200, ellipsis: true },
            { key: 'holder', title: t('outgoing.holder'), dataIndex: 'fileCopyHolder', width: 140 },
            { key: 'copies', title: t('outgoing.copies'), dataIndex: 'copies', width: 70, align: 'right' },
            { key: 'sentOn', title: t('outgoing.sentOn'), width: 100, render: (_, o) => formatDay(o.sentOn) },
            { key: 'note', title: t('outgoing.note'), dataIndex: 'note', width: 120 },
            ...(writable ? [{ key: 'edit', width: 50, render: (_: unknown, o: OutgoingEntry) => <Button size="small" icon={<EditOutlined />} aria-label={t('outgoing.edit')} onClick={() => setEditing(o)} /> }] : []),
          ]}
        />
        <CursorPager pager={pager} next={page.data?.links.next} total={page.data?.meta.total} loading={page.isFetching} />
      </Card>
      <EditModal entry={editing} onClose={() => setEditing(null)} />
    </>
  );
}
