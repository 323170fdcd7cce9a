import { Alert, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { ApiQuery } from '../../api/api';
import { errorText } from '../../components/errors';
import { Highlight } from '../../components/Highlight';
import { type CursorStack, CursorPager, usePage } from '../../components/paging';
import { formatDay, today } from '../../lib/dates';
import { useDocsT } from './i18n';
import { IncomingDrawer } from './IncomingDrawer';
import { IncomingStateTag, Markings } from './labels';
import type { IncomingEntry } from './types';

const overdue = (e: IncomingEntry) => e.doneOn === null && e.deadline !== null && e.deadline < today();

const URGENT_BACKGROUND = '#fff1f0';
const NEW_BACKGROUND = '#e6f4ff';

/**
 * The incoming register's rows in the order the server gives (a book: arrival number, newest first),
 * paged; urgent rows are tinted and tagged, the entry just registered is highlighted; the combined view
 * names each row's book. A row opens the entry with its handling.
 */
export function IncomingTable({ query, pager, q, combined = true, highlightId }: { query: ApiQuery<'GET /api/v1/incoming'>; pager: CursorStack; q?: string; combined?: boolean; highlightId?: string | null }) {
  const { t } = useDocsT();
  const { t: tc } = useTranslation();
  const [params] = useSearchParams();
  const [openId, setOpenId] = useState<string | null>(params.get('open'));
  const page = usePage('incoming', '/api/v1/incoming', { ...query, limit: 25, cursor: pager.cursor, includeTotal: true });
  return (
    <>
      {page.error && <Alert type="error" showIcon title={errorText(page.error, tc)} style={{ marginBottom: 16 }} />}
      <Table<IncomingEntry>
        rowKey="id"
        size="small"
        loading={page.isFetching}
        dataSource={page.data?.data ?? []}
        pagination={false}
        locale={{ emptyText: t('incoming.empty') }}
        onRow={(e) => {
          const urgent = e.urgency !== 'thuong';
          const isNew = e.id === highlightId;
          return {
            onClick: () => setOpenId(e.id),
            style: { cursor: 'pointer', background: isNew ? NEW_BACKGROUND : urgent ? URGENT_BACKGROUND : undefined },
            'data-arrival': e.arrivalNumber, 'data-urgent': urgent ? 'true' : undefined, 'data-new': isNew ? 'true' : undefined,
          } as React.HTMLAttributes<HTMLElement>;
        }}
        // 64 + 95 + 150 + 110 + summary 246 + 140 + 95 + 100 = 1,000: one book fits its card at 1440 × 900 beside the menu.
        scroll={{ x: combined ? 1140 : 1000 }}
        data-testid="incoming-table"
        columns={[
          ...(combined ? [{ key: 'book', title: t('books.column'), width: 140, render: (_: unknown, e: IncomingEntry) => <span data-testid="incoming-book-cell">{e.organizationName}</span> }] : []),
          { key: 'arrival', title: t('incoming.arrival'), width: 64, render: (_, e) => (
              <Space orientation="vertical" size={0}>
                <Typography.Text strong data-testid="incoming-arrival">{e.arrivalNumber}</Typography.Text>
                {e.id === highlightId && <Tag color="blue" data-testid="incoming-new">{t('books.new')}</Tag>}
              </Space>
            ) },
          { key: 'receivedOn', title: t('incoming.receivedOn'), width: 95, render: (_, e) => formatDay(e.receivedOn) },
          { key: 'sender', title: t('incoming.sender'), width: 150, render: (_, e) => <Highlight text={e.sender} query={q ?? ''} /> },
          { key: 'symbol', title: t('incoming.symbol'), width: 110, render: (_, e) => (e.symbol ? <Highlight text={e.symbol} query={q ?? ''} /> : '—') },
          { key: 'documentDate', title: t('incoming.documentDate'), width: 100, render: (_, e) => formatDay(e.documentDate), responsive: ['xxl'] },
          {
            key: 'summary', title: t('incoming.summary'),
            render: (_, e) => (
              <Space orientation="vertical" size={0}>
                <span data-testid="incoming-summary">{e.typeName && !e.summary.startsWith(e.typeName) && <Typography.Text type="secondary">{e.typeName} · </Typography.Text>}<Highlight text={e.summary} query={q ?? ''} /></span>
                <Markings urgency={e.urgency} secrecy={e.secrecy} />
              </Space>
            ),
          },
          { key: 'handler', title: t('incoming.handler'), width: 140, render: (_, e) => [e.leadOrganizationName, e.leadPersonName].filter(Boolean).join(' · ') || '—' },
          {
            key: 'deadline', title: t('incoming.deadline'), width: 95,
            render: (_, e) => (
              <Space orientation="vertical" size={0}>
                <Typography.Text type={overdue(e) ? 'danger' : undefined} strong={overdue(e)}>{formatDay(e.deadline)}</Typography.Text>
                {overdue(e) && <Tag color="red" data-testid="incoming-overdue">{t('followUp.overdue')}</Tag>}
              </Space>
            ),
          },
          { key: 'state', title: t('incoming.state'), width: 100, render: (_, e) => <IncomingStateTag state={e.state} /> },
          { key: 'reply', title: t('incoming.reply'), width: 120, render: (_, e) => e.replySymbol ?? '', responsive: ['xxl'] },
        ]}
      />
      <CursorPager pager={pager} next={page.data?.links.next} total={page.data?.meta.total} loading={page.isFetching} />
      <IncomingDrawer id={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
