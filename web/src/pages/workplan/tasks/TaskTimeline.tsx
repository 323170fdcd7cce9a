import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, Progress, Spin, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/api';
import { errorText } from '../../../components/errors';
import { formatDateTime, formatDay } from '../../../lib/dates';
import { useWorkT } from '../i18n';
import type { TaskEvent } from '../types';

export const taskEventsKey = (id: string) => ['work-task', id, 'events'] as const;

const COLORS: Record<string, string> = { created: 'blue', progress: 'blue', rescheduled: 'orange', completed: 'green', cancelled: 'gray' };
const text = (v: unknown) => (typeof v === 'string' && v ? v : null);

function EventBody({ e }: { e: TaskEvent }) {
  const { t } = useWorkT();
  const from = text(e.details.from);
  const reason = text(e.details.reason);
  const original = text(e.details.originalDueOn);
  const head =
    e.kind === 'progress' ? t('timeline.progress', { progress: e.progress ?? 0 })
      : e.kind === 'rescheduled' ? t('timeline.rescheduled', { due: formatDay(e.dueOn) })
        : e.kind === 'completed' || e.kind === 'cancelled' || e.kind === 'created' ? t(`timeline.${e.kind}`) : e.kind;
  return (
    <div data-testid={`timeline-${e.kind}`}>
      <Typography.Text strong>{head}</Typography.Text>{' '}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDateTime(e.occurredAt)}</Typography.Text>
      {e.kind === 'progress' && e.progress !== null && <Progress percent={e.progress} size="small" style={{ maxWidth: 260 }} />}
      {e.kind === 'rescheduled' && (
        <div>
          <Typography.Text type="secondary">
            {from && t('timeline.from', { from: formatDay(from) })}
            {original && original !== from ? ` · ${t('timeline.original', { day: formatDay(original) })}` : ''}
          </Typography.Text>
        </div>
      )}
      {e.note && <div>{e.kind === 'rescheduled' || e.kind === 'cancelled' ? t('timeline.reason', { reason: e.note }) : e.note}</div>}
      {reason && <div>{t('timeline.reason', { reason })}</div>}
      {e.createdByName && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('timeline.by', { name: e.createdByName })}</Typography.Text>}
    </div>
  );
}

/** The task's timeline: creation, progress bars, rescheduling with its reason and the original deadline, completion. */
export function TaskTimeline({ taskId }: { taskId: string }) {
  const { t } = useWorkT();
  const { t: tc } = useTranslation();
  const q = useQuery({ queryKey: taskEventsKey(taskId), queryFn: () => api.get('/api/v1/tasks/:id/events', { params: { id: taskId } }), select: (r) => r.data });
  return (
    <Card title={t('timeline.title')}>
      {q.isPending && <Spin />}
      {q.error && <Alert type="error" showIcon title={errorText(q.error, tc)} />}
      {q.data?.length === 0 && <Empty description={t('timeline.empty')} />}
      <Timeline
        data-testid="task-timeline"
        reverse
        items={(q.data ?? []).map((e) => ({ key: e.id, color: COLORS[e.kind] ?? 'gray', children: <EventBody e={e} /> }))}
      />
    </Card>
  );
}
