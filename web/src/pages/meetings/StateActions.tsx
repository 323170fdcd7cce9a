import { useMutation } from '@tanstack/react-query';
import { App, Button, Form, Input, Popconfirm, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { useErrorHandler } from '../../components/errors';
import { FormModal } from '../../components/FormModal';
import { required } from '../../components/forms';
import { meetingKey, useRefreshMeeting } from './queries';
import { TimeFields } from './TimeFields';
import { combine, toInstant } from './time';
import type { Meeting, MeetingState } from './types';
import { useMeetingsT } from './i18n';

/** Moves that need only a confirmation, by the state they start from. */
const SIMPLE: Partial<Record<MeetingState, ('invited' | 'held')[]>> = {
  planned: ['invited', 'held'],
  invited: ['held'],
  postponed: ['invited'],
};

interface ReasonValues {
  reason: string;
  day?: Dayjs | null;
  startsAt?: Dayjs | null;
  endsAt?: Dayjs | null;
}

function ReasonModal({ meeting, to, onClose }: { meeting: Meeting; to: 'cancelled' | 'postponed'; onClose: () => void }) {
  const { t } = useMeetingsT();
  const { t: tc } = useTranslation();
  const refresh = useRefreshMeeting(meeting.id);
  const submit = async (v: ReasonValues) => {
    const when = v.day && v.startsAt && v.endsAt ? { startsAt: toInstant(combine(v.day, v.startsAt)), endsAt: toInstant(combine(v.day, v.endsAt)) } : {};
    await refresh(await api.post('/api/v1/meetings/:id/state', { params: { id: meeting.id }, body: { version: meeting.version, state: to, reason: v.reason, ...when } }));
  };
  return (
    <FormModal<ReasonValues>
      open
      title={t(`stateActions.${to}`)}
      okText={t(`stateActions.${to}`)}
      danger
      warning={t(`stateActions.warnings.${to}`)}
      onClose={onClose}
      submit={submit}
      reload={[meetingKey(meeting.id)]}
    >
      <Form.Item name="reason" label={t('stateActions.reason')} rules={[required(tc, t('stateActions.reason'))]}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      {to === 'postponed' && <TimeFields required={false} dayLabel={t('stateActions.newDay')} />}
    </FormModal>
  );
}

/** The moves open to the meeting's state: send invitations, mark held, postpone or cancel with a reason. */
export function StateActions({ meeting }: { meeting: Meeting }) {
  const { t } = useMeetingsT();
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const onError = useErrorHandler();
  const refresh = useRefreshMeeting(meeting.id);
  const [reasonFor, setReasonFor] = useState<'cancelled' | 'postponed' | null>(null);
  const move = useMutation({
    mutationFn: (state: 'invited' | 'held') => api.post('/api/v1/meetings/:id/state', { params: { id: meeting.id }, body: { version: meeting.version, state, reason: null } }),
    onSuccess: async (m) => {
      void message.success(t(`states.${m.state}`));
      await refresh(m);
    },
    onError: (e) => onError(e, { reload: [meetingKey(meeting.id)] }),
  });
  const open = meeting.state !== 'held' && meeting.state !== 'cancelled';
  if (!open) return null;
  return (
    <Space wrap style={{ marginTop: 12 }} data-testid="meeting-state-actions">
      {(SIMPLE[meeting.state] ?? []).map((to) => (
        <Popconfirm key={to} title={t(`stateActions.confirm.${to}`)} okText={t(`stateActions.${to}`)} cancelText={tc('common.cancel')} onConfirm={() => move.mutate(to)}>
          <Button type={to === 'invited' || meeting.state === 'invited' ? 'primary' : 'default'} loading={move.isPending && move.variables === to} data-testid={`state-${to}`}>
            {t(`stateActions.${to}`)}
          </Button>
        </Popconfirm>
      ))}
      <Button onClick={() => setReasonFor('postponed')} data-testid="state-postponed">
        {t('stateActions.postponed')}
      </Button>
      <Button danger onClick={() => setReasonFor('cancelled')} data-testid="state-cancelled">
        {t('stateActions.cancelled')}
      </Button>
      {reasonFor && <ReasonModal meeting={meeting} to={reasonFor} onClose={() => setReasonFor(null)} />}
    </Space>
  );
}
