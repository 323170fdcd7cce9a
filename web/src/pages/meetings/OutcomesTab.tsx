import { CarryOutOutlined, DeleteOutlined, FileDoneOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, Card, Col, Form, Input, List, Popconfirm, Row, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/api';
import { useErrorHandler } from '../../components/errors';
import { FormModal } from '../../components/FormModal';
import { required } from '../../components/forms';
import { useRefreshMeeting, useWritable } from './queries';
import { TaskModal } from './TaskModal';
import type { Conclusion, Meeting } from './types';
import { useMeetingsT } from './i18n';

type Adding = 'document' | 'conclusion' | null;

interface AddValues {
  itemId?: string | null;
  documentType?: string;
  title?: string;
  text?: string;
}

function AddModal({ meeting, what, onClose }: { meeting: Meeting; what: 'document' | 'conclusion'; onClose: () => void }) {
  const { t } = useMeetingsT();
  const { t: tc } = useTranslation();
  const refresh = useRefreshMeeting(meeting.id);
  const items = meeting.agenda.map((i) => ({ value: i.id, label: `${i.number}. ${i.title}` }));
  const submit = async (v: AddValues) => {
    const itemId = v.itemId ?? null;
    if (what === 'document') await api.post('/api/v1/meetings/:id/adopted-documents', { params: { id: meeting.id }, body: { itemId, documentType: v.documentType?.trim() ?? '', title: v.title?.trim() ?? '' } });
    else await api.post('/api/v1/meetings/:id/conclusions', { params: { id: meeting.id }, body: { itemId, text: v.text?.trim() ?? '' } });
    await refresh();
  };
  return (
    <FormModal<AddValues> open width={620} title={t(`outcomes.add.${what}`)} onClose={onClose} submit={submit}>
      {what === 'document' ? (
        <Space align="start" wrap style={{ width: '100%' }}>
          <Form.Item name="documentType" label={t('outcomes.docType')} rules={[required(tc, t('outcomes.docType'))]} extra={t('outcomes.docTypeHint')}>
            <Input maxLength={20} style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="title" label={t('outcomes.docTitle')} rules={[required(tc, t('outcomes.docTitle'))]}>
            <Input maxLength={1000} style={{ width: 380 }} />
          </Form.Item>
        </Space>
      ) : (
        <Form.Item name="text" label={t('outcomes.conclusionText')} rules={[required(tc, t('outcomes.conclusionText'))]}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={5000} />
        </Form.Item>
      )}
      <Form.Item name="itemId" label={t('outcomes.item')}>
        <Select allowClear options={items} />
      </Form.Item>
    </FormModal>
  );
}

function ConclusionRow({ c, writable, assign, remove }: { c: Conclusion; writable: boolean; assign: () => void; remove: () => void }) {
  const { t } = useMeetingsT();
  const { t: tc } = useTranslation();
  const actions = [
    c.taskId ? (
      <Link key="task" to={`/tasks/${c.taskId}`} data-testid="conclusion-task-link">
        <CarryOutOutlined /> {t('outcomes.taskLink')}
      </Link>
    ) : writable ? (
      <Button key="assign" size="small" icon={<CarryOutOutlined />} onClick={assign} data-testid="conclusion-assign">
        {t('task.assign')}
      </Button>
    ) : null,
    writable && !c.taskId ? (
      <Popconfirm key="del" title={t('outcomes.removeConfirm')} okText={t('common.delete')} cancelText={tc('common.cancel')} onConfirm={remove}>
        <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
      </Popconfirm>
    ) : null,
  ].filter(Boolean);
  return (
    <List.Item actions={actions} data-testid="conclusion">
      <span>
        <Tag>{c.number}</Tag>
        {c.text}
      </span>
    </List.Item>
  );
}

/** What the meeting produced: the documents it adopted, its conclusions, and the tasks they became. */
export function OutcomesTab({ meeting }: { meeting: Meeting }) {
  const { t } = useMeetingsT();
  const { t: tc } = useTranslation();
  const writable = useWritable(meeting);
  const onError = useErrorHandler();
  const refresh = useRefreshMeeting(meeting.id);
  const [adding, setAdding] = useState<Adding>(null);
  const [assigning, setAssigning] = useState<Conclusion | null>(null);
  const del = useMutation({
    mutationFn: (v: { what: 'conclusions' | 'adopted-documents'; id: string }) => api.del(`/api/v1/meetings/:id/${v.what}/:childId`, { params: { id: meeting.id, childId: v.id } }),
    onSuccess: () => refresh(),
    onError: (e) => onError(e),
  });
  const addButton = (what: 'document' | 'conclusion') =>
    writable && (
      <Button icon={<PlusOutlined />} onClick={() => setAdding(what)} data-testid={`outcome-add-${what}`}>
        {t(`outcomes.add.${what}`)}
      </Button>
    );
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <Card title={t('outcomes.conclusions')} size="small" extra={addButton('conclusion')}>
          <List
            dataSource={[...meeting.conclusions].sort((a, b) => a.number - b.number)}
            locale={{ emptyText: t('outcomes.noConclusions') }}
            renderItem={(c) => <ConclusionRow c={c} writable={writable} assign={() => setAssigning(c)} remove={() => del.mutate({ what: 'conclusions', id: c.id })} />}
          />
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card title={t('outcomes.documents')} size="small" extra={addButton('document')}>
          <List
            dataSource={meeting.adoptedDocuments}
            locale={{ emptyText: t('outcomes.noDocuments') }}
            renderItem={(d) => (
              <List.Item
                actions={writable ? [<Popconfirm key="d" title={t('outcomes.removeConfirm')} okText={t('common.delete')} cancelText={tc('common.cancel')} onConfirm={() => del.mutate({ what: 'adopted-documents', id: d.id })}><Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} /></Popconfirm>] : []}
              >
                <span>
                  <FileDoneOutlined /> <Tag color="red">{d.documentType}</Tag>
                  {d.title}
                </span>
              </List.Item>
            )}
          />
        </Card>
      </Col>
      {adding && <AddModal meeting={meeting} what={adding} onClose={() => setAdding(null)} />}
      {assigning && <TaskModal meeting={meeting} conclusion={assigning} onClose={() => setAssigning(null)} />}
    </Row>
  );
}
