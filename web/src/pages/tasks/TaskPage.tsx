import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Progress, Result, Space, Spin, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api, isApiError } from '../../api/api';
import { errorText } from '../../components/errors';
import { PageTitle } from '../../components/PageTitle';
import { formatDay } from '../../lib/dates';
import { TASK_STATUS_COLORS } from '../meetings/labels';
import type { Task } from '../meetings/types';
import { DueDate, PRIORITY_COLORS } from './TasksPage';
import { useMeetingsT } from '../meetings/i18n';

/** One task: who, which units, by when, what result, where it came from. */
export function TaskPage() {
  const { id = '' } = useParams();
  const { t } = useMeetingsT();
  const { t: tc } = useTranslation();
  const q = useQuery({ queryKey: ['task', id], queryFn: () => api.get<Task>(`/api/v1/tasks/${id}`), retry: false });
  if (q.isPending) return <Spin />;
  if (isApiError(q.error) && [400, 403, 404].includes(q.error.status)) return <Result status="404" title="404" subTitle={t('tasks.notFound')} extra={<Link to="/tasks">{t('tasks.title')}</Link>} />;
  if (q.error) return <Alert type="error" showIcon title={errorText(q.error, tc)} />;
  const task = q.data;
  return (
    <>
      <Link to="/tasks">
        <ArrowLeftOutlined /> {t('tasks.title')}
      </Link>
      <PageTitle
        title={<Space wrap><span data-testid="task-title">{task.title}</span><Tag color={TASK_STATUS_COLORS[task.status]}>{t(`taskStatuses.${task.status}`)}</Tag></Space>}
        sub={task.meetingId ? <Link to={`/meetings/${task.meetingId}`}>{task.meetingTitle}</Link> : t(`taskSources.${task.sourceKind}`)}
      />
      <Card>
        <Descriptions column={{ xs: 1, lg: 2 }} bordered size="small">
          <Descriptions.Item label={t('task.owner')}>{task.ownerName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('task.leadUnit')}>{task.leadUnitName}</Descriptions.Item>
          <Descriptions.Item label={t('task.cooperating')}>{task.cooperatingUnits.map((u) => u.name).join('; ') || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('task.priority')}><Tag color={PRIORITY_COLORS[task.priority]}>{t(`priorities.${task.priority}`)}</Tag></Descriptions.Item>
          <Descriptions.Item label={t('task.startOn')}>{formatDay(task.startOn) || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('task.dueOn')}><DueDate task={task} /></Descriptions.Item>
          {task.originalDueOn && task.originalDueOn !== task.dueOn && <Descriptions.Item label={t('tasks.originalDueOn')}>{formatDay(task.originalDueOn)}</Descriptions.Item>}
          <Descriptions.Item label={t('tasks.progress')}><Progress percent={task.progress} size="small" style={{ maxWidth: 240 }} /></Descriptions.Item>
          <Descriptions.Item label={t('task.expectedResult')} span={2}>{task.expectedResult ?? '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
    </>
  );
}
