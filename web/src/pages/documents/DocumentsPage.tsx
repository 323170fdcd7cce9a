import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useMe } from '../../auth/session';
import { Highlight } from '../../components/Highlight';
import { type DayRange, ListFilterBar, selectFilter } from '../../components/ListFilterBar';
import { PageTitle } from '../../components/PageTitle';
import { PagedTable } from '../../components/PagedTable';
import { usePage, useSearchPager } from '../../components/paging';
import { formatDay, toDay } from '../../lib/dates';
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
  range?: DayRange;
}

/** /documents: documents of both regimes, filtered and searched without diacritics. */
export function DocumentsPage() {
  const { t } = useDocsT();
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
  const page = usePage('documents', '/api/v1/documents', query);

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
        <ListFilterBar
          filters={[
            { kind: 'search', label: t('list.search'), value: search, onChange: setSearch, width: 300, testId: 'documents-search' },
            selectFilter<Regime | undefined>({ label: t('fields.regime'), placeholder: t('list.allRegimes'), width: 170, value: f.regime, onChange: (v) => set({ regime: v, typeId: undefined }), options: REGIMES.map((r) => ({ value: r, label: t(`regimes.${r}`) })) }),
            selectFilter<string | undefined>({ label: t('fields.type'), placeholder: t('list.allTypes'), width: 200, searchable: true, value: f.typeId, onChange: (v) => set({ typeId: v }), options: (types.data ?? []).map((d) => ({ value: d.id, label: f.regime ? d.name : `${d.name} (${t(`regimes.${d.regime}`)})` })) }),
            selectFilter<DocumentState | undefined>({ label: t('fields.state'), placeholder: t('list.allStates'), width: 150, value: f.state, onChange: (v) => set({ state: v }), options: DOCUMENT_STATES.map((s) => ({ value: s, label: t(`states.${s}`) })) }),
            { kind: 'org', placeholder: t('list.unit'), width: 240, value: f.organizationId ?? null, onChange: (v) => set({ organizationId: v }) },
            { kind: 'range', value: f.range, onChange: (v) => set({ range: v }), placeholder: [t('fields.from'), t('fields.to')] },
          ]}
        />
        <PagedTable<DocumentSummary>
          page={page}
          pager={pager}
          emptyText={t('list.empty')}
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
      </Card>
      <DocumentCreateModal open={creating} onClose={() => setCreating(false)} onCreated={(d) => void navigate(`/documents/${d.id}`)} />
    </>
  );
}
