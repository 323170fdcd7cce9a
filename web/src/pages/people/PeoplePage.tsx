import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, type TableProps } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { Person } from '../../api/types';
import { useMe } from '../../auth/session';
import { Highlight } from '../../components/Highlight';
import { ListFilterBar } from '../../components/ListFilterBar';
import { PageTitle } from '../../components/PageTitle';
import { PagedTable } from '../../components/PagedTable';
import { usePage, useSearchPager } from '../../components/paging';
import { formatDateTime, formatDay } from '../../lib/dates';
import { can } from '../../lib/permissions';
import { PersonFormModal } from './PersonForm';

type SortField = 'name' | 'updatedAt';
type Sort = SortField | `-${SortField}`;

/** The people list's filters, sort and page; any change goes back to the first page. */
function usePeopleList() {
  const { search, setSearch, q, pager } = useSearchPager();
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [subtree, setSubtree] = useState(true);
  const [sort, setSort] = useState<Sort>('name');
  const page = usePage('people', '/api/v1/people', {
    q,
    organizationId,
    subtree: organizationId ? subtree : undefined,
    sort,
    limit: 20,
    cursor: pager.cursor,
    includeTotal: true,
  });
  const refilter = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    pager.reset();
  };
  const onTableChange: TableProps<Person>['onChange'] = (_p, _f, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const field: SortField = s?.columnKey === 'updatedAt' ? 'updatedAt' : 'name';
    refilter(setSort)(s?.order === 'descend' ? `-${field}` : s?.order === 'ascend' ? field : 'name');
  };
  const orderOf = (field: SortField) => (sort === field ? 'ascend' : sort === `-${field}` ? 'descend' : null);
  return { search, setSearch, q, pager, page, organizationId, subtree, setOrganizationId: refilter(setOrganizationId), setSubtree: refilter(setSubtree), onTableChange, orderOf };
}

type PeopleList = ReturnType<typeof usePeopleList>;

function columns(t: TFunction, l: PeopleList): ColumnsType<Person> {
  return [
    {
      key: 'name',
      title: t('people.fields.fullName'),
      sorter: true,
      sortOrder: l.orderOf('name'),
      sortDirections: ['ascend', 'descend'],
      render: (_, p) => (
        <Link to={`/people/${p.id}`} data-testid="person-link">
          <Highlight text={p.fullName} query={l.q} />
        </Link>
      ),
    },
    { key: 'gender', title: t('people.fields.gender'), width: 90, render: (_, p) => (p.gender ? t(`gender.${p.gender}`) : '') },
    { key: 'birthDate', title: t('people.fields.birthDate'), width: 120, render: (_, p) => formatDay(p.birthDate) },
    {
      key: 'organization',
      title: t('people.fields.organization'),
      render: (_, p) => (p.organizationId ? <Link to={`/organizations/${p.organizationId}`}>{p.organizationName}</Link> : ''),
    },
    { key: 'email', title: t('people.fields.email'), dataIndex: 'email', responsive: ['xl'] },
    { key: 'phone', title: t('people.fields.phone'), dataIndex: 'phone', responsive: ['lg'], render: (v: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{v}</span> },
    {
      key: 'updatedAt',
      title: t('people.fields.updatedAt'),
      width: 150,
      sorter: true,
      sortOrder: l.orderOf('updatedAt'),
      sortDirections: ['descend', 'ascend'],
      render: (_, p) => formatDateTime(p.updatedAt),
      responsive: ['md'],
    },
  ];
}

export function PeoplePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const l = usePeopleList();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageTitle
        title={t('people.title')}
        extra={
          can(me, 'people.write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('people.add')}
            </Button>
          )
        }
      />
      <Card>
        <ListFilterBar
          filters={[
            { kind: 'search', label: t('people.searchPlaceholder'), value: l.search, onChange: l.setSearch, width: 320, testId: 'people-search' },
            { kind: 'org', placeholder: t('people.organizationFilter'), width: 320, value: l.organizationId, onChange: l.setOrganizationId },
            l.organizationId !== null && { kind: 'check', label: t('people.includeSubtree'), checked: l.subtree, onChange: l.setSubtree },
          ]}
        />
        <PagedTable<Person>
          page={l.page}
          pager={l.pager}
          emptyText={t('people.empty')}
          showSorterTooltip={false}
          onChange={l.onTableChange}
          onRow={(p) => ({ onDoubleClick: () => void navigate(`/people/${p.id}`) })}
          columns={columns(t, l)}
        />
      </Card>
      <PersonFormModal open={creating} onClose={() => setCreating(false)} onSaved={(p) => void navigate(`/people/${p.id}`)} />
    </>
  );
}
