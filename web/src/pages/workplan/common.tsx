import { Tag, Typography } from 'antd';
import { formatDay } from '../../lib/dates';
import { useWorkT } from './i18n';
import type { Task, TaskPriority, TaskStatus } from './types';

/** Shared pieces of the work pages: tags, the deadline cell, links into the app. */

export const TASK_STATUS_COLORS: Record<TaskStatus, string> = { open: 'blue', in_progress: 'processing', done: 'green', cancelled: 'default' };
export const PRIORITY_COLORS: Record<TaskPriority, string> = { normal: 'default', high: 'orange', urgent: 'red' };
export const SUBMISSION_COLORS: Record<string, string> = { missing: 'red', draft: 'gold', submitted: 'blue', returned: 'volcano', accepted: 'green' };
export const SEVERITY_COLORS: Record<string, string> = { late: 'red', due_soon: 'gold', pending: 'default' };

export function TaskStatusTag({ status }: { status: TaskStatus }) {
  const { t } = useWorkT();
  return <Tag color={TASK_STATUS_COLORS[status]}>{t(`statuses.${status}`)}</Tag>;
}

export function PriorityTag({ priority }: { priority: TaskPriority }) {
  const { t } = useWorkT();
  return priority === 'normal' ? null : <Tag color={PRIORITY_COLORS[priority]}>{t(`priorities.${priority}`)}</Tag>;
}

/** The deadline, red when overdue, with the original deadline when it was moved. */
export function DueCell({ task }: { task: Pick<Task, 'dueOn' | 'originalDueOn' | 'overdue'> }) {
  const { t } = useWorkT();
  if (!task.dueOn) return <>—</>;
  const moved = task.originalDueOn && task.originalDueOn !== task.dueOn;
  return (
    <div>
      <Typography.Text type={task.overdue ? 'danger' : undefined} strong={task.overdue} style={{ whiteSpace: 'nowrap' }} data-testid={task.overdue ? 'task-overdue' : undefined}>
        {formatDay(task.dueOn)}
        {task.overdue ? ` · ${t('tasks.overdue')}` : ''}
      </Typography.Text>
      {moved && (
        <div>
          <Typography.Text type="secondary" delete style={{ fontSize: 12 }} data-testid="task-original-due">
            {t('tasks.originalDue', { day: formatDay(task.originalDueOn) })}
          </Typography.Text>
        </div>
      )}
    </div>
  );
}

/** Server links ('/tasks/<id>', '/reports/periods/<id>') to the pages of this module. */
export function appLink(link: string): string {
  if (link.startsWith('/tasks/')) return `/cong-viec${link}`;
  if (link.startsWith('/reports/')) return `/cong-viec${link}`;
  return link;
}
