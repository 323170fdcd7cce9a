import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Space } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api } from '../../../api/api';
import { useMe } from '../../../auth/session';
import { FormModal } from '../../../components/FormModal';
import { can } from '../../../lib/permissions';
import { useWorkT } from '../i18n';
import type { Task } from '../types';
import { ActionFields, type ActionValues, type TaskAction, actionBody } from './ActionFields';
import { taskEventsKey } from './TaskTimeline';

const ACTIONS: TaskAction[] = ['progress', 'reschedule', 'complete', 'cancel'];

/** Progress with a note (and a reason when going back), reschedule, complete, cancel (confirmed with a reason). */
export function TaskActions({ task }: { task: Task }) {
  const { t } = useWorkT();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const qc = useQueryClient();
  const [action, setAction] = useState<TaskAction | null>(null);
  if (!can(me, 'tasks.write') || task.status === 'done' || task.status === 'cancelled') return null;
  const submit = (v: ActionValues) => api.post(`/api/v1/tasks/:id/${action ?? 'progress'}`, { params: { id: task.id }, body: { version: task.version, ...actionBody(action ?? 'progress', v) } });
  const initial: Partial<ActionValues> = action === 'progress' ? { progress: task.progress } : action === 'complete' ? { completedOn: dayjs() } : {};
  return (
    <Space wrap>
      {ACTIONS.map((a) => (
        <Button key={a} type={a === 'progress' ? 'primary' : 'default'} danger={a === 'cancel'} onClick={() => setAction(a)} data-testid={`task-action-${a}`}>
          {t(`actions.${a}`)}
        </Button>
      ))}
      <FormModal<ActionValues>
        open={action !== null}
        title={action ? t(`actions.${action}`) : ''}
        danger={action === 'cancel'}
        okText={action ? t(`actions.${action}`) : undefined}
        warning={action === 'cancel' ? t('actions.cancelWarning') : action === 'reschedule' ? t('actions.rescheduleWarning') : undefined}
        onClose={() => setAction(null)}
        initialValues={initial}
        reload={[['work-task', task.id]]}
        submit={submit}
        onDone={() => {
          void message.success(t('actions.done'));
          void qc.invalidateQueries({ queryKey: ['work-task', task.id] });
          void qc.invalidateQueries({ queryKey: taskEventsKey(task.id) });
        }}
      >
        {action && <ActionFields action={action} fromProgress={task.progress} />}
      </FormModal>
    </Space>
  );
}
