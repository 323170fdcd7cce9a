import { EditOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Form, Input, InputNumber, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, apiUrl } from '../../api/api';
import { FormModal } from '../../components/FormModal';
import { required } from '../../components/forms';
import { PageTitle } from '../../components/PageTitle';
import { formatDateTime } from '../../lib/dates';
import { StateTag } from './labels';
import { meetingKey, useRefreshMeeting, useWritable } from './queries';
import { StateActions } from './StateActions';
import { TimeFields } from './TimeFields';
import { combine, meetingTime, toInstant } from './time';
import type { Meeting } from './types';
import { useMeetingsT } from './i18n';

interface EditValues {
  title: string;
  day: Dayjs;
  startsAt: Dayjs;
  endsAt: Dayjs;
  place?: string | null;
  ordinal?: number | null;
}

function EditModal({ meeting, onClose }: { meeting: Meeting; onClose: () => void }) {
  const { t } = useMeetingsT();
  const { t: tc } = useTranslation();
  const refresh = useRefreshMeeting(meeting.id);
  const submit = async (v: EditValues) => {
    const body = {
      version: meeting.version,
      title: v.title,
      startsAt: toInstant(combine(v.day, v.startsAt)),
      endsAt: toInstant(combine(v.day, v.endsAt)),
      place: v.place?.trim() || null,
      ordinal: v.ordinal ?? null,
    };
    await refresh(await api.patch('/api/v1/meetings/:id', { params: { id: meeting.id }, body }));
  };
  return (
    <FormModal<EditValues>
      open
      width={600}
      title={t('edit.title')}
      onClose={onClose}
      submit={submit}
      reload={[meetingKey(meeting.id)]}
      fieldFor={{ 'meeting.ends_before_start': 'endsAt' }}
      initialValues={{ title: meeting.title, day: dayjs(meeting.startsAt), startsAt: dayjs(meeting.startsAt), endsAt: dayjs(meeting.endsAt), place: meeting.place, ordinal: meeting.ordinal }}
    >
      <Form.Item name="title" label={t('fields.title')} rules={[required(tc, t('fields.title'))]}>
        <Input maxLength={500} />
      </Form.Item>
      <TimeFields />
      <Form.Item name="ordinal" label={t('fields.ordinal')}>
        <InputNumber min={1} max={1000} />
      </Form.Item>
      <Form.Item name="place" label={t('fields.place')}>
        <Input maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}

/** Title, kind, organization, time, place and state, with the state's actions and "edit". */
export function MeetingHeader({ meeting }: { meeting: Meeting }) {
  const { t } = useMeetingsT();
  const writable = useWritable(meeting);
  const [editing, setEditing] = useState(false);
  return (
    <>
      <PageTitle
        title={
          <Space wrap>
            <span data-testid="meeting-title">{meeting.title}</span>
            <StateTag state={meeting.state} testId="meeting-state" />
          </Space>
        }
        sub={`${t(`kinds.${meeting.kind}`)} · ${meeting.organizationName}`}
        extra={
          <Space wrap>
            <Button icon={<FileWordOutlined />} href={apiUrl('/api/v1/meetings/:id/invitation.docx', { params: { id: meeting.id } })} data-testid="meeting-invitation">
              {t('header.invitation')}
            </Button>
            {writable && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="meeting-edit">
                {t('edit.button')}
              </Button>
            )}
          </Space>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('fields.time')}>{meetingTime(meeting.startsAt, meeting.endsAt)}</Descriptions.Item>
          <Descriptions.Item label={t('fields.place')}>{meeting.place ?? '—'}</Descriptions.Item>
          {meeting.ordinal !== null && <Descriptions.Item label={t('fields.ordinal')}>{meeting.ordinal}</Descriptions.Item>}
          {meeting.stateReason && <Descriptions.Item label={t('header.reason')}>{meeting.stateReason}</Descriptions.Item>}
          {meeting.postponedFrom && <Descriptions.Item label={t('header.postponedFrom')}>{formatDateTime(meeting.postponedFrom)}</Descriptions.Item>}
        </Descriptions>
        {writable && <StateActions meeting={meeting} />}
      </Card>
      {editing && <EditModal meeting={meeting} onClose={() => setEditing(false)} />}
    </>
  );
}
