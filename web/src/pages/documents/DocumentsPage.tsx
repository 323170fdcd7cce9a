import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Input, Select, Space, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useMe } from '../../auth/session';
import { errorText } from '../../components/errors';
import { Highlight } from '../../components/Highlight';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageTitle } from '../../components/PageTitle';
import { CursorPager, usePage, useSearchPager } from '../../components/paging';
import { DISPLAY_DAY, formatDay, toDay } from '../../lib/dates';
import { can } from '../../lib/permissions';
import { DocumentCreateModal } from './DocumentCreateModal';
import { useDocsT } from './i18n';
import { Markings, StateTag } from './labels';
import { useDocumentTypes } from './queries';
import { DOCUMENT_STATES, type DocumentState, type DocumentSummary, REGIMES, type Regime } from './types';

interface Filters {
  regime?: Regime;
  typeId?: string;
  state?: DocumentState;
  organizationId?: string | null;
  range?: [Dayjs | null, Dayjs | null] | null;
}

/** /documents: documents of both regimes, filtered and searched without diacritics. */
export function DocumentsPage() {
  const { t } = useDocsT();
  const { t: tc } = useTranslation();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const { search, setSearch, q, pager } = useSearchPager();
  const [f, setF] = useState<Filters>({});
  const [creating, setCreating] = useState(false);
  const types = useDocumentTypes(f.regime);
  const set = (patch: Partial<Filters>) => {
    setF((old) => ({ ...old, ...patch }));
    pager.reset();
  };
  const query = {
    q, regime: f.regime, typeId: f.typeId, state: f.state, organizationId: f.organizationId,
    from: toDay(f.range?.[0]), to: toDay(f.range?.[1]), limit: 20, cursor: pager.cursor, includeTotal: true, sort: undefined,
  };
  const page = usePage<DocumentSummary>('documents', '/api/v1/documents', query);

  return (
    <>
      <PageTitle
        title={t('title')}
        extra={can(me, 'documents.write') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="document-add">
            {t('list.add')}
          </Button>
        )}
      />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search allowClear style={{ width: 300 }} placeholder={t('list.search')} aria-label={t('list.search')} value={search} onChange={(e) => setSearch(e.target.value)} data-testid="documents-search" />
          <Select<Regime> allowClear style={{ width: 170 }} placeholder={t('list.allRegimes')} aria-label={t('fields.regime')} value={f.regime} onChange={(v) => set({ regime: v, typeId: undefined })} options={REGIMES.map((r) => ({ value: r, label: t(`regimes.${r}`) }))} />
          <Select allowClear showSearch optionFilterProp="label" style={{ width: 200 }} placeholder={t('list.allTypes')} aria-label={t('fields.type')} value={f.typeId} onChange={(v: string | undefined) => set({ typeId: v })} options={(types.data ?? []).map((d) => ({ value: d.id, label: f.regime ? d.name : `${d.name} (${t(`regimes.${d.regime}`)})` }))} />
          <Select<DocumentState> allowClear style={{ width: 150 }} placeholder={t('list.allStates')} aria-label={t('fields.state')} value={f.state} onChange={(v) => set({ state: v })} options={DOCUMENT_STATES.map((s) => ({ value: s, label: t(`states.${s}`) }))} />
          <OrgTreeSelect allowClear style={{ width: 240 }} placeholder={t('list.unit')} value={f.organizationId ?? null} onChange={(v) => set({ organizationId: v })} />
          <DatePicker.RangePicker format={DISPLAY_DAY} value={f.range ?? null} onChange={(v) => set({ range: v })} placeholder={[t('fields.from'), t('fields.to')]} />
        </Space>
        {page.error && <Alert type="error" showIcon title={errorText(page.error, tc)} style={{ marginBottom: 16 }} />}
        <Table<DocumentSummary>
          rowKey="id"
          size="middle"
          loading={page.isFetching}
          dataSource={page.data?.data ?? []}
          pagination={false}
          locale={{ emptyText: t('list.empty') }}
          onRow={(d) => ({ onDoubleClick: () => void navigate(`/documents/${d.id}`) })}
          scroll={{ x: 900 }}
          columns={[
            { key: 'symbol', title: t('fields.symbol'), width: 150, render: (_, d) => d.symbol ?? '—' },
            { key: 'issuedOn', title: t('fields.issuedOn'), width: 115, render: (_, d) => formatDay(d.issuedOn) },
            {
              key: 'summary',
              title: t('fields.summary'),
              render: (_, d) => (
                <Space orientation="vertical" size={0}>
                  <Link to={`/documents/${d.id}`} data-testid="document-link">
                    <Highlight text={d.summary} query={q} />
                  </Link>
                  <Markings urgency={d.urgency} secrecy={d.secrecy} />
                </Space>
              ),
            },
            { key: 'type', title: t('fields.type'), dataIndex: 'typeName', width: 140 },
            { key: 'org', title: t('fields.organization'), dataIndex: 'organizationName', width: 200, ellipsis: true, responsive: ['lg'] },
            { key: 'state', title: t('fields.state'), width: 130, render: (_, d) => <StateTag state={d.state} /> },
          ]}
        />
        <CursorPager pager={pager} next={page.data?.links.next} total={page.data?.meta.total} loading={page.isFetching} />
      </Card>
      <DocumentCreateModal open={creating} onClose={() => setCreating(false)} onCreated={(d) => void navigate(`/documents/${d.id}`)} />
    </>
  );
}
