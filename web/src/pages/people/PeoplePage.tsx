import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Input, Space, Table, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { Person } from '../../api/types';
import { useMe } from '../../auth/session';
import { errorText } from '../../components/errors';
import { Highlight } from '../../components/Highlight';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageTitle } from '../../components/PageTitle';
import { CursorPager, usePage, useSearchPager } from '../../components/paging';
import { formatDateTime, formatDay } from '../../lib/dates';
import { can } from '../../lib/permissions';
import { PersonFormModal } from './PersonForm';

type SortField = 'name' | 'updatedAt';
type Sort = SortField | `-${SortField}`;

export function PeoplePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const { search, setSearch, q, pager } = useSearchPager();
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [subtree, setSubtree] = useState(true);
  const [sort, setSort] = useState<Sort>('name');
  const [creating, setCreating] = useState(false);

  const page = usePage<Person>('people', '/api/v1/people', {
    q,
    organizationId,
    subtree: organizationId ? subtree : undefined,
    sort,
    limit: 20,
    cursor: pager.cursor,
    includeTotal: true,
  });

  const onTableChange: TableProps<Person>['onChange'] = (_p, _f, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const field: SortField = s?.columnKey === 'updatedAt' ? 'updatedAt' : 'name';
    const next: Sort = s?.order === 'descend' ? `-${field}` : s?.order === 'ascend' ? field : 'name';
    setSort(next);
    pager.reset();
  };
  const orderOf = (field: SortField) => (sort === field ? 'ascend' : sort === `-${field}` ? 'descend' : null);

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
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            style={{ width: 320 }}
            placeholder={t('people.searchPlaceholder')}
            aria-label={t('people.searchPlaceholder')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            data-testid="people-search"
          />
          <OrgTreeSelect
            style={{ width: 320 }}
            allowClear
            placeholder={t('people.organizationFilter')}
            value={organizationId}
            onChange={(v) => {
              setOrganizationId(v);
              pager.reset();
            }}
          />
          {organizationId && (
            <Checkbox checked={subtree} onChange={(e) => { setSubtree(e.target.checked); pager.reset(); }}>
              {t('people.includeSubtree')}
            </Checkbox>
          )}
        </Space>
        {page.error && <Alert type="error" showIcon title={errorText(page.error, t)} style={{ marginBottom: 16 }} />}
        <Table<Person>
          rowKey="id"
          size="middle"
          loading={page.isFetching}
          dataSource={page.data?.data ?? []}
          pagination={false}
          showSorterTooltip={false}
          onChange={onTableChange}
          locale={{ emptyText: t('people.empty') }}
          onRow={(p) => ({ onDoubleClick: () => void navigate(`/people/${p.id}`) })}
          columns={[
            {
              key: 'name',
              title: t('people.fields.fullName'),
              sorter: true,
              sortOrder: orderOf('name'),
              sortDirections: ['ascend', 'descend'],
              render: (_, p) => (
                <Link to={`/people/${p.id}`} data-testid="person-link">
                  <Highlight text={p.fullName} query={q} />
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
              sortOrder: orderOf('updatedAt'),
              sortDirections: ['descend', 'ascend'],
              render: (_, p) => formatDateTime(p.updatedAt),
              responsive: ['md'],
            },
          ]}
        />
        <CursorPager pager={pager} next={page.data?.links.next} total={page.data?.meta.total} loading={page.isFetching} />
      </Card>
      <PersonFormModal open={creating} onClose={() => setCreating(false)} onSaved={(p) => void navigate(`/people/${p.id}`)} />
    </>
  );
}
