import { useQueryClient } from '@tanstack/react-query';
import { Button, DatePicker, Form, Input, Modal, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api } from '../../../api/api';
import { FormModal } from '../../../components/FormModal';
import { OrgTreeSelect } from '../../../components/OrgTreeSelect';
import { PersonSelect } from '../../../components/PersonSelect';
import { blankToNull, required, requiredSelect } from '../../../components/forms';
import { DISPLAY_DAY, formatDay, toDay } from '../../../lib/dates';
import { useWorkT } from '../i18n';
import { TASK_PRIORITIES, type CreatedTask, type TaskPriority } from '../types';
import { OrgMultiSelect } from './OrgMultiSelect';

interface Values {
  title: string;
  description?: string;
  ownerPersonId: string;
  leadUnitId: string;
  cooperatingUnitIds?: string[];
  startOn?: Dayjs;
  dueOn: Dayjs;
  expectedResult: string;
  priority: TaskPriority;
}

/** Giving a task by hand; the answer may warn of near-identical tasks led by other units in the same period. */
export function TaskCreateModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useWorkT();
  const { t: tc } = useTranslation();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [created, setCreated] = useState<CreatedTask | null>(null);
  const submit = async (v: Values) => {
    const task = await api.post('/api/v1/tasks', { body: {
      title: v.title, description: blankToNull(v.description), ownerPersonId: v.ownerPersonId, leadUnitId: v.leadUnitId,
      cooperatingUnitIds: v.cooperatingUnitIds ?? [], startOn: toDay(v.startOn), dueOn: toDay(v.dueOn), expectedResult: v.expectedResult, priority: v.priority,
    } });
    if (task.overlaps.length > 0) setCreated(task);
    else void navigate(`/cong-viec/tasks/${task.id}`);
  };
  const onDone = () => {
    void qc.invalidateQueries({ queryKey: ['work-tasks'] });
  };
  return (
    <>
      <FormModal<Values> open={open} title={t('tasks.add')} onClose={onClose} submit={submit} onDone={onDone} width={720} initialValues={{ priority: 'normal' }}>
        <Form.Item name="title" label={t('fields.title')} rules={[required(tc, t('fields.title'))]}>
          <Input.TextArea rows={2} data-testid="task-title-input" />
        </Form.Item>
        <Form.Item name="leadUnitId" label={t('fields.leadUnit')} rules={[requiredSelect(tc, t('fields.leadUnit'))]}>
          <OrgTreeSelect />
        </Form.Item>
        <Form.Item name="cooperatingUnitIds" label={t('fields.cooperating')}>
          <OrgMultiSelect />
        </Form.Item>
        <Form.Item name="ownerPersonId" label={t('fields.owner')} rules={[requiredSelect(tc, t('fields.owner'))]}>
          <PersonSelect />
        </Form.Item>
        <Space wrap size="large">
          <Form.Item name="startOn" label={t('fields.startOn')}>
            <DatePicker format={DISPLAY_DAY} />
          </Form.Item>
          <Form.Item name="dueOn" label={t('fields.dueOn')} rules={[requiredSelect(tc, t('fields.dueOn'))]}>
            <DatePicker format={DISPLAY_DAY} />
          </Form.Item>
          <Form.Item name="priority" label={t('fields.priority')}>
            <Select<TaskPriority> style={{ width: 160 }} options={TASK_PRIORITIES.map((p) => ({ value: p, label: t(`priorities.${p}`) }))} />
          </Form.Item>
        </Space>
        <Form.Item name="expectedResult" label={t('fields.expectedResult')} rules={[required(tc, t('fields.expectedResult'))]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="description" label={t('fields.description')}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
      <Modal
        open={created !== null && created.overlaps.length > 0}
        title={t('tasks.overlapsTitle')}
        onCancel={() => setCreated(null)}
        footer={<Space><Button onClick={() => setCreated(null)}>{tc('common.close')}</Button><Button type="primary" onClick={() => void navigate(`/cong-viec/tasks/${created?.id ?? ''}`)}>{t('tasks.openCreated')}</Button></Space>}
      >
        <ul data-testid="task-overlaps">
          {created?.overlaps.map((o) => (
            <li key={o.id}>
              <Typography.Link onClick={() => void navigate(`/cong-viec/tasks/${o.id}`)}>
                {t('tasks.overlapLine', { title: o.title, unit: o.leadUnitName, due: formatDay(o.dueOn), similarity: Math.round(o.similarity * 100) })}
              </Typography.Link>
            </li>
          ))}
        </ul>
      </Modal>
    </>
  );
}
