import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/types';
import { ListFilterBar } from '../../components/ListFilterBar';
import { PagedTable } from '../../components/PagedTable';
import { PageTitle } from '../../components/PageTitle';
import { usePage, useSearchPager } from '../../components/paging';
import { formatDateTime } from '../../lib/dates';
import { CLEARANCE_COLORS, clearanceKey } from '../../lib/enums';
import { UserCreateModal } from './UserCreateModal';
import { UserDrawer } from './UserDrawer';

type Sort = 'username' | '-createdAt';

function columns(t: TFunction, sort: Sort, onOpen: (u: User) => void): ColumnsType<User> {
  return [
    {
      key: 'username',
      title: t('users.username'),
      width: 220,
      sorter: true,
      sortOrder: sort === 'username' ? 'ascend' : null,
      sortDirections: ['ascend'],
      render: (_, u) => (
        <Space orientation="vertical" size={0}>
          <Typography.Link onClick={() => onOpen(u)}>{u.username}</Typography.Link>
          <Typography.Text type="secondary">{u.displayName}</Typography.Text>
        </Space>
      ),
    },
    {
      key: 'grants',
      title: t('users.grants'),
      render: (_, u) => (
        <Space wrap size={[4, 4]}>
          {u.isSystemAdmin && <Tag color="red">{t('users.systemAdmin')}</Tag>}
          {u.grants.map((g) => (
            <Tag key={g.id} color="blue">
              {t(`roles.${g.role}`)} · {g.organizationName}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'clearance',
      title: t('users.clearanceShort'),
      width: 110,
      render: (_, u) => <Tag color={CLEARANCE_COLORS[u.clearance] ?? 'default'}>{t(`clearance.${clearanceKey(u.clearance)}`)}</Tag>,
    },
    {
      key: 'status',
      title: t('users.status'),
      width: 130,
      render: (_, u) => (u.disabledAt ? <Tag color="default">{t('users.disabled')}</Tag> : <Tag color="green">{t('users.active')}</Tag>),
    },
    {
      key: 'lastLoginAt',
      title: t('users.lastLogin'),
      width: 150,
      render: (_, u) => (u.lastLoginAt ? formatDateTime(u.lastLoginAt) : t('users.neverLoggedIn')),
    },
    {
      key: 'createdAt',
      title: t('tokens.createdAt'),
      width: 150,
      sorter: true,
      sortOrder: sort === '-createdAt' ? 'descend' : null,
      sortDirections: ['descend'],
      render: (_, u) => formatDateTime(u.createdAt),
      responsive: ['lg'],
    },
  ];
}

export function UsersPage() {
  const { t } = useTranslation();
  const { search, setSearch, q, pager } = useSearchPager();
  const [sort, setSort] = useState<Sort>('username');
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<User | null>(null);
  const page = usePage('users', '/api/v1/users', { q, sort, limit: 20, cursor: pager.cursor, includeTotal: true });
  return (
    <>
      <PageTitle
        title={t('users.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('users.add')}
          </Button>
        }
      />
      <Card>
        <ListFilterBar filters={[{ kind: 'search', label: t('users.searchPlaceholder'), value: search, onChange: setSearch, width: 320 }]} />
        <PagedTable<User>
          page={page}
          pager={pager}
          size={undefined}
          showSorterTooltip={false}
          onChange={(_p, _f, sorter) => {
            const s = Array.isArray(sorter) ? sorter[0] : sorter;
            setSort(s?.columnKey === 'createdAt' && s.order ? '-createdAt' : 'username');
            pager.reset();
          }}
          onRow={(u) => ({ onClick: () => setOpen(u), style: { cursor: 'pointer' } })}
          columns={columns(t, sort, setOpen)}
        />
      </Card>
      <UserCreateModal open={creating} onClose={() => setCreating(false)} onCreated={setOpen} />
      {open && <UserDrawer key={open.id} user={open} onChange={setOpen} onClose={() => setOpen(null)} />}
    </>
  );
}
