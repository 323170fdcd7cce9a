import { ArrowLeftOutlined, CheckOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Form, Input, Popconfirm, Progress, Result, Space, Spin, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api, isApiError } from '../../../api/api';
import { useMe } from '../../../auth/session';
import { errorText, useErrorHandler } from '../../../components/errors';
import { FormModal } from '../../../components/FormModal';
import { OrgTreeSelect } from '../../../components/OrgTreeSelect';
import { PageTitle } from '../../../components/PageTitle';
import { PersonSelect } from '../../../components/PersonSelect';
import { blankToNull, required, requiredSelect } from '../../../components/forms';
import { DISPLAY_DAY, formatDay, toDay } from '../../../lib/dates';
import { can } from '../../../lib/permissions';
import { TaskStatusTag } from '../common';
import { useWorkT } from '../i18n';
import { OrgMultiSelect } from '../tasks/OrgMultiSelect';
import type { Program, ProgramItem, TaskStatus } from '../types';

interface ItemValues {
  title: string;
  leadUnitId: string;
  cooperatingUnitIds?: string[];
  responsiblePersonId?: string | null;
  dueOn?: Dayjs;
  expectedResult?: string;
}

const isStatus = (s: string | null): s is TaskStatus => s === 'open' || s === 'in_progress' || s === 'done' || s === 'cancelled';

/** A program with its items: add an item, adopt the program, turn an item into a task ("Giao việc"). */
export function ProgramPage() {
  const { id = '' } = useParams();
  const { t } = useWorkT();
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const qc = useQueryClient();
  const onError = useErrorHandler();
  const [adding, setAdding] = useState(false);
  const key = ['work-program', id];
  const q = useQuery({ queryKey: key, queryFn: () => api.get('/api/v1/programs/:id', { params: { id } }), retry: false });
  const refresh = () => void qc.invalidateQueries({ queryKey: key });
  const adopt = useMutation({ mutationFn: (p: Program) => api.post('/api/v1/programs/:id/adopt', { params: { id: p.id }, body: { version: p.version } }), onSuccess: refresh, onError: (e) => onError(e, { reload: [key] }) });
  const assign = useMutation({
    mutationFn: (item: ProgramItem) => api.post('/api/v1/programs/:id/items/:itemId/task', { params: { id, itemId: item.id }, body: { priority: 'normal' } }),
    onSuccess: () => {
      void message.success(t('programs.assigned'));
      refresh();
    },
    onError: (e) => onError(e),
  });
  if (q.isPending) return <Spin />;
  if (isApiError(q.error) && [400, 403, 404].includes(q.error.status)) return <Result status="404" title="404" subTitle={t('programs.notFound')} extra={<Link to="/cong-viec/programs">{t('programs.back')}</Link>} />;
  if (q.error) return <Alert type="error" showIcon title={errorText(q.error, tc)} />;
  const p = q.data;
  const writable = can(me, 'tasks.write');
  const addItem = (v: ItemValues) => api.post('/api/v1/programs/:id/items', { params: { id: p.id }, body: {
    title: v.title, leadUnitId: v.leadUnitId, cooperatingUnitIds: v.cooperatingUnitIds ?? [], responsiblePersonId: v.responsiblePersonId ?? null,
    dueOn: toDay(v.dueOn), expectedResult: blankToNull(v.expectedResult),
  } });
  return (
    <>
      <Link to="/cong-viec/programs"><ArrowLeftOutlined /> {t('programs.back')}</Link>
      <PageTitle
        title={<Space wrap><span>{p.title}</span><Tag color={p.status === 'adopted' ? 'green' : 'default'}>{t(`programStatuses.${p.status}`)}</Tag></Space>}
        sub={`${t(`programKinds.${p.kind}`)} · ${p.organizationName} · ${formatDay(p.periodStart)} – ${formatDay(p.periodEnd)}`}
        extra={writable && (
          <Space wrap>
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>{t('programs.addItem')}</Button>
            {p.status === 'draft' && (
              <Popconfirm title={t('programs.adoptWarning')} onConfirm={() => adopt.mutate(p)} okText={t('programs.adopt')} cancelText={tc('common.cancel')}>
                <Button type="primary" icon={<CheckOutlined />} loading={adopt.isPending}>{t('programs.adopt')}</Button>
              </Popconfirm>
            )}
          </Space>
        )}
      />
      <Card title={t('programs.items')}>
        <Table<ProgramItem>
          rowKey="id"
          size="middle"
          pagination={false}
          dataSource={p.items}
          locale={{ emptyText: t('programs.itemsEmpty') }}
          scroll={{ x: 1000 }}
          columns={[
            { key: 'pos', title: '#', dataIndex: 'position', width: 50 },
            { key: 'title', title: t('programs.itemTitle'), render: (_, i) => <div><div>{i.title}</div>{i.expectedResult && <small style={{ color: '#888' }}>{i.expectedResult}</small>}</div> },
            { key: 'lead', title: t('fields.leadUnit'), dataIndex: 'leadUnitName', width: 200 },
            { key: 'resp', title: t('programs.responsible'), width: 170, render: (_, i) => i.responsibleName ?? '—' },
            { key: 'due', title: t('fields.dueOn'), width: 110, render: (_, i) => formatDay(i.dueOn) || '—' },
            {
              key: 'task', title: t('programs.task'), width: 210,
              render: (_, i) => i.taskId ? (
                <Space direction="vertical" size={0}>
                  <Link to={`/cong-viec/tasks/${i.taskId}`}>{isStatus(i.taskStatus) ? <TaskStatusTag status={i.taskStatus} /> : t('programs.task')}</Link>
                  <Progress percent={i.taskProgress ?? 0} size="small" style={{ width: 150 }} />
                </Space>
              ) : writable ? (
                <Popconfirm title={t('programs.assignConfirm')} onConfirm={() => assign.mutate(i)} okText={t('programs.assign')} cancelText={tc('common.cancel')}>
                  <Button size="small" data-testid="program-assign">{t('programs.assign')}</Button>
                </Popconfirm>
              ) : '—',
            },
          ]}
        />
      </Card>
      <FormModal<ItemValues> open={adding} title={t('programs.addItem')} onClose={() => setAdding(false)} submit={addItem} onDone={refresh} width={680}>
        <Form.Item name="title" label={t('programs.itemTitle')} rules={[required(tc, t('programs.itemTitle'))]}><Input.TextArea rows={2} /></Form.Item>
        <Form.Item name="leadUnitId" label={t('fields.leadUnit')} rules={[requiredSelect(tc, t('fields.leadUnit'))]}><OrgTreeSelect /></Form.Item>
        <Form.Item name="cooperatingUnitIds" label={t('fields.cooperating')}><OrgMultiSelect /></Form.Item>
        <Form.Item name="responsiblePersonId" label={t('programs.responsible')}><PersonSelect allowClear /></Form.Item>
        <Form.Item name="dueOn" label={t('fields.dueOn')}><DatePicker format={DISPLAY_DAY} /></Form.Item>
        <Form.Item name="expectedResult" label={t('fields.expectedResult')}><Input.TextArea rows={2} /></Form.Item>
      </FormModal>
    </>
  );
}
