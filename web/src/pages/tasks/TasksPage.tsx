import { Alert, Card, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorText } from '../../components/errors';
import { PageTitle } from '../../components/PageTitle';
import { CursorPager, usePage, useCursorStack } from '../../components/paging';
import { formatDay } from '../../lib/dates';
import { TASK_STATUS_COLORS } from '../meetings/labels';
import { TASK_STATUSES, type Task, type TaskStatus } from '../meetings/types';
import { useMeetingsT } from '../meetings/i18n';

export const PRIORITY_COLORS = { normal: 'default', high: 'orange', urgent: 'red' } as const;

export function DueDate({ task }: { task: Task }) {
  const { t } = useMeetingsT();
  if (!task.dueOn) return null;
  return task.overdue ? (
    <Typography.Text type="danger" strong data-testid="task-overdue">
      {formatDay(task.dueOn)} · {t('tasks.overdue')}
    </Typography.Text>
  ) : (
    <span>{formatDay(task.dueOn)}</span>
  );
}

type Shown = 'open' | 'closed' | 'all';
const OPEN_PARAM = { open: 'true', closed: 'false', all: undefined } as const;

/** "Việc của tôi": the user's own tasks by deadline, overdue ones in red; work still to do is shown unless asked. */
export function TasksPage() {
  const { t } = useMeetingsT();
  const { t: tc } = useTranslation();
  const pager = useCursorStack();
  const [status, setStatus] = useState<TaskStatus | null>(null);
  const [shown, setShown] = useState<Shown>('open');
  const page = usePage<Task>('tasks', '/api/v1/tasks', { owner: 'me', status, open: OPEN_PARAM[shown], limit: 20, cursor: pager.cursor, includeTotal: true });
  return (
    <>
      <PageTitle title={t('tasks.title')} sub={t('tasks.intro')} />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
        <Segmented<Shown>
          aria-label={t('tasks.show')}
          value={shown}
          onChange={(v) => {
            setShown(v);
            pager.reset();
          }}
          options={[
            { value: 'open', label: t('tasks.showOpen') },
            { value: 'closed', label: t('tasks.showClosed') },
            { value: 'all', label: t('tasks.showAll') },
          ]}
        />
        <Select<TaskStatus | null>
          allowClear
          style={{ width: 200 }}
          placeholder={t('tasks.status')}
          aria-label={t('tasks.status')}
          value={status}
          onChange={(v) => {
            setStatus(v ?? null);
            pager.reset();
          }}
          options={TASK_STATUSES.map((s) => ({ value: s, label: t(`taskStatuses.${s}`) }))}
        />
        </Space>
        {page.error && <Alert type="error" showIcon title={errorText(page.error, tc)} style={{ marginBottom: 16 }} />}
        <Table<Task>
          rowKey="id"
          size="middle"
          loading={page.isFetching}
          dataSource={page.data?.data ?? []}
          pagination={false}
          locale={{ emptyText: t('tasks.empty') }}
          scroll={{ x: 760 }}
          columns={[
            { key: 'title', title: t('tasks.name'), render: (_, r) => <Link to={`/tasks/${r.id}`} data-testid="task-link">{r.title}</Link> },
            { key: 'due', title: t('task.dueOn'), width: 160, render: (_, r) => <DueDate task={r} /> },
            { key: 'lead', title: t('task.leadUnit'), dataIndex: 'leadUnitName', width: 180, ellipsis: true, responsive: ['xxl'] },
            { key: 'source', title: t('tasks.source'), width: 200, ellipsis: true, responsive: ['xl'], render: (_, r) => (r.meetingId ? <Link to={`/meetings/${r.meetingId}`}>{r.meetingTitle}</Link> : t(`taskSources.${r.sourceKind}`)) },
            { key: 'priority', title: t('task.priority'), width: 110, render: (_, r) => <Tag color={PRIORITY_COLORS[r.priority]}>{t(`priorities.${r.priority}`)}</Tag> },
            { key: 'status', title: t('tasks.status'), width: 130, render: (_, r) => <Tag color={TASK_STATUS_COLORS[r.status]}>{t(`taskStatuses.${r.status}`)}</Tag> },
          ]}
        />
        <CursorPager pager={pager} next={page.data?.links.next} total={page.data?.meta.total} loading={page.isFetching} />
      </Card>
    </>
  );
}
