import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../../api/api';
import { errorText } from '../../../components/errors';
import { FormModal } from '../../../components/FormModal';
import { useWorkT } from '../i18n';
import type { Task } from '../types';
import { ActionFields, type ActionValues, type TaskAction, actionBody } from './ActionFields';

const ACTIONS: TaskAction[] = ['progress', 'reschedule', 'complete'];

/** One change to every selected task, all or nothing: a refusal changes none and says why. */
export function BulkBar({ selected, onDone }: { selected: Task[]; onDone: () => void }) {
  const { t } = useWorkT();
  const { t: tc } = useTranslation();
  const qc = useQueryClient();
  const [action, setAction] = useState<TaskAction | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  if (selected.length === 0 && !failure) return null;
  const submit = async (v: ActionValues) => {
    setFailure(null);
    if (!action) return;
    const body = { action, tasks: selected.map((s) => ({ id: s.id, version: s.version })), ...actionBody(action ?? 'progress', v) };
    await api.post('/api/v1/tasks/bulk', { body });
  };
  return (
    <div style={{ marginBottom: 16 }}>
      {failure && <Alert type="error" showIcon closable onClose={() => setFailure(null)} title={t('actions.bulkFailed', { error: failure })} style={{ marginBottom: 8 }} data-testid="bulk-error" />}
      {selected.length > 0 && (
        <Space wrap data-testid="bulk-bar">
          <Typography.Text strong>{t('tasks.selected', { count: selected.length })}</Typography.Text>
          {ACTIONS.map((a) => (
            <Button key={a} onClick={() => setAction(a)} data-testid={`bulk-${a}`}>{t(`actions.${a}`)}</Button>
          ))}
          <Button type="link" onClick={onDone}>{t('tasks.clear')}</Button>
        </Space>
      )}
      <FormModal<ActionValues>
        open={action !== null}
        title={action ? t('actions.bulkTitle', { action: t(`actions.${action}`), count: selected.length }) : ''}
        warning={action === 'reschedule' ? `${t('actions.bulkWarning')} ${t('actions.rescheduleWarning')}` : t('actions.bulkWarning')}
        onClose={() => setAction(null)}
        initialValues={action === 'complete' ? { completedOn: dayjs() } : {}}
        submit={submit}
        shownInDialog={(e) => {
          if (isApiError(e) && e.errors.length === 0) {
            // Nothing changed; the list is reloaded so that the selection carries the current versions.
            void qc.invalidateQueries({ queryKey: ['work-tasks'] });
            setFailure(errorText(e, tc));
            setAction(null);
            return true;
          }
          return false;
        }}
        onDone={() => {
          void qc.invalidateQueries({ queryKey: ['work-tasks'] });
          onDone();
        }}
      >
        {action && <ActionFields action={action} />}
      </FormModal>
    </div>
  );
}
