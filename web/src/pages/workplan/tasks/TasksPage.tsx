import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Input, Progress, Select, Space, Table, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useMe } from '../../../auth/session';
import { errorText } from '../../../components/errors';
import { Highlight } from '../../../components/Highlight';
import { OrgTreeSelect } from '../../../components/OrgTreeSelect';
import { PageTitle } from '../../../components/PageTitle';
import { CursorPager, usePage, useSearchPager } from '../../../components/paging';
import { can } from '../../../lib/permissions';
import { DueCell, PriorityTag, TaskStatusTag } from '../common';
import { useWorkT } from '../i18n';
import { TASK_SOURCES, TASK_STATUSES, type Task, type TaskSource, type TaskStatus } from '../types';
import { BulkBar } from './BulkBar';
import { TaskCreateModal } from './TaskCreateModal';

type SortKey = 'dueOn' | 'title' | 'createdAt';

/** /cong-viec/tasks: every task the user may see, filtered, sorted and paged; several changed at once. */
export function TasksPage() {
  const { t } = useWorkT();
  const { t: tc } = useTranslation();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const { search, setSearch, q, pager } = useSearchPager();
  const [mine, setMine] = useState(false);
  const [leadUnitId, setLeadUnitId] = useState<string | null>(null);
  const [status, setStatus] = useState<TaskStatus | null>(null);
  const [sourceKind, setSourceKind] = useState<TaskSource | null>(null);
  const [sort, setSort] = useState<string>('-dueOn');
  const [selected, setSelected] = useState<Task[]>([]);
  const [creating, setCreating] = useState(false);
  const query = { q, owner: mine ? 'me' : undefined, leadUnitId, status, sourceKind, sort, limit: 20, cursor: pager.cursor, includeTotal: true };
  const page = usePage<Task>('work-tasks', '/api/v1/tasks', query);
  const refilter = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setSelected([]);
    pager.reset();
  };
  const onChange: TableProps<Task>['onChange'] = (_p, _f, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const key = (s?.columnKey as SortKey | undefined) ?? 'dueOn';
    // Always sorted: where antd would cancel the sort, the direction flips instead.
    refilter(setSort)(s?.order === 'descend' ? `-${key}` : s?.order === 'ascend' ? key : sort === `-${key}` ? key : `-${key}`);
  };
  const order = (key: SortKey) => (sort === key ? 'ascend' : sort === `-${key}` ? 'descend' : null);
  const writable = can(me, 'tasks.write');

  return (
    <>
      <PageTitle
        title={t('tasks.title')}
        sub={t('tasks.intro')}
        extra={writable && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="task-add">{t('tasks.add')}</Button>}
      />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search allowClear style={{ width: 300 }} placeholder={t('tasks.search')} aria-label={t('tasks.search')} value={search} onChange={(e) => setSearch(e.target.value)} data-testid="tasks-search" />
          <Checkbox checked={mine} onChange={(e) => refilter(setMine)(e.target.checked)} data-testid="tasks-mine">{t('tasks.mine')}</Checkbox>
          <OrgTreeSelect style={{ width: 260 }} allowClear placeholder={t('tasks.leadUnit')} value={leadUnitId} onChange={refilter(setLeadUnitId)} />
          <Select<TaskStatus | null> allowClear style={{ width: 170 }} placeholder={t('tasks.status')} aria-label={t('tasks.status')} value={status} onChange={(v) => refilter(setStatus)(v ?? null)} options={TASK_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))} data-testid="tasks-status" />
          <Select<TaskSource | null> allowClear style={{ width: 200 }} placeholder={t('tasks.source')} aria-label={t('tasks.source')} value={sourceKind} onChange={(v) => refilter(setSourceKind)(v ?? null)} options={TASK_SOURCES.map((s) => ({ value: s, label: t(`sources.${s}`) }))} />
        </Space>
        {writable && <BulkBar selected={selected.map((s) => page.data?.data.find((r) => r.id === s.id) ?? s)} onDone={() => setSelected([])} />}
        {page.error && <Alert type="error" showIcon title={errorText(page.error, tc)} style={{ marginBottom: 16 }} />}
        <Table<Task>
          rowKey="id"
          size="middle"
          loading={page.isFetching}
          dataSource={page.data?.data ?? []}
          pagination={false}
          onChange={onChange}
          locale={{ emptyText: t('tasks.empty') }}
          rowSelection={writable ? { selectedRowKeys: selected.map((s) => s.id), onChange: (_k, rows) => setSelected(rows), getCheckboxProps: (r) => ({ disabled: r.status === 'done' || r.status === 'cancelled' }) } : undefined}
          onRow={(r) => ({ onDoubleClick: () => void navigate(`/cong-viec/tasks/${r.id}`), style: r.overdue ? { background: '#fff1f0' } : undefined })}
          scroll={{ x: 1060 }}
          columns={[
            { key: 'title', title: t('tasks.name'), width: 320, sorter: true, sortOrder: order('title'), render: (_, r) => <Space size={4} wrap><Link to={`/cong-viec/tasks/${r.id}`} data-testid="task-link"><Highlight text={r.title} query={q} /></Link><PriorityTag priority={r.priority} /></Space> },
            { key: 'leadUnit', title: t('tasks.leadUnit'), dataIndex: 'leadUnitName', width: 160, ellipsis: true, responsive: ['md'] },
            { key: 'owner', title: t('tasks.owner'), dataIndex: 'ownerName', width: 140, ellipsis: true, responsive: ['lg'] },
            { key: 'dueOn', title: t('tasks.due'), width: 170, sorter: true, sortOrder: order('dueOn'), render: (_, r) => <DueCell task={r} /> },
            { key: 'progress', title: t('tasks.progress'), width: 110, render: (_, r) => <Progress percent={r.progress} size="small" status={r.overdue ? 'exception' : undefined} /> },
            { key: 'status', title: t('tasks.status'), width: 140, render: (_, r) => <TaskStatusTag status={r.status} /> },
            { key: 'createdAt', title: t('tasks.source'), width: 150, sorter: true, sortOrder: order('createdAt'), responsive: ['xxl'], render: (_, r) => (r.meetingId ? <Link to={`/meetings/${r.meetingId}`}>{t(`sources.${r.sourceKind}`)}</Link> : t(`sources.${r.sourceKind}`)) },
          ]}
        />
        <CursorPager pager={pager} next={page.data?.links.next} total={page.data?.meta.total} loading={page.isFetching} />
      </Card>
      <TaskCreateModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
