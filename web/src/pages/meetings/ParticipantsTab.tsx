import { DeleteOutlined, UserAddOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Col, Form, List, Popconfirm, Row, Select, Space, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { useErrorHandler } from '../../components/errors';
import { AddParticipantModal } from './AddParticipantModal';
import { CheckIn } from './CheckIn';
import { meetingKey, useRefreshMeeting, useWritable } from './queries';
import { QuorumPanel } from './QuorumPanel';
import type { Meeting } from './types';
import { useMeetingsT } from './i18n';

interface RolesValues {
  chairParticipantIds: string[];
  secretaryParticipantId: string | null;
}

/** Who chairs and who keeps the minutes, among the participants. */
function RolesCard({ meeting, writable }: { meeting: Meeting; writable: boolean }) {
  const { t } = useMeetingsT();
  const { message } = App.useApp();
  const onError = useErrorHandler();
  const refresh = useRefreshMeeting(meeting.id);
  const [form] = Form.useForm<RolesValues>();
  const people = meeting.participants.filter((p) => p.kind !== 'unit').map((p) => ({ value: p.id, label: p.name }));
  // A guest may chair but not keep the record (the server refuses it: meeting.guest_secretary).
  const attendees = meeting.participants.filter((p) => p.kind === 'attendee').map((p) => ({ value: p.id, label: p.name }));
  const save = useMutation({
    mutationFn: (v: RolesValues) =>
      api.put('/api/v1/meetings/:id/roles', { params: { id: meeting.id }, body: { version: meeting.version, chairParticipantIds: v.chairParticipantIds, secretaryParticipantId: v.secretaryParticipantId ?? null } }),
    onSuccess: async (m) => {
      void message.success(t('roles.saved'));
      await refresh(m);
    },
    onError: (e) => onError(e, { form, reload: [meetingKey(meeting.id)] }),
  });
  const initial = {
    chairParticipantIds: meeting.participants.filter((p) => p.isChair).map((p) => p.id),
    secretaryParticipantId: meeting.participants.find((p) => p.isSecretary)?.id ?? null,
  };
  return (
    <Card title={t('roles.title')} size="small" data-testid="roles-card">
      <Form<RolesValues> key={meeting.version} form={form} layout="vertical" initialValues={initial} onFinish={(v) => save.mutate(v)} disabled={!writable}>
        <Form.Item name="chairParticipantIds" label={t('roles.chair')}>
          <Select mode="multiple" maxCount={5} options={people} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item name="secretaryParticipantId" label={t('roles.secretary')}>
          <Select allowClear options={attendees} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        {writable && (
          <Button htmlType="submit" type="primary" loading={save.isPending} data-testid="roles-save">
            {t('roles.save')}
          </Button>
        )}
      </Form>
    </Card>
  );
}

/** Guests and invited units, with "invite more" and "withdraw". */
function InviteesCard({ meeting, writable }: { meeting: Meeting; writable: boolean }) {
  const { t } = useMeetingsT();
  const { t: tc } = useTranslation();
  const onError = useErrorHandler();
  const refresh = useRefreshMeeting(meeting.id);
  const [adding, setAdding] = useState(false);
  const remove = useMutation({
    mutationFn: (pid: string) => api.del('/api/v1/meetings/:id/participants/:childId', { params: { id: meeting.id, childId: pid } }),
    onSuccess: () => refresh(),
    onError: (e) => onError(e),
  });
  const rows = meeting.participants.filter((p) => p.kind !== 'attendee');
  return (
    <Card
      title={t('participants.guestsAndUnits')}
      size="small"
      extra={writable && <Button icon={<UserAddOutlined />} onClick={() => setAdding(true)} data-testid="participant-add">{t('participants.add')}</Button>}
    >
      <List
        size="small"
        dataSource={rows}
        locale={{ emptyText: t('participants.noGuests') }}
        renderItem={(p) => (
          <List.Item
            actions={
              writable && p.attendance === 'pending'
                ? [
                    <Popconfirm key="del" title={t('participants.removeConfirm')} okText={t('participants.remove')} cancelText={tc('common.cancel')} onConfirm={() => remove.mutate(p.id)}>
                      <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('participants.remove')} />
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <Space wrap>
              <Tag>{t(`participantKinds.${p.kind}`)}</Tag>
              <span>{p.name}</span>
              {p.title && <span style={{ color: '#888' }}>{p.title}</span>}
            </Space>
          </List.Item>
        )}
      />
      {adding && <AddParticipantModal meeting={meeting} onClose={() => setAdding(false)} />}
    </Card>
  );
}

/** Participants and attendance: check-in on the left, the live quorum and roles on the right. */
export function ParticipantsTab({ meeting, focus }: { meeting: Meeting; focus: string | null }) {
  const writable = useWritable(meeting);
  useEffect(() => {
    if (focus) document.getElementById(`participant-${focus}`)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  }, [focus]);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <CheckIn meeting={meeting} writable={writable} focus={focus} />
      </Col>
      <Col xs={24} xl={10}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <QuorumPanel quorum={meeting.quorum} />
          <RolesCard meeting={meeting} writable={writable} />
          <InviteesCard meeting={meeting} writable={writable} />
        </Space>
      </Col>
    </Row>
  );
}
