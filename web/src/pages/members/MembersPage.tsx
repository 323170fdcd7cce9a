import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Input, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useMe } from '../../auth/session';
import { errorText } from '../../components/errors';
import { Highlight } from '../../components/Highlight';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageTitle } from '../../components/PageTitle';
import { CursorPager, usePage, useSearchPager } from '../../components/paging';
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

export function MembersPage() {
  const { t } = useTranslation('members');
  const { t: tc } = useTranslation();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const { search, setSearch, q, pager } = useSearchPager();
  const [cellId, setCellId] = useState<string | null>(null);
  const [subtree, setSubtree] = useState(true);
  const [statuses, setStatuses] = useState<MemberStatus[]>([]);
  const [sort, setSort] = useState<MemberSort>('name');
  const [creating, setCreating] = useState(false);
  const [exporting, setExporting] = useState(false);

  const filters = { q, cellId, subtree: cellId ? subtree : undefined, status: statuses.join(',') || undefined, sort };
  const page = usePage<Member>('members', '/api/v1/members', { ...filters, limit: 20, cursor: pager.cursor, includeTotal: true });
  const refilter = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    pager.reset();
  };

  return (
    <>
      <PageTitle
        title={t('title')}
        extra={
          <Space wrap>
            <Button icon={<FileExcelOutlined />} onClick={() => setExporting(true)} data-testid="members-export">
              {t('list.export')}
            </Button>
            {can(me, 'members.write') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('list.add')}
              </Button>
            )}
          </Space>
        }
      />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            style={{ width: 280 }}
            placeholder={t('list.search')}
            aria-label={t('list.search')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            data-testid="members-search"
          />
          <OrgTreeSelect style={{ width: 260 }} allowClear placeholder={t('list.cellFilter')} value={cellId} onChange={refilter(setCellId)} />
          {cellId && (
            <Checkbox checked={subtree} onChange={(e) => refilter(setSubtree)(e.target.checked)}>
              {t('list.includeSubtree')}
            </Checkbox>
          )}
          <Select<MemberStatus[]>
            mode="multiple"
            allowClear
            maxTagCount="responsive"
            style={{ minWidth: 220 }}
            placeholder={t('list.statusFilter')}
            aria-label={t('list.statusFilter')}
            value={statuses}
            onChange={refilter(setStatuses)}
            options={MEMBER_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            data-testid="members-status-filter"
          />
          <Select<MemberSort>
            style={{ width: 180 }}
            aria-label={t('list.sort')}
            value={sort}
            onChange={refilter(setSort)}
            options={SORTS.map((s) => ({ value: s, label: t(`list.sorts.${s}`) }))}
          />
        </Space>
        {page.error && <Alert type="error" showIcon title={errorText(page.error, tc)} style={{ marginBottom: 16 }} />}
        <Table<Member>
          rowKey="id"
          size="middle"
          loading={page.isFetching}
          dataSource={page.data?.data ?? []}
          pagination={false}
          locale={{ emptyText: t('list.empty') }}
          onRow={(m) => ({ onDoubleClick: () => void navigate(`/members/${m.id}`) })}
          scroll={{ x: 900 }}
          columns={[
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
          ]}
        />
        <CursorPager pager={pager} next={page.data?.links.next} total={page.data?.meta.total} loading={page.isFetching} />
      </Card>
      <MemberExportModal open={exporting} onClose={() => setExporting(false)} filters={filters} />
      <MemberCreateModal open={creating} onClose={() => setCreating(false)} onCreated={(m) => void navigate(`/members/${m.id}`)} />
    </>
  );
}
