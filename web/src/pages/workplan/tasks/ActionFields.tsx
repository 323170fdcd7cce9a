import { DatePicker, Form, Input, InputNumber } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { required, requiredSelect } from '../../../components/forms';
import { DISPLAY_DAY, toDay } from '../../../lib/dates';
import { useWorkT } from '../i18n';

/** The fields of one task change; the same for one task and for many. */
export type TaskAction = 'progress' | 'reschedule' | 'complete' | 'cancel';

export interface ActionValues {
  progress?: number;
  note?: string;
  reason?: string;
  dueOn?: Dayjs;
  completedOn?: Dayjs;
  result?: string;
}

/** The request body for an action from the form's values (days as 'YYYY-MM-DD', blanks left out). */
export function actionBody(action: TaskAction, v: ActionValues) {
  const reason = v.reason?.trim() ? v.reason.trim() : undefined;
  switch (action) {
    case 'progress':
      return { progress: v.progress ?? 0, note: v.note ?? '', reason };
    case 'reschedule':
      return { dueOn: toDay(v.dueOn) ?? '', reason: reason ?? '' };
    case 'complete':
      return { completedOn: toDay(v.completedOn) ?? '', result: v.result ?? '' };
    case 'cancel':
      return { reason: reason ?? '' };
  }
}

/** `fromProgress`: the task's progress now; going below it asks for a reason. */
export function ActionFields({ action, fromProgress }: { action: TaskAction; fromProgress?: number }) {
  const { t } = useWorkT();
  const { t: tc } = useTranslation();
  const progress = Form.useWatch<number | undefined>('progress');
  const back = fromProgress !== undefined && progress !== undefined && progress !== null && progress < fromProgress;
  if (action === 'progress') {
    return (
      <>
        <Form.Item name="progress" label={t('fields.progress')} rules={[{ required: true, message: tc('common.required', { field: t('fields.progress').toLowerCase() }) }]}>
          <InputNumber min={0} max={100} step={10} style={{ width: 160 }} data-testid="action-progress" />
        </Form.Item>
        <Form.Item name="note" label={t('fields.note')} rules={[required(tc, t('fields.note'))]}>
          <Input.TextArea rows={3} data-testid="action-note" />
        </Form.Item>
        {back && (
          <Form.Item name="reason" label={t('fields.backReason')} extra={t('actions.backNeedsReason', { from: fromProgress })} rules={[required(tc, t('fields.reason'))]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
      </>
    );
  }
  if (action === 'reschedule') {
    return (
      <>
        <Form.Item name="dueOn" label={t('fields.newDue')} rules={[requiredSelect(tc, t('fields.newDue'))]}>
          <DatePicker format={DISPLAY_DAY} />
        </Form.Item>
        <Form.Item name="reason" label={t('fields.reason')} rules={[required(tc, t('fields.reason'))]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </>
    );
  }
  if (action === 'complete') {
    return (
      <>
        <Form.Item name="completedOn" label={t('fields.completedOn')} rules={[requiredSelect(tc, t('fields.completedOn'))]}>
          <DatePicker format={DISPLAY_DAY} />
        </Form.Item>
        <Form.Item name="result" label={t('fields.result')} rules={[required(tc, t('fields.result'))]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </>
    );
  }
  return (
    <Form.Item name="reason" label={t('fields.reason')} rules={[required(tc, t('fields.reason'))]}>
      <Input.TextArea rows={3} />
    </Form.Item>
  );
}
