import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Progress, Space } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useMe } from '../../../auth/session';
import { Highlight } from '../../../components/Highlight';
import { choiceFilter, ListFilterBar, selectFilter } from '../../../components/ListFilterBar';
import { PageTitle } from '../../../components/PageTitle';
import { PagedTable } from '../../../components/PagedTable';
import { can } from '../../../lib/permissions';
import { DueCell, PriorityTag, TaskStatusTag } from '../common';
import { useWorkT, type WorkT } from '../i18n';
import { TASK_SOURCES, TASK_STATUSES, type Task, type TaskSource, type TaskStatus } from '../types';
import { BulkBar } from './BulkBar';
import { TaskCreateModal } from './TaskCreateModal';
import { type Shown, type TaskList, type TaskListPreset, useTaskList } from './useTaskList';

function TaskFilterBar({ l }: { l: TaskList }) {
  const { t } = useWorkT();
  return (
    <ListFilterBar
      filters={[
        { kind: 'search', label: t('tasks.search'), value: l.search, onChange: l.setSearch, width: 300, testId: 'tasks-search' },
        { kind: 'check', label: t('tasks.mine'), checked: l.mine, onChange: l.setMine, testId: 'tasks-mine' },
        choiceFilter<Shown>({ label: t('tasks.show'), value: l.shown, onChange: l.setShown, options: [
          { value: 'open', label: t('tasks.showOpen') },
          { value: 'closed', label: t('tasks.showClosed') },
          { value: 'all', label: t('tasks.showAll') },
        ] }),
        { kind: 'org', placeholder: t('tasks.leadUnit'), width: 260, value: l.leadUnitId, onChange: l.setLeadUnitId },
        selectFilter<TaskStatus | null>({ label: t('tasks.status'), width: 170, value: l.status, onChange: l.setStatus, options: TASK_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) })), testId: 'tasks-status' }),
        selectFilter<TaskSource | null>({ label: t('tasks.source'), width: 200, value: l.sourceKind, onChange: l.setSourceKind, options: TASK_SOURCES.map((s) => ({ value: s, label: t(`sources.${s}`) })) }),
      ]}
    />
  );
}

function columns(t: WorkT, l: TaskList, base: string): ColumnsType<Task> {
  return [
    { key: 'title', title: t('tasks.name'), width: 320, sorter: true, sortOrder: l.order('title'), render: (_, r) => <Space size={4} wrap><Link to={`${base}/${r.id}`} data-testid="task-link"><Highlight text={r.title} query={l.q} /></Link><PriorityTag priority={r.priority} /></Space> },
    { key: 'leadUnit', title: t('tasks.leadUnit'), dataIndex: 'leadUnitName', width: 160, ellipsis: true, responsive: ['md'] },
    { key: 'owner', title: t('tasks.owner'), dataIndex: 'ownerName', width: 140, ellipsis: true, responsive: ['lg'] },
    { key: 'dueOn', title: t('tasks.due'), width: 170, sorter: true, sortOrder: l.order('dueOn'), render: (_, r) => <DueCell task={r} /> },
    { key: 'progress', title: t('tasks.progress'), width: 110, render: (_, r) => <Progress percent={r.progress} size="small" status={r.overdue ? 'exception' : undefined} /> },
    { key: 'status', title: t('tasks.status'), width: 140, render: (_, r) => <TaskStatusTag status={r.status} /> },
    { key: 'createdAt', title: t('tasks.source'), width: 150, sorter: true, sortOrder: l.order('createdAt'), responsive: ['xxl'], render: (_, r) => (r.meetingId ? <Link to={`/meetings/${r.meetingId}`}>{t(`sources.${r.sourceKind}`)}</Link> : t(`sources.${r.sourceKind}`)) },
  ];
}

/**
 * The one task list, at two addresses: /cong-viec/tasks (every task the user may see) and "Việc của tôi"
 * (/tasks: the user's own, still to do). Filtered, sorted and paged; several changed at once.
 */
export function TasksPage({ preset, base }: { preset: TaskListPreset; base: string }) {
  const { t } = useWorkT();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const l = useTaskList(preset);
  const [creating, setCreating] = useState(false);
  const writable = can(me, 'tasks.write');
  const { selected, setSelected } = l;
  return (
    <>
      <PageTitle
        title={t('tasks.title')}
        sub={t('tasks.intro')}
        extra={writable && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="task-add">{t('tasks.add')}</Button>}
      />
      <Card>
        <TaskFilterBar l={l} />
        {writable && <BulkBar selected={selected.map((s) => l.page.data?.data.find((r) => r.id === s.id) ?? s)} onDone={() => setSelected([])} />}
        <PagedTable<Task>
          page={l.page}
          pager={l.pager}
          emptyText={t('tasks.empty')}
          onChange={l.onChange}
          rowSelection={writable ? { selectedRowKeys: selected.map((s) => s.id), onChange: (_k, rows) => setSelected(rows), getCheckboxProps: (r) => ({ disabled: r.status === 'done' || r.status === 'cancelled' }) } : undefined}
          onRow={(r) => ({ onDoubleClick: () => void navigate(`${base}/${r.id}`), style: r.overdue ? { background: '#fff1f0' } : undefined })}
          scroll={{ x: 1060 }}
          columns={columns(t, l, base)}
        />
      </Card>
      <TaskCreateModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
