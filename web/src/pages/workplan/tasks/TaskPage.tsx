import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Descriptions, Progress, Result, Row, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api, isApiError } from '../../../api/api';
import { errorText } from '../../../components/errors';
import { PageTitle } from '../../../components/PageTitle';
import { formatDay } from '../../../lib/dates';
import { DueCell, PriorityTag, TaskStatusTag } from '../common';
import { useWorkT } from '../i18n';
import { TaskActions } from './TaskActions';
import { TaskTimeline } from './TaskTimeline';

export const taskKey = (id: string) => ['work-task', id] as const;

/** One task: the "5 rõ" (task, person, schedule, responsibility, result), its timeline and its actions. */
export function TaskPage() {
  const { id = '' } = useParams();
  const { t } = useWorkT();
  const { t: tc } = useTranslation();
  const q = useQuery({ queryKey: taskKey(id), queryFn: () => api.get('/api/v1/tasks/:id', { params: { id } }), retry: false });
  if (q.isPending) return <Spin />;
  if (isApiError(q.error) && [400, 403, 404].includes(q.error.status)) {
    return <Result status="404" title="404" subTitle={t('tasks.notFound')} extra={<Link to="/cong-viec/tasks">{t('tasks.back')}</Link>} />;
  }
  if (q.error) return <Alert type="error" showIcon title={errorText(q.error, tc)} />;
  const task = q.data;
  const source = task.meetingId ? <Link to={`/meetings/${task.meetingId}`}>{task.meetingTitle}</Link> : t(`sources.${task.sourceKind}`);
  return (
    <>
      <Link to="/cong-viec/tasks">
        <ArrowLeftOutlined /> {t('tasks.back')}
      </Link>
      <PageTitle
        title={<Space wrap><span data-testid="task-title">{task.title}</span><TaskStatusTag status={task.status} /><PriorityTag priority={task.priority} /></Space>}
        sub={<>{t('fields.source')}: {source}</>}
        extra={<TaskActions task={task} />}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card>
            <Descriptions column={1} bordered size="small" data-testid="task-five">
              <Descriptions.Item label={t('five.task')}>{task.title}</Descriptions.Item>
              <Descriptions.Item label={t('five.person')}>{task.ownerName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('five.schedule')}>
                <Space direction="vertical" size={0}>
                  <span>{t('fields.startOn')}: {formatDay(task.startOn) || '—'}</span>
                  <DueCell task={task} />
                  <Progress percent={task.progress} size="small" style={{ width: 240 }} status={task.overdue ? 'exception' : undefined} data-testid="task-progress" />
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('five.responsibility')}>
                <div>{t('fields.leadUnit')}: <strong>{task.leadUnitName}</strong></div>
                <div>{t('fields.cooperating')}: {task.cooperatingUnits.map((u) => u.name).join('; ') || '—'}</div>
              </Descriptions.Item>
              <Descriptions.Item label={t('five.result')}>{task.expectedResult ?? '—'}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <TaskTimeline taskId={task.id} />
        </Col>
      </Row>
    </>
  );
}
