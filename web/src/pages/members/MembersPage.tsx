import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useMe } from '../../auth/session';
import { Highlight } from '../../components/Highlight';
import { ListFilterBar, selectFilter } from '../../components/ListFilterBar';
import { PageTitle } from '../../components/PageTitle';
import { PagedTable } from '../../components/PagedTable';
import { usePage, useSearchPager } from '../../components/paging';
import { formatDateTime, formatDay } from '../../lib/dates';
import { can } from '../../lib/permissions';
import { MEMBER_STATUSES, StatusTag } from './labels';
import { MemberCreateModal } from './MemberCreateModal';
import { MemberExportModal } from './MemberExportModal';
import { MyRecordPage } from './MyRecordPage';
import type { Member, MemberSort, MemberStatus } from './types';

const SORTS: MemberSort[] = ['name', '-name', '-updatedAt', '-admissionDecisionDate', 'admissionDecisionDate'];

/** /members: the register for those who may read it; a member's own record for the others. */
export function MembersIndex() {
  const { data: me } = useMe();
  return can(me, 'members.read') ? <MembersPage /> : <MyRecordPage />;
}

/** The register's filters and sort; any change goes back to the first page. */
function useMemberFilters() {
  const { search, setSearch, q, pager } = useSearchPager();
  const [cellId, setCellId] = useState<string | null>(null);
  const [subtree, setSubtree] = useState(true);
  const [statuses, setStatuses] = useState<MemberStatus[]>([]);
  const [sort, setSort] = useState<MemberSort>('name');
  const refilter = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    pager.reset();
  };
  const filters = { q, cellId, subtree: cellId ? subtree : undefined, status: statuses.join(',') || undefined, sort };
  const page = usePage('members', '/api/v1/members', { ...filters, limit: 20, cursor: pager.cursor, includeTotal: true });
  return {
    search, setSearch, q, pager, filters, page, cellId, subtree, statuses, sort,
    setCellId: refilter(setCellId),
    setSubtree: refilter(setSubtree),
    setStatuses: refilter((v: MemberStatus[] | undefined) => setStatuses(v ?? [])),
    setSort: refilter((v: MemberSort | undefined) => setSort(v ?? 'name')),
  };
}

type Filters = ReturnType<typeof useMemberFilters>;

function MemberFilterBar({ f }: { f: Filters }) {
  const { t } = useTranslation('members');
  return (
    <ListFilterBar
      filters={[
        { kind: 'search', label: t('list.search'), value: f.search, onChange: f.setSearch, width: 280, testId: 'members-search' },
        { kind: 'org', placeholder: t('list.cellFilter'), width: 260, value: f.cellId, onChange: f.setCellId },
        f.cellId !== null && { kind: 'check', label: t('list.includeSubtree'), checked: f.subtree, onChange: f.setSubtree },
        selectFilter<MemberStatus[]>({ label: t('list.statusFilter'), minWidth: 220, multiple: true, value: f.statuses, onChange: f.setStatuses, options: MEMBER_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })), testId: 'members-status-filter' }),
        selectFilter<MemberSort>({ label: t('list.sort'), width: 180, clearable: false, value: f.sort, onChange: f.setSort, options: SORTS.map((s) => ({ value: s, label: t(`list.sorts.${s}`) })) }),
      ]}
    />
  );
}

function columns(t: TFunction<'members'>, q: string): ColumnsType<Member> {
  return [
    {
      key: 'name',
      title: t('fields.fullName'),
      render: (_, m) => (
        <Link to={`/members/${m.id}`} data-testid="member-link">
          <Highlight text={m.fullName} query={q} />
        </Link>
      ),
    },
    { key: 'birthDate', title: t('fields.birthDate'), width: 115, render: (_, m) => formatDay(m.birthDate) },
    { key: 'cell', title: t('fields.cell'), dataIndex: 'cellName', ellipsis: true },
    { key: 'status', title: t('fields.status'), width: 210, render: (_, m) => <StatusTag status={m.status} /> },
    { key: 'card', title: t('fields.partyCardNumber'), dataIndex: 'partyCardNumber', width: 140, responsive: ['lg'] },
    { key: 'admission', title: t('list.admitted'), width: 120, render: (_, m) => formatDay(m.admissionDecisionDate), responsive: ['md'] },
    { key: 'updatedAt', title: t('fields.updatedAt'), width: 140, render: (_, m) => formatDateTime(m.updatedAt), responsive: ['xl'] },
  ];
}

function MembersTitle({ onExport, onCreate }: { onExport: () => void; onCreate: () => void }) {
  const { t } = useTranslation('members');
  const { data: me } = useMe();
  return (
    <PageTitle
      title={t('title')}
      extra={
        <Space wrap>
          <Button icon={<FileExcelOutlined />} onClick={onExport} data-testid="members-export">
            {t('list.export')}
          </Button>
          {can(me, 'members.write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={onCreate}>
              {t('list.add')}
            </Button>
          )}
        </Space>
      }
    />
  );
}

export function MembersPage() {
  const { t } = useTranslation('members');
  const navigate = useNavigate();
  const f = useMemberFilters();
  const [creating, setCreating] = useState(false);
  const [exporting, setExporting] = useState(false);
  return (
    <>
      <MembersTitle onExport={() => setExporting(true)} onCreate={() => setCreating(true)} />
      <Card>
        <MemberFilterBar f={f} />
        <PagedTable<Member>
          page={f.page}
          pager={f.pager}
          emptyText={t('list.empty')}
          onRow={(m) => ({ onDoubleClick: () => void navigate(`/members/${m.id}`) })}
          scroll={{ x: 900 }}
          columns={columns(t, f.q)}
        />
      </Card>
      <MemberExportModal open={exporting} onClose={() => setExporting(false)} filters={f.filters} />
      <MemberCreateModal open={creating} onClose={() => setCreating(false)} onCreated={(m) => void navigate(`/members/${m.id}`)} />
    </>
  );
}
