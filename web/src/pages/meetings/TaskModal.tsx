import { DatePicker, Form, Input, Select, Space, TreeSelect } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { useOrgTree } from '../../api/orgTree';
import { FormModal } from '../../components/FormModal';
import { required, requiredSelect } from '../../components/forms';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PersonSelect } from '../../components/PersonSelect';
import { toDay } from '../../lib/dates';
import { matchesFolded } from '../../lib/text';
import { type OrgTreeNode, buildTree } from '../../lib/tree';
import { useRefreshMeeting } from './queries';
import { type Conclusion, type Meeting, TASK_PRIORITIES, type TaskPriority } from './types';
import { useMeetingsT } from './i18n';

interface Values {
  title?: string;
  ownerPersonId: string;
  leadUnitId: string;
  cooperatingUnitIds?: string[];
  startOn?: Dayjs | null;
  dueOn: Dayjs;
  expectedResult: string;
  priority: TaskPriority;
}

type TreeOption = { value: string; title: string; children: TreeOption[] };
const toOptions = (list: OrgTreeNode[]): TreeOption[] => list.map(({ node, children }) => ({ value: node.id, title: node.name, children: toOptions(children) }));

function UnitsSelect({ value, onChange, id }: { value?: string[]; onChange?: (v: string[]) => void; id?: string }) {
  const { data } = useOrgTree(false);
  const treeData = useMemo(() => toOptions(buildTree(data ?? [])), [data]);
  return (
    <TreeSelect<string[]>
      id={id}
      multiple
      treeCheckable={false}
      value={value}
      onChange={(v) => onChange?.(v)}
      treeData={treeData}
      showSearch={{ filterTreeNode: (input, node) => matchesFolded(String(node.title ?? ''), input) }}
      treeDefaultExpandAll
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
    />
  );
}

/** Start, deadline and priority. */
function Schedule() {
  const { t } = useMeetingsT();
  const { t: tc } = useTranslation();
  return (
    <Space wrap align="start">
      <Form.Item name="startOn" label={t('task.startOn')}>
        <DatePicker format="DD/MM/YYYY" />
      </Form.Item>
      <Form.Item name="dueOn" label={t('task.dueOn')} rules={[requiredSelect(tc, t('task.dueOn'))]}>
        <DatePicker format="DD/MM/YYYY" />
      </Form.Item>
      <Form.Item name="priority" label={t('task.priority')}>
        <Select style={{ width: 160 }} options={TASK_PRIORITIES.map((p) => ({ value: p, label: t(`priorities.${p}`) }))} />
      </Form.Item>
    </Space>
  );
}

/** "Giao việc": a conclusion becomes a task with a person, a lead unit, co-operating units, a deadline and an expected result. */
export function TaskModal({ meeting, conclusion, onClose }: { meeting: Meeting; conclusion: Conclusion; onClose: () => void }) {
  const { t } = useMeetingsT();
  const { t: tc } = useTranslation();
  const refresh = useRefreshMeeting(meeting.id);
  const submit = async (v: Values) => {
    await api.post('/api/v1/meetings/:id/conclusions/:childId/task', { params: { id: meeting.id, childId: conclusion.id }, body: {
      ...(v.title?.trim() ? { title: v.title.trim() } : {}),
      ownerPersonId: v.ownerPersonId,
      leadUnitId: v.leadUnitId,
      cooperatingUnitIds: v.cooperatingUnitIds ?? [],
      startOn: toDay(v.startOn),
      dueOn: toDay(v.dueOn),
      expectedResult: v.expectedResult,
      priority: v.priority,
    } });
    await refresh();
  };
  return (
    <FormModal<Values>
      open
      width={660}
      title={t('task.title', { number: conclusion.number })}
      okText={t('task.assign')}
      onClose={onClose}
      submit={submit}
      initialValues={{ title: conclusion.text, leadUnitId: meeting.organizationId, priority: 'normal', dueOn: dayjs().add(30, 'day') }}
    >
      <Form.Item name="title" label={t('task.name')}>
        <Input.TextArea autoSize maxLength={1000} />
      </Form.Item>
      <Form.Item name="ownerPersonId" label={t('task.owner')} rules={[requiredSelect(tc, t('task.owner'))]}>
        <PersonSelect />
      </Form.Item>
      <Form.Item name="leadUnitId" label={t('task.leadUnit')} rules={[requiredSelect(tc, t('task.leadUnit'))]}>
        <OrgTreeSelect />
      </Form.Item>
      <Form.Item name="cooperatingUnitIds" label={t('task.cooperating')}>
        <UnitsSelect />
      </Form.Item>
      <Schedule />
      <Form.Item name="expectedResult" label={t('task.expectedResult')} rules={[required(tc, t('task.expectedResult'))]}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
